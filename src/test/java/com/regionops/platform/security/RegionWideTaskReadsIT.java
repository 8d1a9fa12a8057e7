package com.regionops.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.org.IdentityBootstrap;
import com.regionops.platform.engine.ProjectTenantIdProvider;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Region-ops reads its region's tasks through its definition grant, and still works only on the
 * tasks it is a candidate for (RegionWideTaskReads, issue 11).
 */
@RegionOpsIT
class RegionWideTaskReadsIT {

  @LocalServerPort
  int port;

  @Autowired
  AuthorizationService authorizations;

  @Autowired
  SystemCalls system;

  @Autowired
  RuntimeService runtime;

  @Autowired
  IdentityBootstrap bootstrap;

  @Autowired
  ManagementService managementService;

  /** An L1 node of a fresh SOUTH project adjusted by ten days: region-ops, then region-president. */
  String startChain(Http http) {
    String project = "RW" + (System.nanoTime() % 900 + 100);
    assertThat(http.post("ops.south", "/api/v1/projects", Map.of("code", project, "name", "任务读取测试",
        "regionCode", "SOUTH", "companyName", "任务读取测试置业有限公司")).status()).isEqualTo(201);
    LocalDate today = LocalDate.now();
    assertThat(http.put("ops.south", "/api/v1/projects/" + project + "/plan", Map.of("nodes", List.of(Map.of(
        "nodeCode", "M1", "name", "主体结构封顶", "nodeLevel", "L1", "category", "CONSTRUCTION",
        "plannedStart", today.plusDays(30).toString(), "plannedFinish", today.plusDays(60).toString())),
        "dependencies", List.of())).status()).isEqualTo(200);
    Http.Response started = http.post("ops.south", "/api/v1/projects/" + project + "/plan-adjustments",
        Map.of("nodeCode", "M1", "newPlannedFinish", today.plusDays(70).toString(), "reason", "钢筋到货推迟，顺延十天"));
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    assertThat(started.json().get("approverChain")).extracting(JsonNode::asText)
        .containsExactly("region-ops", "region-president");
    return started.json().get("processInstanceId").asText();
  }

  JsonNode tasks(Http http, String user, String instance) {
    return http.get(user, "/engine-rest/task?processInstanceId=" + instance).json();
  }

  Authorization groupRow(String group, String taskId) {
    return system.asSystem(() -> authorizations.createAuthorizationQuery().groupIdIn(group)
        .resourceType(Resources.TASK).resourceId(taskId).singleResult());
  }

  @Test
  void regionOpsReadsTheRegionsTasksButCompletesOnlyItsOwn() {
    Http http = new Http(port);
    String instance = startChain(http);
    String opsTask = tasks(http, "admin", instance).get(0).get("id").asText();

    Authorization row = groupRow(Groups.REGION_OPS, opsTask);
    assertThat(row.isPermissionGranted(Permissions.UPDATE)).isTrue();
    assertThat(row.isPermissionGranted(Permissions.READ)).as("read comes from the definition grant").isFalse();
    assertThat(tasks(http, "ops.south", instance)).hasSize(1);
    assertThat(tasks(http, "ops.east", instance)).isEmpty();
    assertThat(tasks(http, "president.south", instance)).isEmpty();
    assertThat(tasks(http, "office.gz01", instance)).isEmpty();
    // Tasklist's columns come from a variable query: open to region-ops of the region only.
    Http.Response columns = http.get("ops.south", "/engine-rest/variable-instance?taskIdIn=" + opsTask);
    assertThat(columns.status()).isEqualTo(200);
    assertThat(columns.json()).extracting(v -> v.get("name").asText()).contains("projectCode", "nodeName");
    Http.Response otherRegion = http.get("ops.east", "/engine-rest/variable-instance?taskIdIn=" + opsTask);
    assertThat(otherRegion.status()).isEqualTo(200);
    assertThat(otherRegion.json()).isEmpty();

    Map<String, Object> approve = Map.of("variables", Map.of("approvalDecision", Map.of("value", "APPROVED"),
        "approvalComment", Map.of("value", "同意")));
    assertThat(http.post("ops.south", "/engine-rest/task/" + opsTask + "/complete", approve).status()).isEqualTo(204);

    String presidentTask = tasks(http, "admin", instance).get(0).get("id").asText();
    Authorization presidentRow = groupRow(Groups.REGION_PRESIDENT, presidentTask);
    assertThat(presidentRow.isPermissionGranted(Permissions.READ)).as("other groups keep Camunda's rows").isTrue();
    assertThat(tasks(http, "ops.south", instance)).as("region-ops follows the chain").hasSize(1);
    assertThat(http.post("ops.south", "/engine-rest/task/" + presidentTask + "/complete", approve).status())
        .as("reading is not working on it").isEqualTo(403);
    assertThat(http.post("ops.south", "/engine-rest/task/" + presidentTask + "/claim", Map.of("userId", "ops.south"))
        .status()).isEqualTo(403);
    assertThat(http.post("ops.south", "/engine-rest/task/" + presidentTask + "/variables",
        Map.of("modifications", Map.of("approvalComment", Map.of("value", "代批")))).status()).isEqualTo(403);
    assertThat(http.post("president.south", "/engine-rest/task/" + presidentTask + "/complete", approve).status())
        .isEqualTo(204);
  }

