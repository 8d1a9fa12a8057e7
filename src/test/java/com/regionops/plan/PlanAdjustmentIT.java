package com.regionops.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A plan adjustment asked for, approved up the chain and applied, over HTTP as the demo users. */
@RegionOpsIT
class PlanAdjustmentIT {

  /** 竣工验收 (L1) of GZ01: in the future in the demo plan, ahead of 分户验收 → 竣工验收备案 → 集中交付. */
  static final String NODE = "L109";

  @LocalServerPort
  int port;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  Map<String, JsonNode> nodesOfGz01() {
    Map<String, JsonNode> nodes = new HashMap<>();
    http.get("office.gz01", "/api/v1/projects/GZ01/plan-nodes").json().forEach(n -> nodes.put(n.get("nodeCode").asText(), n));
    return nodes;
  }

  /** The one step of the request the user sees. */
  JsonNode stepOf(String user, String businessKey) {
    JsonNode tasks = http.get(user, "/engine-rest/task?processInstanceBusinessKey="
        + URLEncoder.encode(businessKey, StandardCharsets.UTF_8)).json();
    assertThat(tasks).as(user + " sees the step").hasSize(1);
    return tasks.get(0);
  }

  /** Completes the one step the user sees, after checking how Tasklist will list it. */
  void approve(String user, String businessKey, String expectedName, int expectedPriority) {
    JsonNode task = stepOf(user, businessKey);
    assertThat(task.get("name").asText()).isEqualTo(expectedName);
    assertThat(task.get("priority").asInt()).as(user + "'s priority").isEqualTo(expectedPriority);
    Http.Response done = http.post(user, "/engine-rest/task/" + task.get("id").asText() + "/complete",
        Map.of("variables", Map.of("approvalDecision", Map.of("value", "APPROVED"),
            "approvalComment", Map.of("value", "同意，" + user))));
    assertThat(done.status()).as(done.toString()).isEqualTo(204);
  }

  @Test
  void delayOfAnL1NodePushingHandoverIsApprovedUpToGroupOpsAndMovesThePlanAsPreviewed() {
    JsonNode before = nodesOfGz01().get(NODE);
    assertThat(before.get("completed").asBoolean()).isFalse();
    String newFinish = LocalDate.parse(before.get("plannedFinish").asText()).plusDays(60).toString();
    Map<String, Object> body = Map.of("nodeCode", NODE, "newPlannedFinish", newFinish,
        "reason", "总包单位资金问题导致竣工验收推迟两个月");

    JsonNode preview = http.post("office.gz01", "/api/v1/projects/GZ01/plan-adjustments/preview", body).json();
    assertThat(preview.get("delayDays").asInt()).isEqualTo(60);
    assertThat(preview.get("milestoneImpactDays").asInt()).isGreaterThan(30);
    assertThat(preview.get("approverChain")).extracting(JsonNode::asText)
        .containsExactly("region-ops", "region-president", "group-ops");
    assertThat(preview.get("affected")).extracting(a -> a.get("nodeCode").asText()).contains(NODE, "M10", "M11");

    Http.Response started = http.post("office.gz01", "/api/v1/projects/GZ01/plan-adjustments", body);
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    String businessKey = started.json().get("businessKey").asText();
    assertThat(http.post("office.gz01", "/api/v1/projects/GZ01/plan-adjustments", body).status()).isEqualTo(409);

    String taskName = "审批计划调整 · GZ01 · " + before.get("name").asText();
    String firstTask = stepOf("ops.south", businessKey).get("id").asText();
    assertThat(http.get("ops.south", "/engine-rest/task/" + firstTask + "/localVariables").json().fieldNames())
        .toIterable().as("Tasklist's columns and the form's text, copied onto the task")
        .contains("projectCode", "nodeName", "candidateGroupNames");
    approve("ops.south", businessKey, taskName, 50);
    approve("president.south", businessKey, taskName, 75);
    approve("groupops", businessKey, taskName, 50);

    Map<String, JsonNode> after = nodesOfGz01();
    preview.get("affected").forEach(a -> assertThat(after.get(a.get("nodeCode").asText()).get("plannedFinish").asText())
        .as(a.get("nodeCode").asText()).isEqualTo(a.get("newPlannedFinish").asText()));
    assertThat(after.get(NODE).get("baselineFinish")).isEqualTo(before.get("baselineFinish"));
    JsonNode history = http.get("office.gz01", "/api/v1/projects/GZ01/plan-nodes/" + NODE + "/adjustments").json();
    assertThat(history.get(0).get("adjustment").get("status").asText()).isEqualTo("APPROVED");
    assertThat(history.get(0).get("approvals")).extracting(a -> a.get("userId").asText())
        .containsExactly("ops.south", "president.south", "groupops");
    // the answers live in the request's trail; the form sends them as transient, so the engine keeps no copy
    assertThat(history.get(0).get("approvals")).extracting(a -> a.get("decision").asText() + " " + a.get("commentText").asText())
        .containsExactly("APPROVED 同意，ops.south", "APPROVED 同意，president.south", "APPROVED 同意，groupops");
    String instance = started.json().get("processInstanceId").asText();
    for (String answer : List.of("approvalDecision", "approvalComment")) {
      assertThat(http.get("admin", "/engine-rest/history/variable-instance?processInstanceId=" + instance
          + "&variableName=" + answer).json()).as(answer).isEmpty();
    }
    // history at FULL without what only repeats: the loop's counters and the tasks' copies (LeanFullHistory)
    JsonNode kept = http.get("admin", "/engine-rest/history/variable-instance?processInstanceId=" + instance).json();
    assertThat(kept).extracting(v -> v.get("name").asText())
        .contains("projectCode", "nodeName", "approverChain", "approverGroup", "adjustmentReview")
        .doesNotContain("loopCounter", "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances",
            "candidateGroupNames");
    assertThat(kept).as("task-local variables").filteredOn(v -> !v.get("taskId").isNull()).isEmpty();
    assertThat(http.get("admin", "/engine-rest/history/detail?processInstanceId=" + instance
        + "&variableUpdates=true").json()).extracting(d -> d.get("variableName").asText())
        .contains("projectCode", "nodeName", "approverGroup").doesNotContain("loopCounter", "nrOfCompletedInstances");
  }

