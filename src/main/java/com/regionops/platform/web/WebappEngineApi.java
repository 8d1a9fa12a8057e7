package com.regionops.platform.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Tasklist and Cockpit call the webapps' own engine API ({@code /camunda/api/engine/…}), not engine
 * REST (PLATFORM-NOTES 14), and Camunda builds it from a fixed Application without our exception
 * mappers: a refusal inside a completion reached the person as "Cannot submit task form …:
 * ENGINE-03051 There was an exception while invoking the TaskListener …". Here the servlet is
 * registered first, under the name Camunda's initializer looks for (it leaves an existing one
 * alone), with Camunda's resources plus the mappers of {@link EngineRestProblems}.
 *
 * <p>The message goes out as plain text, as engine REST sends it. Tasklist's notification panel
 * binds it as HTML, but its Notifications service first turns status and message into text (a text
 * node's innerHTML) unless a notification is marked unsafe, which no error is: escaping here too
 * would show the person {@code &lt;}. WebappsBrowserIT proves a quoted {@code <img onerror>} stays text.
 */
@Configuration
// Only beside Camunda's webapps: their filters (login, CSRF) guard this path; without them the API
// would answer everyone.
@ConditionalOnWebApplication
@ConditionalOnProperty(prefix = "camunda.bpm.webapp", name = "enabled", matchIfMissing = true)
class WebappEngineApi {

  /** The servlet name {@code CamundaBpmWebappInitializer} registers the engine API under. */
  static final String SERVLET_NAME = "Engine Api";

  @Bean
  Registration webappEngineApiRegistration(CamundaBpmProperties camunda) {
    return new Registration(camunda.getWebapp().getApplicationPath() + "/api/engine/*");
  }

  /** Before Camunda's initializer (which has no order, so the lowest precedence). */
  record Registration(String mapping) implements ServletContextInitializer, Ordered {

    @Override
    public void onStartup(ServletContext context) {
      ServletRegistration.Dynamic servlet = context.addServlet(SERVLET_NAME, ServletContainer.class);
      if (servlet == null) {
        throw new IllegalStateException("The webapps' engine API was registered before " + SERVLET_NAME
            + " could be: refusals would reach Tasklist as engine messages");
      }
      servlet.addMapping(mapping);
      servlet.setInitParameter("jakarta.ws.rs.Application", Application.class.getName());
    }

    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE;
    }
  }

  /** Camunda's engine API for the webapps, with our mappers beside Camunda's. */
  public static class Application extends EngineRestApplication {

    @Override
    public Set<Class<?>> getClasses() {
      Set<Class<?>> classes = new HashSet<>(super.getClasses());
      classes.addAll(EngineRestProblems.MAPPERS);
      return classes;
    }
  }
}
