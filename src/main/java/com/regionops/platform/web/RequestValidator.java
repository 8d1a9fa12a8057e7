package com.regionops.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Bean Validation run by the services after the permission check, so that a caller without
 * the right learns 403 before anything about the shape of the body.
 */
@Component
public class RequestValidator {

  private final Validator validator;

  public RequestValidator(Validator validator) {
    this.validator = validator;
  }

  public void check(Object request) {
    check(request, "");
  }

  /** Validates one element of a list; fields are reported as {@code prefix.field}. */
  public void check(Object request, String prefix) {
    if (request == null) {
      // a null element of a list is named as the element: nodes[0], not nodes[0].
      throw ApiException.badInput(prefix.isEmpty() ? "body" : prefix.replaceAll("\\.$", ""), "必填");
    }
    Set<ConstraintViolation<Object>> violations = validator.validate(request);
    if (violations.isEmpty()) {
      return;
    }
    List<ApiException.FieldProblem> problems = violations.stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .map(v -> new ApiException.FieldProblem(prefix + v.getPropertyPath(), v.getMessage()))
        .toList();
    throw ApiException.badInput(problems);
  }
}
