package com.regionops.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** Where the webapps' engine API is registered by us, and where not. */
class WebappEngineApiTest {

  final WebApplicationContextRunner context = new WebApplicationContextRunner()
      .withBean(CamundaBpmProperties.class)
      .withUserConfiguration(WebappEngineApi.class);

  @Test
  void besideTheWebappsItTakesCamundasPathFirst() {
    context.run(app -> {
      WebappEngineApi.Registration registration = app.getBean(WebappEngineApi.Registration.class);
      assertThat(registration.mapping()).isEqualTo("/camunda/api/engine/*");
      assertThat(registration.getOrder()).isLessThan(0);
    });
  }

  /** Without the webapps there are no login and CSRF filters on the path: the API must not be there either. */
  @Test
  void withoutTheWebappsThereIsNoEngineApiToGuard() {
    context.withPropertyValues("camunda.bpm.webapp.enabled=false")
        .run(app -> assertThat(app).doesNotHaveBean(WebappEngineApi.Registration.class));
  }
}