  /**
   * The grant on every definition is bounded by the tenant check only, so it holds no further than
   * every instance having a tenant: what the engine starts for all regions belongs to PLATFORM.
   */
  @Test
  void theEnginesOwnInstancesBelongToNoRegion() {
    Http http = new Http(port);
    // as the monthly timer does: no user, no project, no region (the job executor is off here)
    ProcessInstance snapshot = system.asSystem(() -> runtime.startProcessInstanceByKey("kpi-snapshot"));
    try {
      assertThat(snapshot.getTenantId()).isEqualTo(ProjectTenantIdProvider.PLATFORM);
      assertThat(system.asSystem(() -> runtime.createProcessInstanceQuery().withoutTenantId().count()))
          .as("no instance is outside every tenant").isZero();
      assertThat(http.get("admin", "/engine-rest/process-instance/" + snapshot.getId()).status()).isEqualTo(200);
      for (String user : List.of("ops.south", "ops.east")) {
        assertThat(http.get(user, "/engine-rest/process-instance/" + snapshot.getId()).status()).as(user)
            .isEqualTo(404);
        assertThat(http.get(user, "/engine-rest/process-instance?processDefinitionKey=kpi-snapshot").json())
            .as(user).isEmpty();
        assertThat(http.get(user, "/engine-rest/variable-instance?processInstanceIdIn=" + snapshot.getId()).json())
            .as(user).isEmpty();
      }
    } finally {
      system.asSystem(() -> runtime.deleteProcessInstance(snapshot.getId(), "test done", true, true));
    }
  }

  /** The per-definition grants of the version before are removed at start; the one "*" grant stays. */
  @Test
  void aStartRemovesRegionOpsGrantsOnSingleDefinitions() {
    Authorization stale = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    stale.setGroupId(Groups.REGION_OPS);
    stale.setResource(Resources.PROCESS_DEFINITION);
    stale.setResourceId("plan-adjustment");
    stale.addPermission(Permissions.READ_TASK);
    stale.addPermission(Permissions.READ_INSTANCE);
    String id = system.asSystem(() -> authorizations.saveAuthorization(stale).getId());

    bootstrap.ensureStandingIdentity();

    List<Authorization> left = system.asSystem(() -> authorizations.createAuthorizationQuery()
        .groupIdIn(Groups.REGION_OPS).resourceType(Resources.PROCESS_DEFINITION).list());
    assertThat(left).extracting(Authorization::getId).doesNotContain(id);
    assertThat(left).filteredOn(a -> a.getResourceId().equals("*")).singleElement()
        .satisfies(a -> assertThat(a.isPermissionGranted(Permissions.READ_TASK)
            && a.isPermissionGranted(Permissions.READ_INSTANCE)).isTrue());
  }

  /**
   * A timer's job has no tenant (its definition is shared), so it only creates the instance; the
   * all-region work, and its failure's message and stack trace, sit in a job of the PLATFORM instance.
   */
  @Test
  void theDailySweepsWorkRunsInAJobNoRegionReads() {
    Http http = new Http(port);
    ManagementService management = managementService;
    Job timer = system.asSystem(() -> management.createJobQuery()
        .processDefinitionKey("certificate-review-sweep").timers().singleResult());
    system.asSystem(() -> management.executeJob(timer.getId()));
    ProcessInstance sweep = system.asSystem(() -> runtime.createProcessInstanceQuery()
        .processDefinitionKey("certificate-review-sweep").tenantIdIn(ProjectTenantIdProvider.PLATFORM).singleResult());
    try {
      assertThat(sweep).as("the timer created the instance and stopped").isNotNull();
      assertThat(http.get("admin", "/engine-rest/job?processInstanceId=" + sweep.getId()).json()).hasSize(1);
      for (String user : List.of("ops.south", "ops.east")) {
        assertThat(http.get(user, "/engine-rest/job?processInstanceId=" + sweep.getId()).json()).as(user).isEmpty();
        assertThat(http.get(user, "/engine-rest/job?processDefinitionKey=certificate-review-sweep").json())
            .as(user + ": the next timer at most, never the work").allSatisfy(job -> assertThat(job.get("processInstanceId")
                .isNull()).isTrue());
      }
    } finally {
      if (sweep != null) {
        system.asSystem(() -> runtime.deleteProcessInstance(sweep.getId(), "test done", true, true));
      }
    }
  }
}
