package com.regionops.handover;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.plan.PlanAdjustmentProcess;
import com.regionops.support.FreshProject;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 合同交楼时间审核 over HTTP as the demo users: who may submit and read (the project's office and its region's
 * region-ops submit; another region sees no project), a CONDITIONAL date through region-ops and the president onto
 * the project, the margins of a region, a plan adjustment pushing the handover inside the buffer going to group-ops,
 * and bad input refused naming the field.
 */
@RegionOpsIT
class HandoverApiIT {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtime;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  FreshProject project(String prefix) {
    FreshProject fresh = FreshProject.create(http, prefix, "合同交楼测试项目");
    Http.Response applied = http.post("ops.south", "/api/v1/projects/" + fresh.code() + "/plan/from-template",
        Map.of("apply", true, "anchors", Map.of("LAND_ACQUIRED", TODAY.minusDays(40).toString(),
            "CONSTRUCTION_START", TODAY.plusDays(120).toString(), "FIRST_OPENING", TODAY.plusDays(400).toString(),
            "HANDOVER", TODAY.plusDays(1000).toString())));
    assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
    return fresh;
  }

  static Map<String, Object> request(LocalDate contract) {
    Map<String, Object> body = new HashMap<>();
    body.put("contractHandoverDate", contract == null ? null : contract.toString());
    body.put("presalePermitNo", "穗房预售字第 2026-0101 号");
    body.put("note", "首批 2 栋");
    return body;
  }

  LocalDate planned(String user, String code) {
    Http.Response read = http.get(user, "/api/v1/projects/" + code + "/handover-date-reviews");
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    return LocalDate.parse(read.json().get("current").get("plannedHandoverDate").asText());
  }

  String field(Http.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    return response.json().get("field").asText();
  }

  void completeTask(String user, String businessKey, Map<String, Object> variables) {
    JsonNode tasks = http.tasks(user, businessKey);
    assertThat(tasks).as(user + " has the task of " + businessKey).hasSize(1);
    Http.Response done = http.post(user, "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
        Http.completion(variables));
    assertThat(done.status()).as(done.toString()).isEqualTo(204);
  }

