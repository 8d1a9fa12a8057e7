package com.regionops.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.platform.engine.EngineTime;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 巡检 over HTTP as the demo users: arranged by region-ops, reported by the lead, put right by the office. */
@RegionOpsIT
class InspectionApiIT {

  @LocalServerPort
  int port;

  @Autowired
  ManagementService management;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  static Map<String, Object> request(String plannedDate) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PROGRESS");
    body.put("plannedDate", plannedDate);
    body.put("stayDays", 1);
    body.put("leadInspector", "engineering.south");
    body.put("inspectors", List.of("design.south"));
    body.put("reason", "连续两次检查出现红色节点");
    return body;
  }



  /** A GZ01 node that is not done and has no 纠偏 open: the serious finding will open one. */
  String nodeWithoutCorrection() {
    for (JsonNode n : http.get("ops.south", "/api/v1/projects/GZ01/plan-nodes").json()) {
      if (!n.get("completed").asBoolean()) {
        JsonNode drill = http.get("ops.south", "/api/v1/board/nodes/GZ01/" + n.get("nodeCode").asText()).json();
        if (!drill.hasNonNull("correction")) {
          return n.get("nodeCode").asText();
        }
      }
    }
    throw new AssertionError("GZ01 has no open node without a correction");
  }

  @Test
  void regionOpsArrangesTheLeadReportsAndTheOfficePutsItRight() {
    String today = EngineTime.today().toString();
    Http.Response arranged = http.post("ops.south", "/api/v1/projects/GZ01/inspections", request(today));
    assertThat(arranged.status()).as(arranged.toString()).isEqualTo(201);
    long id = arranged.json().get("id").asLong();
    assertThat(arranged.json().get("status").asText()).isEqualTo("PLANNED");
    String businessKey = "GZ01:INSPECTION:" + id;
    assertThat(http.tasks("engineering.south", businessKey)).as("before the day's timer").isEmpty();

    String instance = arranged.json().get("processInstanceId").asText();
    assertThat(instance).isNotBlank();
    for (Job job : management.createJobQuery().activityId(InspectionProcess.TIMER_INSPECTION_DAY)
        .processInstanceId(instance).list()) {
      management.executeJob(job.getId());
    }
    JsonNode record = http.tasks("engineering.south", businessKey);
    assertThat(record).hasSize(1);
    assertThat(record.get(0).get("name").asText()).startsWith("登记巡检发现");
    String taskId = record.get(0).get("id").asText();

    String node = nodeWithoutCorrection();
    Map<String, Object> report = new HashMap<>();
    report.put("reportSummary", "主体结构施工进度滞后，资料管理需加强。");
    report.put("finding1Description", "节点 " + node + " 预计延误");
    report.put("finding1Category", "SCHEDULE");
    report.put("finding1NodeCode", node);
    report.put("finding1Recommendation", "增加班组并每周报送进度");
    report.put("finding2Description", "样板间验收资料不全");
    report.put("finding2Category", "RECORDS");
    report.put("finding2Severity", "GENERAL");
    report.put("finding2Recommendation", "补齐验收记录并归档");
    Http.Response noSeverity = http.post("engineering.south", "/engine-rest/task/" + taskId + "/complete",
        Http.completion(report));
    assertThat(noSeverity.status()).as(noSeverity.toString()).isEqualTo(400);
    assertThat(noSeverity.json().get("field").asText()).isEqualTo("finding1Severity");
    assertThat(http.get("ops.south", "/api/v1/projects/GZ01/findings").json())
        .noneMatch(f -> f.get("inspectionId").asLong() == id);

    report.put("finding1Severity", "SERIOUS");
    Http.Response done = http.post("engineering.south", "/engine-rest/task/" + taskId + "/complete", Http.completion(report));
    assertThat(done.status()).as(done.toString()).isEqualTo(204);

    JsonNode findings = http.get("office.gz01", "/api/v1/projects/GZ01/findings?status=OPEN").json();
    List<JsonNode> mine = new java.util.ArrayList<>();
    findings.forEach(f -> {
      if (f.get("inspectionId").asLong() == id) {
        mine.add(f);
      }
    });
    assertThat(mine).extracting(f -> f.get("severityName").asText() + "/" + f.get("dueDate").asText())
        .containsExactly("严重/" + LocalDate.parse(today).plusDays(7), "一般/" + LocalDate.parse(today).plusDays(30));
    assertThat(mine.get(0).get("nodeCode").asText()).isEqualTo(node);
    assertThat(http.get("ops.south", "/api/v1/board/nodes/GZ01/" + node).json().hasNonNull("correction"))
        .as("the serious finding opened a 纠偏 for its node").isTrue();
    JsonNode inspection = http.get("ops.south", "/api/v1/projects/GZ01/inspections").json();
    JsonNode reported = null;
    for (JsonNode i : inspection) {
      reported = i.get("id").asLong() == id ? i : reported;
    }
    assertThat(reported.get("status").asText()).isEqualTo("RECTIFYING");
    long meetingId = reported.get("meetingId").asLong();
    JsonNode archive = http.get("ops.south", "/api/v1/projects/GZ01/archive").json();
    boolean filed = false;
    for (JsonNode m : archive.get("meetings")) {
      if (m.get("id").asText().equals(String.valueOf(meetingId))) {
        filed = m.get("documents").findValuesAsText("fileName").stream().anyMatch(n -> n.startsWith("巡检报告-GZ01-"));
      }
    }
    assertThat(filed).as("the 巡检报告 PDF is in the project's archive").isTrue();

    // the office puts the general one right; its lead inspector verifies it
    JsonNode carryOut = http.tasks("office.gz01", businessKey);
    assertThat(carryOut).hasSize(2);
    JsonNode general = null;
    for (JsonNode t : carryOut) {
      general = t.get("name").asText().contains("样板间验收资料不全") ? t : general;
    }
    assertThat(general).isNotNull();
    assertThat(http.post("office.gz01", "/engine-rest/task/" + general.get("id").asText() + "/complete",
        Http.completion(Map.of("evidence", "验收记录已补齐，见附件", "completedOn", today))).status()).isEqualTo(204);
    JsonNode verify = http.tasks("engineering.south", businessKey);
    assertThat(verify).hasSize(1);
    assertThat(verify.get(0).get("assignee").asText()).isEqualTo("engineering.south");
    assertThat(http.post("engineering.south", "/engine-rest/task/" + verify.get(0).get("id").asText() + "/complete",
        Http.completion(Map.of("decisionReview", "APPROVED"))).status()).isEqualTo(204);
    assertThat(http.get("office.gz01", "/api/v1/projects/GZ01/findings?status=VERIFIED").json())
        .anyMatch(f -> f.get("inspectionId").asLong() == id && f.get("severity").asText().equals("GENERAL"));
  }

  @Test
  void onlyRegionOpsArrangesAndBadInputIsRefusedNamingTheField() {
    String today = EngineTime.today().toString();
    int before = http.get("ops.south", "/api/v1/projects/GZ01/inspections").json().size();
    assertThat(http.post("president.south", "/api/v1/projects/GZ01/inspections", request(today)).status()).isEqualTo(403);
    assertThat(http.post("office.gz01", "/api/v1/projects/GZ01/inspections", request(today)).status()).isEqualTo(403);
    assertThat(http.post("ops.east", "/api/v1/projects/GZ01/inspections", request(today)).status()).isEqualTo(404);
    assertThat(http.get("office.gz02", "/api/v1/projects/GZ01/inspections").status()).isEqualTo(404);
    assertThat(http.get("office.gz01", "/api/v1/projects/GZ01/inspections").status()).isEqualTo(200);

    Map<String, Map<String, Object>> bad = new java.util.LinkedHashMap<>();
    bad.put("plannedDate", new HashMap<>(request(EngineTime.today().minusDays(1).toString())));
    Map<String, Object> kind = new HashMap<>(request(today));
    kind.put("kind", "WALKABOUT");
    bad.put("kind", kind);
    Map<String, Object> stay = new HashMap<>(request(today));
    stay.put("stayDays", 31);
    bad.put("stayDays", stay);
    Map<String, Object> lead = new HashMap<>(request(today));
    lead.put("leadInspector", "engineering.east");
    bad.put("leadInspector", lead);
    Map<String, Object> inspectors = new HashMap<>(request(today));
    inspectors.put("inspectors", List.of("nobody"));
    bad.put("inspectors", inspectors);
    bad.forEach((field, body) -> {
      Http.Response refused = http.post("ops.south", "/api/v1/projects/GZ01/inspections", body);
      assertThat(refused.status()).as(field + ": " + refused).isEqualTo(400);
      assertThat(refused.json().get("field").asText()).isEqualTo(field);
    });
    assertThat(http.get("ops.south", "/api/v1/projects/GZ01/inspections").json()).as("nothing half-written")
        .hasSize(before);
    Http.Response status = http.get("ops.south", "/api/v1/projects/GZ01/findings?status=LOST");
    assertThat(status.status()).isEqualTo(400);
    assertThat(status.json().get("field").asText()).isEqualTo("status");
  }
  @Test
  void theQuartersPlanIsProposedEditedApprovedAndBecomesInspections() {
    LocalDate today = EngineTime.today();
    LocalDate nextQuarter = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).plusMonths(3);
    String quarter = InspectionPlanService.quarterOf(nextQuarter);
    assertThat(http.post("president.south", "/api/v1/regions/SOUTH/inspection-plans", Map.of("quarter", quarter))
        .status()).isEqualTo(403);
    assertThat(http.post("office.gz01", "/api/v1/regions/SOUTH/inspection-plans", Map.of("quarter", quarter))
        .status()).isEqualTo(404);
    Http.Response badQuarter = http.post("ops.south", "/api/v1/regions/SOUTH/inspection-plans", Map.of("quarter", "2027-Q5"));
    assertThat(badQuarter.status()).isEqualTo(400);
    assertThat(badQuarter.json().get("field").asText()).isEqualTo("quarter");

    Http.Response started = http.post("ops.south", "/api/v1/regions/SOUTH/inspection-plans", Map.of("quarter", quarter));
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    long planId = started.json().get("planId").asLong();
    Http.Response again = http.post("ops.south", "/api/v1/regions/SOUTH/inspection-plans", Map.of("quarter", quarter));
    assertThat(again.status()).as("one plan a quarter").isEqualTo(409);
    assertThat(again.json().get("field").asText()).isEqualTo("quarter");

    JsonNode plan = planOf(planId);
    JsonNode items = plan.get("items");
    assertThat(items).as("the demo's red and orange nodes give the DMN reasons").isNotEmpty();
    assertThat(items.get(0).get("proposed").asBoolean()).isTrue();
    assertThat(items.get(0).get("reason").asText()).isNotBlank();

    String businessKey = started.json().get("businessKey").asText();
    JsonNode edit = http.tasks("ops.south", businessKey);
    assertThat(edit).hasSize(1);
    assertThat(edit.get(0).get("name").asText()).startsWith("编制巡检计划");
    Map<String, Object> rows = new HashMap<>();
    for (int n = 1; n <= items.size(); n++) {
      JsonNode row = items.get(n - 1);
      rows.put("item" + n + "Project", row.get("projectCode").asText());
      rows.put("item" + n + "Reason", row.get("reason").asText());
      rows.put("item" + n + "Include", n == 1);
      rows.put("item" + n + "Kind", row.get("kind").asText());
      rows.put("item" + n + "Date", row.get("plannedDate").asText());
      rows.put("item" + n + "StayDays", row.get("stayDays").asLong());
      rows.put("item" + n + "Lead", "engineering.south");
    }
    Http.Response edited = http.post("ops.south", "/engine-rest/task/" + edit.get(0).get("id").asText() + "/complete",
        Http.completion(rows));
    assertThat(edited.status()).as(edited.toString()).isEqualTo(204);
    JsonNode approve = http.tasks("president.south", businessKey);
    assertThat(approve).hasSize(1);
    assertThat(http.post("president.south", "/engine-rest/task/" + approve.get(0).get("id").asText() + "/complete",
        Http.completion(Map.of("planReview", "APPROVED"))).status()).isEqualTo(204);

    JsonNode approved = planOf(planId);
    assertThat(approved.get("plan").get("status").asText()).isEqualTo("APPROVED");
    assertThat(approved.get("plan").get("approvedBy").asText()).isEqualTo("president.south");
    JsonNode first = approved.get("items").get(0);
    assertThat(first.get("inspectionId").isNumber()).as("the included row is an inspection now").isTrue();
    for (int n = 1; n < approved.get("items").size(); n++) {
      assertThat(approved.get("items").get(n).hasNonNull("inspectionId")).as("left out").isFalse();
    }
    boolean arranged = false;
    for (JsonNode i : http.get("ops.south", "/api/v1/projects/" + first.get("projectCode").asText() + "/inspections")
        .json()) {
      arranged |= i.get("id").asLong() == first.get("inspectionId").asLong() && i.get("planId").asLong() == planId
          && i.get("status").asText().equals("PLANNED") && i.hasNonNull("processInstanceId");
    }
    assertThat(arranged).as("planned, with its process waiting for its day").isTrue();
    assertThat(http.get("office.gz01", "/api/v1/regions/SOUTH/inspection-plans").status()).isEqualTo(404);
    assertThat(http.get("ops.east", "/api/v1/regions/SOUTH/inspection-plans").status()).isEqualTo(404);
  }

  JsonNode planOf(long planId) {
    for (JsonNode p : http.get("president.south", "/api/v1/regions/SOUTH/inspection-plans").json()) {
      if (p.get("plan").get("id").asLong() == planId) {
        return p;
      }
    }
    throw new AssertionError("no plan " + planId);
  }
}
