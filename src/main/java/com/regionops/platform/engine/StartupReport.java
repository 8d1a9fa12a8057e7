package com.regionops.platform.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the app where to go. */
@Component
class StartupReport {

  private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

  @EventListener(ApplicationReadyEvent.class)
  void ready(ApplicationReadyEvent event) {
    Environment env = event.getApplicationContext().getEnvironment();
    String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
    String base = "http://localhost:" + port;
    String db = env.getProperty("spring.datasource.url", "");
    LOG.info("""

        ==== RegionOps 区域运营管控平台 is ready ====
          Tasklist   {}/camunda/app/tasklist/
          Cockpit    {}/camunda/app/cockpit/
          Admin      {}/camunda/app/admin/
          Engine REST {}/engine-rest  (HTTP Basic)
          Our API    {}/api/v1/projects  (HTTP Basic)
          Database   {}
          Profiles   {}
        """, base, base, base, base, base, db.replaceAll("password=[^&;]*", "password=***"),
        String.join(",", env.getActiveProfiles().length == 0 ? env.getDefaultProfiles() : env.getActiveProfiles()));
  }
}
