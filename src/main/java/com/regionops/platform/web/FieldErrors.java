package com.regionops.platform.web;

import java.util.ArrayList;
import java.util.List;

/** Collects every failing field of one request, so the user sees all mistakes at once. */
public final class FieldErrors {

  private final List<ApiException.FieldProblem> problems = new ArrayList<>();

  public FieldErrors add(String field, String message) {
    problems.add(new ApiException.FieldProblem(field, message));
    return this;
  }

  public FieldErrors require(boolean condition, String field, String message) {
    if (!condition) {
      add(field, message);
    }
    return this;
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** Throws a 400 naming every collected field; does nothing when all were fine. */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw ApiException.badInput(problems);
    }
  }
}
