package com.regionops.partner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.platform.engine.EngineTime;
import com.regionops.support.FreshProject;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A project the partner runs (不操盘) adjusts its plan by the partner's rules: the office names the partner's approval,
 * region-ops files it (one step, none of our escalations), and the department's once-a-year milestone rule does not
 * apply; once the project is ours again, every rule is back.
 */
@RegionOpsIT
class PartnerRunAdjustmentIT {

  static final String PARTNER_APPROVAL = "南京城建置业 2026 年第 7 次董事会决议";

  @LocalServerPort
  int port;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  FreshProject partnerRunProject() {
    FreshProject fresh = FreshProject.create(http, "PR", "合作方操盘项目");
    LocalDate today = EngineTime.today();
    Http.Response applied = http.post("ops.south", "/api/v1/projects/" + fresh.code() + "/plan/from-template",
        Map.of("apply", true, "anchors", Map.of("LAND_ACQUIRED", today.minusDays(40).toString(),
            "CONSTRUCTION_START", today.plusDays(120).toString(), "FIRST_OPENING", today.plusDays(400).toString(),
            "HANDOVER", today.plusDays(1000).toString())));
    assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
    mode(fresh, "NOT_OPERATED");
    return fresh;
  }

  void mode(FreshProject project, String mode) {
    Map<String, Object> partnership = mode.equals("INDEPENDENT") ? Map.of("mode", mode, "partners", List.of())
        : Map.of("mode", mode, "consolidated", false, "partners",
            List.of(Map.of("name", "南京城建置业集团有限公司", "sharePct", 60, "role", "操盘方")));
    Http.Response set = http.put("ops.south", "/api/v1/projects/" + project.code() + "/partnership", partnership);
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
  }

  /** An open milestone of the plan: the node our own rules escalate furthest and move once a year. */
  JsonNode milestone(FreshProject project) {
    for (JsonNode node : http.get(project.office(), "/api/v1/projects/" + project.code() + "/plan-nodes").json()) {
      if ("MILESTONE".equals(node.get("nodeLevel").asText()) && !node.get("completed").asBoolean()
          && LocalDate.parse(node.get("plannedFinish").asText()).isAfter(EngineTime.today().plusDays(300))) {
        return node;
      }
    }
    throw new AssertionError("the template gives no open milestone a year out");
  }

  static Map<String, Object> request(JsonNode node, int days, Object partnerApproval) {
    Map<String, Object> body = new HashMap<>(Map.of("nodeCode", node.get("nodeCode").asText(), "newPlannedFinish",
        LocalDate.parse(node.get("plannedFinish").asText()).plusDays(days).toString(),
        "reason", "合作方董事会决议顺延 " + days + " 天"));
    if (partnerApproval != null) {
      body.put("partnerApproval", partnerApproval);
    }
    return body;
  }

  String field(Http.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    return response.json().get("field").asText();
  }

  void file(String businessKey) {
    assertThat(http.tasks("president.south", businessKey)).as("none of our escalations").isEmpty();
    assertThat(http.tasks("groupops", businessKey)).isEmpty();
    JsonNode tasks = http.tasks("ops.south", businessKey);
    assertThat(tasks).hasSize(1);
    Http.Response done = http.post("ops.south", "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
        Http.completion(Map.of("approvalDecision", "APPROVED", "approvalComment", "已核对合作方决议，备案")));
    assertThat(done.status()).as(done.toString()).isEqualTo(204);
  }

  @Test
  void regionOpsFilesThePartnersApprovalAndTheMilestoneMovesAsOftenAsThePartnerDecides() {
    FreshProject project = partnerRunProject();
    String adjustments = "/api/v1/projects/" + project.code() + "/plan-adjustments";
    JsonNode milestone = milestone(project);

    // without the partner's approval there is nothing to file
    assertThat(field(http.post(project.office(), adjustments + "/preview", request(milestone, 45, null))))
        .isEqualTo("partnerApproval");
    assertThat(field(http.post(project.office(), adjustments, request(milestone, 45, "   "))))
        .isEqualTo("partnerApproval");
    assertThat(field(http.post(project.office(), adjustments, request(milestone, 45, "决".repeat(201)))))
        .isEqualTo("partnerApproval");
    Http.Response engineRest = http.post(project.office(), "/engine-rest/process-definition/key/plan-adjustment/start",
        Map.of("variables", Map.of("projectCode", Map.of("value", project.code()),
            "nodeCode", Map.of("value", milestone.get("nodeCode").asText()),
            "newPlannedFinish", Map.of("value", request(milestone, 45, null).get("newPlannedFinish")),
            "reason", Map.of("value", "合作方董事会决议顺延四十五天"), "partnerApproval", Map.of("value", true))));
    assertThat(engineRest.status()).as(engineRest.toString()).isEqualTo(400);
    assertThat(engineRest.raw()).contains("partnerApproval");

    // a milestone pushed 45 days would go to the president and group-ops were it ours: region-ops files it alone
    JsonNode preview = http.post(project.office(), adjustments + "/preview",
        request(milestone, 45, PARTNER_APPROVAL)).json();
    assertThat(preview.get("approverChain")).extracting(JsonNode::asText).containsExactly("region-ops");
    assertThat(preview.get("partnerRules").asBoolean()).isTrue();
    Http.Response started = http.post(project.office(), adjustments, request(milestone, 45, PARTNER_APPROVAL));
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    assertThat(started.json().get("approverChain")).extracting(JsonNode::asText).containsExactly("region-ops");
    file(started.json().get("businessKey").asText());

    String history = "/api/v1/projects/" + project.code() + "/plan-nodes/" + milestone.get("nodeCode").asText()
        + "/adjustments";
    JsonNode filed = http.get(project.office(), history).json().get(0);
    assertThat(filed.get("adjustment").get("status").asText()).isEqualTo("APPROVED");
    assertThat(filed.get("adjustment").get("partnerApproval").asText()).isEqualTo(PARTNER_APPROVAL);
    assertThat(filed.get("approvals")).extracting(a -> a.get("approverGroup").asText()).containsExactly("region-ops");
    JsonNode moved = milestone(project);
    assertThat(moved.get("plannedFinish").asText()).isEqualTo(request(milestone, 45, null).get("newPlannedFinish"));

    // the partner moves it again this year: filed again
    Http.Response again = http.post(project.office(), adjustments, request(moved, 10, PARTNER_APPROVAL + "（补充）"));
    assertThat(again.status()).as(again.toString()).isEqualTo(201);
    file(again.json().get("businessKey").asText());

    // run by us again: the milestone has moved this year, so it may not move again, and our chain is back
    mode(project, "INDEPENDENT");
    JsonNode ours = milestone(project);
    Http.Response refused = http.post(project.office(), adjustments, request(ours, 5, null));
    assertThat(field(refused)).isEqualTo("nodeCode");
    assertThat(refused.json().get("detail").asText()).contains("每个自然年只能调整一次");
  }

  @Test
  void aJointProjectKeepsOurWholeChain() {
    FreshProject project = partnerRunProject();
    mode(project, "JOINT");
    JsonNode milestone = milestone(project);
    JsonNode preview = http.post(project.office(), "/api/v1/projects/" + project.code() + "/plan-adjustments/preview",
        request(milestone, 45, null)).json();
    assertThat(preview.get("partnerRules").asBoolean()).isFalse();
    assertThat(preview.get("approverChain")).extracting(JsonNode::asText)
        .containsExactly("region-ops", "region-president", "group-ops");
  }
}