  @Test
  void anotherRegionsOfficeCannotAdjustGz01() {
    Map<String, Object> body = Map.of("nodeCode", "M11", "newPlannedFinish", "2030-01-01", "reason", "试图调整其他区域的计划");
    Http.Response api = http.post("office.sh01", "/api/v1/projects/GZ01/plan-adjustments", body);
    Http.Response engineRest = http.post("office.sh01", "/engine-rest/process-definition/key/plan-adjustment/start",
        Map.of("variables", Map.of("projectCode", Map.of("value", "GZ01"), "nodeCode", Map.of("value", "M11"),
            "newPlannedFinish", Map.of("value", "2030-01-01"), "reason", Map.of("value", "试图调整其他区域的计划"))));

    assertThat(api.status()).isEqualTo(404);
    assertThat(engineRest.status()).as(engineRest.toString()).isEqualTo(403);
  }

  @Test
  void invalidRequestsAre400NamingTheRuleOverEngineRestToo() {
    Http.Response shortReason = http.post("office.gz01", "/engine-rest/process-definition/key/plan-adjustment/start",
        Map.of("variables", Map.of("projectCode", Map.of("value", "GZ01"), "nodeCode", Map.of("value", "M11"),
            "newPlannedFinish", Map.of("value", "2030-01-01"), "reason", Map.of("value", "太短"))));
    Http.Response unknownNode = http.post("office.gz01", "/api/v1/projects/GZ01/plan-adjustments",
        Map.of("nodeCode", "X999", "newPlannedFinish", "2030-01-01", "reason", "节点不存在的调整申请测试"));

    assertThat(shortReason.status()).as(shortReason.toString()).isEqualTo(400);
    assertThat(shortReason.json().get("field").asText()).isEqualTo("reason");
    assertThat(unknownNode.status()).isEqualTo(400);
    assertThat(unknownNode.contentType()).startsWith("application/problem+json");
    assertThat(unknownNode.json().get("field").asText()).isEqualTo("nodeCode");
  }
}
