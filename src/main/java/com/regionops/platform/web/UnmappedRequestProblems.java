package com.regionops.platform.web;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path or method no controller maps is refused before any controller is chosen, so
 * {@link ProblemHandler} (for our controllers) never sees it and Spring Boot answered with its own
 * error JSON. Answered here as problem+json like every other refusal (hostile cases gate-037, doc-019).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnmappedRequestProblems {

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
    ResponseEntity<ProblemDetail> answer = ProblemHandler.problem(HttpStatus.METHOD_NOT_ALLOWED,
        "不支持的请求方法 " + e.getMethod() + "，可用：" + e.getSupportedHttpMethods(), List.of());
    return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
        .allow(e.getSupportedHttpMethods() == null ? new org.springframework.http.HttpMethod[0]
            : e.getSupportedHttpMethods().toArray(org.springframework.http.HttpMethod[]::new))
        .body(answer.getBody());
  }

  /** A body of a type no mapping takes (JSON sent to the multipart upload, hostile case doc-019). */
  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> contentType(HttpMediaTypeNotSupportedException e) {
    String sent = e.getContentType() == null ? "（未指明）" : e.getContentType().toString();
    return ProblemHandler.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "请求内容类型 " + sent + " 不受支持，可用："
        + e.getSupportedMediaTypes(), List.of());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> path(NoResourceFoundException e) {
    return ProblemHandler.problem(HttpStatus.NOT_FOUND, "接口不存在：/" + e.getResourcePath(), List.of());
  }
}
