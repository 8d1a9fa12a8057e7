package com.regionops.platform.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A user's mistake or a refusal, answered as problem+json with the status and the fields named.
 * Thrown before anything is written, or inside the transaction that it rolls back.
 */
public class ApiException extends RuntimeException {

  /** One failing input: a JSON path such as {@code nodes[3].plannedFinish}, and why. */
  public record FieldProblem(String field, String message) {
  }

  private final HttpStatus status;
  private final List<FieldProblem> problems;

  public ApiException(HttpStatus status, String message, List<FieldProblem> problems) {
    super(message);
    this.status = status;
    this.problems = List.copyOf(problems);
  }

  public static ApiException badInput(String field, String message) {
    return new ApiException(HttpStatus.BAD_REQUEST, field + "：" + message, List.of(new FieldProblem(field, message)));
  }

  public static ApiException badInput(List<FieldProblem> problems) {
    FieldProblem first = problems.get(0);
    String summary = problems.size() == 1
        ? first.field() + "：" + first.message()
        : first.field() + "：" + first.message() + "（另有 " + (problems.size() - 1) + " 处错误）";
    return new ApiException(HttpStatus.BAD_REQUEST, summary, problems);
  }

  /** 415: the content is not a kind the endpoint reads (sniffed, not taken from the name). */
  public static ApiException unsupported(String field, String message) {
    return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, field + "：" + message,
        List.of(new FieldProblem(field, message)));
  }

  public static ApiException notFound(String message) {
    return new ApiException(HttpStatus.NOT_FOUND, message, List.of());
  }

  public static ApiException forbidden(String message) {
    return new ApiException(HttpStatus.FORBIDDEN, message, List.of());
  }

  public static ApiException conflict(String field, String message) {
    return new ApiException(HttpStatus.CONFLICT, field + "：" + message, List.of(new FieldProblem(field, message)));
  }

  public HttpStatus status() {
    return status;
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
