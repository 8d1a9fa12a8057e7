package com.regionops.platform.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Engine REST's start and complete endpoints wrap every engine exception, ours included, into
 * a 500 whose message quotes the engine's wrappers ("Cannot submit task form …: ENGINE-03051 …
 * TaskListener …"). Our rejections ({@link InputRejectedException}, wherever in the cause chain)
 * come out with their own status, the rule alone as the message and the field named; so does the
 * engine's tenant check (a task or instance of a region the caller is not in: 404, as queries and
 * our API answer); everything else keeps Camunda's handling. The webapps' engine API, which
 * Tasklist calls, answers through the same mappers ({@link WebappEngineApi}).
 */
@Configuration
class EngineRestProblems {

  @Bean
  CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerAdditionalResources() {
        MAPPERS.forEach(this::register);
      }
    };
  }

  /** One mapper beside each of Camunda's. */
  static final List<Class<?>> MAPPERS = List.of(RestRejectionMapper.class, EngineRejectionMapper.class,
      FaultMapper.class);

  /**
   * Our rejection, or Camunda's own answer. Jersey picks a mapper by the exception type first
   * and by priority between mappers of the same type, so one of these stands beside each of
   * Camunda's mappers and wins.
   */
  static Response answer(Throwable error, java.util.function.Supplier<Response> camunda) {
    InputRejectedException rejected = InputRejectedException.in(error);
    if (rejected == null) {
      if (otherTenant(error)) {
        return notFound();
      }
      for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
        // Camunda answers a task that is gone (completed by someone else a moment ago) with 400.
        if (t instanceof org.camunda.bpm.engine.exception.NotFoundException gone) {
          return refusal(404, gone, gone.getMessage());
        }
      }
      Faults.Fault fault = Faults.of(error).orElse(null);
      if (fault != null) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", error.getClass().getSimpleName());
        body.put("message", fault.message());
        return Response.status(fault.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
      }
      Response answer = camunda.get();
      return answer.getStatus() == 500 ? refusedInside(error, answer) : answer;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", rejected.getClass().getSimpleName());
    // The rule alone: Tasklist shows it to a person, who knows the form's labels, not its variables.
    body.put("message", rejected.reason());
    body.put("field", rejected.field());
    return Response.status(rejected.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  /**
   * The engine's tenant check refuses a command on another tenant's task or instance with a plain
   * ProcessEngineException (EnginePersistenceLogger 034, "... belongs to no authenticated tenant"),
   * which engine REST answers with 500.
   */
  static final String OTHER_TENANT = "ENGINE-13034";

  static boolean otherTenant(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ProcessEngineException && t.getMessage() != null && t.getMessage().startsWith(OTHER_TENANT)) {
        return true;
      }
    }
    return false;
  }

  /** As engine REST answers an id it cannot find, without saying whether it exists elsewhere. */
  private static Response notFound() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "InvalidRequestException");
    body.put("message", "不存在或不属于您所在的区域");
    return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  /**
   * Start, complete and variable endpoints wrap the engine's refusals of the caller's input into
   * a 500 as well (hostile-input corpus): a missing task, a Java-serialized variable, a bad
   * request found inside (another tenant's is answered by {@link #otherTenant} first). Those are the caller's, so 4xx; the rest stays.
   */
  static Response refusedInside(Throwable error, Response camunda) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (t instanceof NullValueException) {
        return refusal(404, t, "不存在：" + message);
      }
      if (message.startsWith("ENGINE-17007")) {
        return refusal(400, t, "不接受 Java 序列化的变量（Java serialization is disabled）：" + message);
      }
      if (message.startsWith("SPIN/")) {
        return refusal(400, t, "变量内容无法读取：" + message);
      }
      if (t instanceof BadUserRequestException) {
        return refusal(400, t, message);
      }
    }
    return camunda;
  }

  private static Response refusal(int status, Throwable cause, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", cause.getClass().getSimpleName());
    body.put("message", message);
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  @Priority(1)
  public static class RestRejectionMapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException error) {
      return answer(error, () -> camunda.toResponse(error));
    }
  }

  @Priority(1)
  public static class EngineRejectionMapper implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException error) {
      return answer(error, () -> camunda.toResponse(error));
    }
  }

  /** Anything else Camunda would answer 500: a race or an outage is 409 or 503 instead. */
  @Priority(1)
  public static class FaultMapper implements ExceptionMapper<Exception> {

    private final org.camunda.bpm.engine.rest.exception.ExceptionHandler camunda =
        new org.camunda.bpm.engine.rest.exception.ExceptionHandler();

    @Override
    public Response toResponse(Exception error) {
      return answer(error, () -> camunda.toResponse(error));
    }
  }
}
