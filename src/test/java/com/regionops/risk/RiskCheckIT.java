package com.regionops.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.support.Http;
import com.regionops.support.PdfText;
import com.regionops.support.RegionOpsIT;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A biweekly check of SOUTH over the demo plans, driven over HTTP by the demo users. */
@RegionOpsIT
class RiskCheckIT {

  /** A period of this test only, so other tests' checks of today do not meet it. */
  static final LocalDate PERIOD = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);

  @LocalServerPort
  int port;

  @Autowired
  ManagementService management;

  @Autowired
  RuntimeService runtime;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void regionOpsChecksSouthAndGz01sLateNodesGetCorrectionsThatTheOfficeWorksOn() {
    Http.Response started = http.post("ops.south", "/api/v1/risk/checks",
        Map.of("regionCode", "SOUTH", "periodDate", PERIOD.toString()));
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    String instance = started.json().get("processInstanceId").asText();
    // grading runs as a job; the job executor is off in tests
    Job grading = management.createJobQuery().processInstanceId(instance).singleResult();
    management.executeJob(grading.getId());

    JsonNode report = http.get("ops.south", "/api/v1/risk/checks/" + PERIOD + "?regionCode=SOUTH").json();
    assertThat(report.get("check").get("nodesGraded").asInt()).isPositive();
    assertThat(report.get("countsByProject").has("GZ01")).isTrue();
    assertThat(report.get("redAndOrange")).isNotEmpty();

    // 审阅双周通报 files the report as a PDF of the region
    JsonNode reviewReport = http.get("ops.south", "/engine-rest/task?processInstanceId=" + instance
        + "&taskDefinitionKey=UserTask_ReviewReport").json();
    assertThat(http.post("ops.south", "/engine-rest/task/" + reviewReport.get(0).get("id").asText() + "/complete",
        Map.of()).status()).isEqualTo(204);
    JsonNode reports = http.get("president.south", "/api/v1/regions/SOUTH/documents?kind=REPORT").json();
    JsonNode filed = null;
    for (JsonNode r : reports) {
      filed = r.get("fileName").asText().equals("双周通报-华南区域-" + PERIOD + ".pdf") ? r : filed;
    }
    assertThat(filed).as("report of %s among %s", PERIOD, reports).isNotNull();
    String pdf = PdfText.compact(http.bytes("president.south", "/api/v1/documents/" + filed.get("id").asText() + "/content"));
    JsonNode firstSerious = report.get("redAndOrange").get(0);
    assertThat(pdf).contains("华南区域双周计划检查通报（" + PERIOD + "）")
        .contains("共评定未完成节点" + report.get("check").get("nodesGraded").asInt() + "个")
        .contains("红/橙节点清单（" + report.get("redAndOrange").size() + "个）")
        .contains(firstSerious.get("nodeCode").asText() + firstSerious.get("nodeName").asText().replaceAll("\\s+", ""))
        .contains("较上期变化");
    assertThat(http.get("office.gz01", "/api/v1/regions/SOUTH/documents").status()).isEqualTo(404);
    assertThat(http.get("ops.east", "/api/v1/regions/SOUTH/documents").status()).isEqualTo(404);
    JsonNode gz01Risk = http.get("office.gz01", "/api/v1/projects/GZ01/risk").json();
    assertThat(gz01Risk).isNotEmpty().allSatisfy(r -> assertThat(r.get("projectCode").asText()).isEqualTo("GZ01"));
    long gz01Serious = 0;
    for (JsonNode r : gz01Risk) {
      gz01Serious += r.get("grade").asText().matches("RED|ORANGE") ? 1 : 0;
    }
    assertThat(gz01Serious).as("the demo plan of GZ01 has late nodes").isPositive();

    JsonNode tasks = http.get("office.gz01", "/engine-rest/task?processDefinitionKey=risk-correction"
        + "&taskDefinitionKey=UserTask_PlanCorrection&processInstanceBusinessKeyLike=GZ01%25").json();
    assertThat(tasks.size()).isGreaterThanOrEqualTo((int) Math.min(gz01Serious, 1));
    assertThat(http.get("office.gz02", "/engine-rest/task?processDefinitionKey=risk-correction"
        + "&processInstanceBusinessKeyLike=GZ01%25").json()).isEmpty();
    Http.Response done = http.post("office.gz01", "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
        Map.of("variables", Map.of("cause", Map.of("value", "总包劳动力不足"),
            "measures", Map.of("value", "增加两个班组并周末加班，两周内追回进度"),
            "forecastFinish", Map.of("value", PERIOD.plusDays(30).toString()),
            "needsAdjustment", Map.of("value", false))));
    assertThat(done.status()).as(done.toString()).isEqualTo(204);

    JsonNode review = http.get("ops.south", "/engine-rest/task?processInstanceId="
        + tasks.get(0).get("processInstanceId").asText()).json();
    assertThat(review).isNotEmpty();
    assertThat(review.get(0).get("taskDefinitionKey").asText()).isEqualTo("UserTask_ReviewCorrection");
  }

  @Test
  void otherRegionsAndOfficesSeeNothingOfSouth() {
    assertThat(http.get("ops.east", "/api/v1/risk/checks").json())
        .noneMatch(c -> c.get("regionCode").asText().equals("SOUTH"));
    assertThat(http.get("ops.east", "/api/v1/risk/checks/" + PERIOD + "?regionCode=SOUTH").status()).isEqualTo(404);
    assertThat(http.get("ops.east", "/api/v1/projects/GZ01/risk").status()).isEqualTo(404);
    assertThat(http.post("office.gz01", "/api/v1/risk/checks", Map.of("regionCode", "SOUTH")).status()).isEqualTo(403);
    assertThat(http.post("ops.east", "/api/v1/risk/checks", Map.of("regionCode", "SOUTH")).status()).isEqualTo(404);
  }
}
