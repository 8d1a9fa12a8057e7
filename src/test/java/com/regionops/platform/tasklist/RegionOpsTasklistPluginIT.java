package com.regionops.platform.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import com.regionops.support.WebappSession;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Our Tasklist plugin as the browser loads it, and what its script asks with the person's session. */
@RegionOpsIT
class RegionOpsTasklistPluginIT {

  static final String MAY_CREATE_TASK = "/camunda/api/tasklist/plugin/regionops/default/may-create-task";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngineConfigurationImpl engineConfiguration;

  WebappSession tasklist(String user) {
    WebappSession session = new WebappSession(port);
    assertThat(session.login(user, Http.DEMO_PASSWORD, "tasklist").status()).isEqualTo(200);
    return session;
  }

  @Test
  void tasklistLoadsThePluginsScriptAndStyles() {
    WebappSession anyone = new WebappSession(port);

    Http.Response script = anyone.get("/camunda/api/tasklist/plugin/regionops/static/app/plugin.js");
    Http.Response styles = anyone.get("/camunda/api/tasklist/plugin/regionops/static/app/plugin.css");

    assertThat(script.status()).isEqualTo(200);
    assertThat(script.contentType()).startsWith("text/javascript");
    assertThat(script.raw()).contains("export default", "tasklist.navbar.action");
    assertThat(styles.status()).isEqualTo(200);
    assertThat(styles.contentType()).startsWith("text/css");
  }

  @Test
  void createTaskWorksForNobodyWhileTheEngineTakesNoFreeStandingTask() {
    assertThat(engineConfiguration.isStandaloneTasksEnabled()).as("the shipped configuration").isFalse();

    assertThat(tasklist("admin").get(MAY_CREATE_TASK).raw()).isEqualTo("{\"mayCreateTask\":false}");
    assertThat(tasklist("office.gz01").get(MAY_CREATE_TASK).raw()).isEqualTo("{\"mayCreateTask\":false}");
  }

  @Test
  void withFreeStandingTasksOnlyThoseGrantedCreateMayMakeOne() {
    engineConfiguration.setStandaloneTasksEnabled(true);
    try {
      assertThat(tasklist("admin").get(MAY_CREATE_TASK).raw()).isEqualTo("{\"mayCreateTask\":true}");
      assertThat(tasklist("office.gz01").get(MAY_CREATE_TASK).raw()).isEqualTo("{\"mayCreateTask\":false}");
      assertThat(tasklist("ops.south").get(MAY_CREATE_TASK).raw()).isEqualTo("{\"mayCreateTask\":false}");
    } finally {
      engineConfiguration.setStandaloneTasksEnabled(false);
    }
  }

  @Test
  void askingWithoutASessionIsRefused() {
    assertThat(new WebappSession(port).get(MAY_CREATE_TASK).status()).isEqualTo(401);
  }
}