  @Test
  void aConditionalDateGoesThroughRegionOpsAndThePresidentOntoTheProject() {
    FreshProject fresh = project("HD");
    String path = "/api/v1/projects/" + fresh.code() + "/handover-date-reviews";
    LocalDate planned = planned(fresh.office(), fresh.code());

    assertThat(http.post("ops.east", path, request(planned.plusDays(45))).status()).as("another region").isEqualTo(404);
    assertThat(http.post("office.gz01", path, request(planned.plusDays(45))).status()).as("another project's office")
        .isEqualTo(404);
    assertThat(http.post("president.south", path, request(planned.plusDays(45))).status()).isEqualTo(403);
    assertThat(http.post("groupops", path, request(planned.plusDays(45))).status()).isEqualTo(403);
    assertThat(http.get("ops.east", path).status()).isEqualTo(404);
    assertThat(http.get("office.gz01", path).status()).isEqualTo(404);

    Http.Response submitted = http.post(fresh.office(), path, request(planned.plusDays(45)));
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    JsonNode review = submitted.json();
    assertThat(review.get("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(review.get("result").asText()).isEqualTo("CONDITIONAL");
    assertThat(review.get("marginDays").asInt()).isEqualTo(45);
    assertThat(review.get("bufferDays").asInt()).isEqualTo(60);
    Http.Response again = http.post("ops.south", path, request(planned.plusDays(90)));
    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    String businessKey = HandoverProcess.businessKey(fresh.code(), review.get("id").asLong());
    assertThat(http.tasks("ops.east", businessKey)).as("not east's to review").isEmpty();
    assertThat(http.tasks("president.south", businessKey)).as("region-ops first").isEmpty();

    completeTask("ops.south", businessKey, Map.of(HandoverProcess.REVIEW, "APPROVED"));
    completeTask("president.south", businessKey, Map.of(HandoverProcess.APPROVAL, "APPROVED",
        HandoverProcess.APPROVAL_COMMENT, "同意，按期交付"));

    JsonNode read = http.get(fresh.office(), path).json();
    assertThat(read.get("current").get("contractHandoverDate").asText()).isEqualTo(planned.plusDays(45).toString());
    assertThat(read.get("current").get("marginDays").asInt()).isEqualTo(45);
    assertThat(read.get("current").get("colour").asText()).isEqualTo("AMBER");
    assertThat(read.get("reviews")).extracting(r -> r.get("status").asText()).containsExactly("APPROVED");
    assertThat(read.get("reviews").get(0).get("decidedBy").asText()).isEqualTo("president.south");

    List<String> south = new ArrayList<>();
    http.get("ops.south", "/api/v1/regions/SOUTH/handover-margins").json().get("projects")
        .forEach(p -> south.add(p.get("projectCode").asText() + ":" + p.path("colour").asText()));
    assertThat(south).contains(fresh.code() + ":AMBER");
    List<String> own = new ArrayList<>();
    http.get(fresh.office(), "/api/v1/regions/SOUTH/handover-margins").json().get("projects")
        .forEach(p -> own.add(p.get("projectCode").asText()));
    assertThat(own).containsExactly(fresh.code());
    assertThat(http.get("ops.east", "/api/v1/regions/SOUTH/handover-margins").status()).isEqualTo(404);
    assertThat(http.get("ops.south", "/api/v1/regions/NOSUCH/handover-margins").status()).isEqualTo(404);
  }

  @Test
  void aReviewWhoseInstanceWasCancelledDoesNotLockTheProject() {
    FreshProject fresh = project("HC");
    String path = "/api/v1/projects/" + fresh.code() + "/handover-date-reviews";
    LocalDate planned = planned(fresh.office(), fresh.code());
    JsonNode first = http.post(fresh.office(), path, request(planned.plusDays(90))).json();
    assertThat(http.send("DELETE", "admin", Http.DEMO_PASSWORD, "/engine-rest/process-instance/"
        + first.get("processInstanceId").asText(), null).status()).as("cancelled in Cockpit").isEqualTo(204);

    Http.Response again = http.post(fresh.office(), path, request(planned.plusDays(90)));
    assertThat(again.status()).as(again.toString()).isEqualTo(201);
    JsonNode reviews = http.get(fresh.office(), path).json().get("reviews");
    assertThat(reviews).extracting(r -> r.get("status").asText()).containsExactly("IN_REVIEW", "RETURNED");
    assertThat(reviews.get(1).get("comment").asText()).isEqualTo("审批流程已撤销");
  }

  @Test
  void aReturnEndsTheReviewAndAPlanAdjustmentPushingTheHandoverInsideTheBufferGoesToGroupOps() {
    FreshProject fresh = project("HA");
    String path = "/api/v1/projects/" + fresh.code() + "/handover-date-reviews";
    // an L3 交楼 node after every other one: the planned handover, pushed by its own adjustment
    LocalDate last = planned("ops.south", fresh.code());
    Http.Response added = http.put("ops.south", "/api/v1/projects/" + fresh.code() + "/plan-nodes/L3-99",
        Map.of("nodeCode", "L3-99", "name", "交付复盘", "nodeLevel", "L3", "category", "HANDOVER",
            "plannedStart", last.toString(), "plannedFinish", last.plusDays(5).toString()));
    assertThat(added.status()).as(added.toString()).isEqualTo(200);
    LocalDate planned = planned("ops.south", fresh.code());
    assertThat(planned).isEqualTo(last.plusDays(5));
    Map<String, Object> adjustment = Map.of("nodeCode", "L3-99", "newPlannedFinish", planned.plusDays(10).toString(),
        "reason", "交付复盘顺延十天，需调整计划");
    JsonNode before = http.post(fresh.office(), "/api/v1/projects/" + fresh.code() + "/plan-adjustments/preview",
        adjustment).json();
        assertThat(before.get("approverChain")).extracting(JsonNode::asText).doesNotContain("group-ops");

    // region-ops submits, then returns it: nothing on the project
    JsonNode first = http.post("ops.south", path, request(planned.plusDays(61))).json();
    assertThat(first.get("result").asText()).isEqualTo("OK");
    completeTask("ops.south", HandoverProcess.businessKey(fresh.code(), first.get("id").asLong()),
        Map.of(HandoverProcess.REVIEW, "RETURNED", HandoverProcess.REVIEW_COMMENT, "请附预售许可证复印件"));
    JsonNode returned = http.get(fresh.office(), path).json();
    assertThat(returned.get("current").path("contractHandoverDate").isTextual()).as("no date").isFalse();
    assertThat(returned.get("reviews").get(0).get("status").asText()).isEqualTo("RETURNED");
    assertThat(returned.get("reviews").get(0).get("comment").asText()).isEqualTo("请附预售许可证复印件");

    JsonNode second = http.post(fresh.office(), path, request(planned.plusDays(61))).json();
    completeTask("ops.south", HandoverProcess.businessKey(fresh.code(), second.get("id").asLong()),
        Map.of(HandoverProcess.REVIEW, "APPROVED"));
    assertThat(http.get(fresh.office(), path).json().get("current").get("colour").asText()).isEqualTo("GREEN");

    Http.Response started = http.post(fresh.office(), "/api/v1/projects/" + fresh.code() + "/plan-adjustments",
        adjustment);
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    assertThat(started.json().get("approverChain")).extracting(JsonNode::asText).contains("group-ops");
    assertThat((String) runtime.getVariable(started.json().get("processInstanceId").asText(),
        PlanAdjustmentProcess.APPROVER_CHAIN)).as("the process's own evaluation").contains("group-ops");
  }

  @Test
  void badInputIsRefusedNamingTheField() {
    String path = "/api/v1/projects/GZ01/handover-date-reviews";
    int before = http.get("office.gz01", path).json().get("reviews").size(); // the demo's approved review
    LocalDate planned = planned("office.gz01", "GZ01");
    assertThat(field(http.post("office.gz01", path, request(planned.minusDays(1))))).isEqualTo("contractHandoverDate");
    assertThat(field(http.post("office.gz01", path, request(null)))).isEqualTo("contractHandoverDate");
    Map<String, Object> badDate = request(null);
    badDate.put("contractHandoverDate", "2027-02-30");
    assertThat(field(http.post("office.gz01", path, badDate))).isEqualTo("contractHandoverDate");
    Map<String, Object> lateDecoration = request(planned.plusDays(90));
    lateDecoration.put("decorationContractor", "广州精装工程有限公司");
    lateDecoration.put("decorationCompletionDate", planned.plusDays(91).toString());
    assertThat(field(http.post("office.gz01", path, lateDecoration))).isEqualTo("decorationCompletionDate");
    Map<String, Object> pastDecoration = request(planned.plusDays(90));
    pastDecoration.put("decorationContractor", "广州精装工程有限公司");
    pastDecoration.put("decorationCompletionDate", TODAY.minusDays(1).toString());
    assertThat(field(http.post("office.gz01", path, pastDecoration))).isEqualTo("decorationCompletionDate");
    Map<String, Object> longNote = request(planned.plusDays(90));
    longNote.put("note", "长".repeat(HandoverService.MAX_NOTE + 1));
    assertThat(field(http.post("office.gz01", path, longNote))).isEqualTo("note");
    assertThat(field(http.post("office.gz01", path, null))).isEqualTo("body");
    assertThat(http.get("office.gz01", path).json().get("reviews")).as("nothing written").hasSize(before);
    assertThat(http.post("ops.south", "/api/v1/projects/NOSUCH/handover-date-reviews", request(planned)).status())
        .isEqualTo(404);
    Http.Response overEngineRest = http.post("ops.south", "/engine-rest/process-definition/key/handover-date-review/start",
        Map.of("variables", Map.of("projectCode", Map.of("value", "GZ01", "type", "String"))));
    assertThat(overEngineRest.status()).as(overEngineRest.toString()).isEqualTo(403);
  }
}
