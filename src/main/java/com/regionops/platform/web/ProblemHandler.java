package com.regionops.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every refusal of our API into application/problem+json naming the failing field.
 * Only genuine faults of ours end as 500, and those log their stack trace.
 */
@RestControllerAdvice(basePackages = "com.regionops")
public class ProblemHandler extends ResponseEntityExceptionHandler {

  public static final String PROBLEM_BASE = "urn:regionops:problem:";
  private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> api(ApiException e) {
    return problem(e.status(), e.getMessage(), e.problems());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
    return problem(HttpStatus.BAD_REQUEST, e.getName() + "：格式不正确",
        List.of(new ApiException.FieldProblem(e.getName(), "格式不正确：" + e.getValue())));
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
    // Validation runs first; reaching here means a concurrent write won a uniqueness race.
    LOG.info("Rejected write: {}", e.getMostSpecificCause().getMessage());
    return problem(HttpStatus.CONFLICT, "数据已被其他请求修改或已存在，请刷新后重试", List.of());
  }

  /** The engine refused the caller (our API runs engine calls as the authenticated user). */
  @ExceptionHandler(org.camunda.bpm.engine.AuthorizationException.class)
  ResponseEntity<ProblemDetail> engineRefused(org.camunda.bpm.engine.AuthorizationException e) {
    return problem(HttpStatus.FORBIDDEN, "无权执行此操作", List.of());
  }

  /**
   * Anything else. The engine wraps what our delegates and listeners throw, so a user's
   * mistake found inside a start or a completion is looked for in the cause chain first;
   * only a genuine fault of ours is logged with its trace and answered without internals.
   */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    InputRejectedException rejected = InputRejectedException.in(e);
    if (rejected != null) {
      return problem(HttpStatus.valueOf(rejected.status()), rejected.getMessage(),
          List.of(new ApiException.FieldProblem(rejected.field(), rejected.reason())));
    }
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof org.camunda.bpm.engine.AuthorizationException refused) {
        return engineRefused(refused);
      }
    }
    Faults.Fault fault = Faults.of(e).orElse(null);
    if (fault != null) {
      LOG.warn("Request answered {}: {}", fault.status(), e.toString());
      ResponseEntity<ProblemDetail> answer = problem(HttpStatus.valueOf(fault.status()), fault.message(), List.of());
      return fault.status() == 503
          ? ResponseEntity.status(503).headers(answer.getHeaders()).header("Retry-After", "10").body(answer.getBody())
          : answer;
    }
    LOG.error("Request failed", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误，请联系管理员", List.of());
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<ApiException.FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
        .map(f -> new ApiException.FieldProblem(f.getField(), f.getDefaultMessage()))
        .toList();
    return asObject(problem(HttpStatus.BAD_REQUEST, ApiException.badInput(problems).getMessage(), problems));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return asObject(problem(HttpStatus.BAD_REQUEST, e.getParameterName() + "：必填",
        List.of(new ApiException.FieldProblem(e.getParameterName(), "必填"))));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String field = "body";
    String message = "请求内容不是有效的 JSON";
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      field = jsonPath(mapping.getPath());
      if (mapping instanceof UnrecognizedPropertyException) {
        message = "未知字段";
      } else if (mapping instanceof InvalidFormatException invalid) {
        message = "取值无效：" + invalid.getValue() + expected(invalid.getTargetType());
      } else {
        message = "格式不正确";
      }
    }
    return asObject(problem(HttpStatus.BAD_REQUEST, field + "：" + message,
        List.of(new ApiException.FieldProblem(field, message))));
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
      HttpStatusCode statusCode, WebRequest request) {
    if (statusCode.is5xxServerError()) {
      LOG.error("Request failed", e);
    }
    return super.handleExceptionInternal(e, body, headers, statusCode, request);
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      org.springframework.web.multipart.MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    String message = "文件超过上传上限" + (e.getMaxUploadSize() > 0 ? "（" + e.getMaxUploadSize() / (1024 * 1024) + " MB）" : "");
    return asObject(problem(HttpStatus.PAYLOAD_TOO_LARGE, "file：" + message,
        List.of(new ApiException.FieldProblem("file", message))));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestPart(
      org.springframework.web.multipart.support.MissingServletRequestPartException e, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    return asObject(problem(HttpStatus.BAD_REQUEST, e.getRequestPartName() + "：必填",
        List.of(new ApiException.FieldProblem(e.getRequestPartName(), "必填"))));
  }

  /** A multipart body that is not one, or that broke off: nothing was stored. */
  @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
  ResponseEntity<ProblemDetail> brokenMultipart(org.springframework.web.multipart.MultipartException e) {
    LOG.info("Upload refused: {}", e.toString());
    return problem(HttpStatus.BAD_REQUEST, "file：上传内容不完整或不是有效的 multipart/form-data",
        List.of(new ApiException.FieldProblem("file", "上传内容不完整或不是有效的 multipart/form-data")));
  }

  private static String expected(Class<?> type) {
    if (type.isEnum()) {
      return "，可选值：" + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString).toList());
    }
    if (type == java.time.LocalDate.class) {
      return "，日期格式为 yyyy-MM-dd";
    }
    return "";
  }

  static String jsonPath(List<JsonMappingException.Reference> path) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : path) {
      if (ref.getFieldName() != null) {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.isEmpty() ? "body" : sb.toString();
  }

  static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String detail,
      List<ApiException.FieldProblem> problems) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
    body.setType(URI.create(PROBLEM_BASE + status.value()));
    if (!problems.isEmpty()) {
      body.setProperty("field", problems.get(0).field());
      body.setProperty("errors", problems.stream()
          .map(p -> Map.of("field", p.field(), "message", p.message()))
          .toList());
    }
    return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(body);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> entity) {
    return (ResponseEntity) entity;
  }
}
