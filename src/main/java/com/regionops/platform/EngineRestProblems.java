package com.regionops.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
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
        register(RejectionMapper.class);
      }
    };
  }

  /** Registered for Throwable with top priority, so it sees every exception first. */
  @Priority(1)
  public static class RejectionMapper implements ExceptionMapper<Throwable> {

    private final ExceptionHandler fallback = new ExceptionHandler();
    private final RestExceptionHandler restFallback = new RestExceptionHandler();
    private final ProcessEngineExceptionHandler engineFallback = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(Throwable error) {
      InputRejectedException rejected = InputRejectedException.in(error);
      if (rejected != null) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", rejected.getClass().getSimpleName());
        body.put("message", rejected.getMessage());
        body.put("field", rejected.field());
        return Response.status(rejected.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
      }
      if (error instanceof org.camunda.bpm.engine.rest.exception.RestException rest) {
        return restFallback.toResponse(rest);
      }
      if (error instanceof org.camunda.bpm.engine.ProcessEngineException engine) {
        return engineFallback.toResponse(engine);
      }
      return fallback.toResponse(error);
    }
  }
}
