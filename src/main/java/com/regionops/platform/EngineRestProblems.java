package com.regionops.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Engine REST's start and complete endpoints wrap every engine exception, ours included, into
 * a 500. Our rejections ({@link InputRejectedException}, wherever in the cause chain) come out
 * with their own status and message instead; everything else keeps Camunda's handling.
 */
@Configuration
class EngineRestProblems {

  @Bean
  CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerAdditionalResources() {
        register(RestRejectionMapper.class);
        register(EngineRejectionMapper.class);
      }
    };
  }

  /**
   * Our rejection, or Camunda's own answer. Jersey picks a mapper by the exception type first
   * and by priority between mappers of the same type, so one of these stands beside each of
   * Camunda's mappers and wins.
   */
  static Response answer(Throwable error, java.util.function.Supplier<Response> camunda) {
    InputRejectedException rejected = InputRejectedException.in(error);
    if (rejected == null) {
      Response answer = camunda.get();
      return answer.getStatus() == 500 ? refusedInside(error, answer) : answer;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", rejected.getClass().getSimpleName());
    body.put("message", rejected.getMessage());
    body.put("field", rejected.field());
    return Response.status(rejected.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  /**
   * Start, complete and variable endpoints wrap the engine's refusals of the caller's input into
   * a 500 as well (hostile-input corpus): a missing task, a Java-serialized variable, another
   * tenant's instance, a bad request found inside. Those are the caller's, so 4xx; the rest stays.
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
      if (message.startsWith("ENGINE-13034")) {
        // another region's instance or task: as our API, answer as if it did not exist
        return refusal(404, t, "不存在或无权访问：" + message);
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
}
