package com.regionops.operating;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Targets decomposed and approved, actuals and grades, and a quarterly review of SOUTH, over HTTP as the demo users. */
@RegionOpsIT
class OperatingManagementIT {

  @org.springframework.beans.factory.annotation.Autowired
  TargetService targets;

  @LocalServerPort
  int port;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  static Map<String, Object> variables(Object... pairs) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      variables.put((String) pairs[i], Map.of("value", pairs[i + 1]));
    }
    return Map.of("variables", variables);
  }

  JsonNode tasks(String user, String businessKey) {
    return http.get(user, "/engine-rest/task?processInstanceBusinessKey="
        + URLEncoder.encode(businessKey, StandardCharsets.UTF_8)).json();
  }

  void complete(String user, JsonNode task, Map<String, Object> body) {
    Http.Response done = http.post(user, "/engine-rest/task/" + task.get("id").asText() + "/complete", body);
    assertThat(done.status()).as(user + " completes " + task.get("name").asText() + ": " + done).isEqualTo(204);
  }

  JsonNode only(String user, String businessKey) {
    JsonNode tasks = tasks(user, businessKey);
    assertThat(tasks).as(user + " sees one task of " + businessKey).hasSize(1);
    return tasks.get(0);
  }

  /** GZ01 and GZ02 split the region's year; each metric 1,200.00 for GZ01 and 600.00 for GZ02. */
  Map<String, Object> draft(int year, String salesTarget) {
    Map<String, Object> region = new LinkedHashMap<>();
    List<Map<String, Object>> lines = new ArrayList<>();
    for (Metric metric : Metric.values()) {
      region.put(metric.name(), metric == Metric.SALES ? salesTarget : "1800.00");
      lines.add(Map.of("projectCode", "GZ01", "metric", metric.name(), "monthly", Collections.nCopies(12, "100.00")));
      lines.add(Map.of("projectCode", "GZ02", "metric", metric.name(), "monthly", Collections.nCopies(12, "50.00")));
    }
    return Map.of("year", year, "regionTargets", region, "projects", lines);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> castMap(Object map) {
    return (Map<String, Object>) map;
  }

  @Test
  void regionOpsDecomposesTheYearTheFunctionsAndPresidentApproveAndOfficesReportActuals() {
    int year = LocalDate.now().getYear();
    // this year's split is the demo's (approved in January): the next year's is decomposed ahead
    int planYear = year + 1;
    String path = "/api/v1/regions/SOUTH/target-decompositions";

    Http.Response mismatch = http.post("ops.south", path, draft(planYear, "1800.01"));
    assertThat(mismatch.status()).isEqualTo(400);
    assertThat(mismatch.contentType()).startsWith("application/problem+json");
    assertThat(mismatch.raw()).contains("regionTargets.SALES").contains("相差 -0.01 万元");
    assertThat(http.get("ops.south", path + "?year=" + planYear).json()).as("nothing written").isEmpty();
    // a draft as the six metrics were, without 回款
    Map<String, Object> withoutCollection = new LinkedHashMap<>(draft(planYear, "1800.00"));
    Map<String, Object> sixTargets = new LinkedHashMap<>(castMap(withoutCollection.get("regionTargets")));
    sixTargets.remove("COLLECTION");
    withoutCollection.put("regionTargets", sixTargets);
    withoutCollection.put("projects", ((List<?>) withoutCollection.get("projects")).stream()
        .filter(l -> !"COLLECTION".equals(castMap(l).get("metric"))).toList());
    Http.Response noCollection = http.post("ops.south", path, withoutCollection);
    assertThat(noCollection.status()).as(noCollection.toString()).isEqualTo(400);
    assertThat(noCollection.contentType()).startsWith("application/problem+json");
    assertThat(noCollection.json().get("field").asText()).isEqualTo("regionTargets.COLLECTION");
    assertThat(http.post("office.gz01", path, draft(planYear, "1800.00")).status()).isEqualTo(403);
    assertThat(http.post("ops.east", path, draft(planYear, "1800.00")).status()).isEqualTo(404);

    Http.Response submitted = http.post("ops.south", path, draft(planYear, "1800.00"));
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    assertThat(submitted.json().get("versionNo").asInt()).isEqualTo(1);
    assertThat(http.post("ops.south", path, draft(planYear, "1800.00")).status()).as("one under review").isEqualTo(409);
    String key = "SOUTH:" + planYear + ":v1";

    JsonNode marketing = only("marketing.south", key);
    assertThat(marketing.get("name").asText()).isEqualTo("审核送审方案 · SOUTH · " + planYear + " 年目标分解 v1");
    assertThat(tasks("design.south", key)).as("design reviews no targets").isEmpty();
    Http.Response noComment = http.post("marketing.south", "/engine-rest/task/" + marketing.get("id").asText()
        + "/complete", variables("functionReview", "COMMENTED"));
    assertThat(noComment.status()).isEqualTo(400);
    assertThat(noComment.raw()).contains("functionReviewComment");
    complete("marketing.south", marketing, variables("functionReview", "COMMENTED", "functionReviewComment", "二季度供货偏紧"));
    complete("finance.south", only("finance.south", key), variables("functionReview", "APPROVED"));
    complete("investment.south", only("investment.south", key), variables("functionReview", "APPROVED"));
    JsonNode approval = only("president.south", key);
    assertThat(approval.get("priority").asInt()).isEqualTo(75);
    complete("president.south", approval, variables("decompositionDecision", "APPROVED"));

    JsonNode version = http.get("ops.south", path + "/" + planYear + "/1").json();
    assertThat(version.get("version").get("status").asText()).isEqualTo("APPROVED");
    assertThat(version.get("reviews")).hasSize(3);
    assertThat(version.get("regionTargets").get("SALES").decimalValue()).isEqualByComparingTo("1800.00");
    assertThat(version.get("regionTargets").get("COLLECTION").decimalValue()).isEqualByComparingTo("1800.00");
    assertThat(version.get("rows")).filteredOn(r -> "COLLECTION".equals(r.get("metric").asText())).hasSize(24);

    JsonNode file = http.get("office.gz01", "/api/v1/projects/GZ01/operating-targets?year=" + planYear).json();
    assertThat(file.get("versionNo").asInt()).isEqualTo(1);
    assertThat(file.get("metrics").get(0).get("planTotal").decimalValue()).isEqualByComparingTo("1200.00");
    assertThat(file.get("metrics").get(1).get("label").asText()).as("回款 after 销售").isEqualTo("回款");
    assertThat(file.get("metrics").get(1).get("planTotal").decimalValue()).isEqualByComparingTo("1200.00");
    assertThat(http.get("office.gz01", "/api/v1/projects/GZ02/operating-targets?year=" + planYear).status())
        .as("another project's targets").isEqualTo(404);
    assertThat(http.get("ops.east", path + "?year=" + planYear).status()).as("another region's").isEqualTo(404);

    // actuals of this year against the demo's split; the demo's own January figures are put back afterwards
    Map<String, java.math.BigDecimal> demoJanuary = new HashMap<>();
    targets.actuals("GZ01", year).stream().filter(a -> a.targetMonth() == 1)
        .forEach(a -> demoJanuary.put(a.metric().name(), a.amount()));

    String actuals = "/api/v1/projects/GZ01/operating-actuals/" + year + "/1";
    Http.Response threeDecimals = http.put("office.gz01", actuals, Map.of("SALES", "80.005"));
    assertThat(threeDecimals.status()).isEqualTo(400);
    assertThat(threeDecimals.raw()).contains("SALES");
    assertThat(http.put("office.gz01", "/api/v1/projects/GZ02/operating-actuals/" + year + "/1",
        Map.of("SALES", "1")).status()).isEqualTo(404);
    assertThat(http.put("office.gz01", "/api/v1/projects/GZ01/operating-actuals/" + (year + 1) + "/1",
        Map.of("SALES", "1")).status()).as("a month not begun").isEqualTo(400);
    // 投资 30 % over January's plan, 销售 far under it
    java.math.BigDecimal januaryInvestment = targets.rows(targets.approved("SOUTH", year).id(), "GZ01").stream()
        .filter(r -> r.targetMonth() == 1 && r.metric() == Metric.INVESTMENT).findFirst().orElseThrow().planAmount();
    assertThat(http.put("office.gz01", actuals, Map.of("SALES", "60.00",
        "INVESTMENT", januaryInvestment.multiply(new java.math.BigDecimal("1.3")).setScale(2).toPlainString())).status())
        .isEqualTo(200);

    try {
      JsonNode grades = http.get("ops.south", "/api/v1/regions/SOUTH/target-grades?year=" + year + "&month=1").json();
      assertThat(grades).anySatisfy(g -> {
        assertThat(g.get("projectCode").asText()).isEqualTo("GZ01");
        assertThat(g.get("metric").asText()).isEqualTo("SALES");
        assertThat(g.get("ytdActual").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(g.get("achievementPct").decimalValue()).isEqualByComparingTo(new java.math.BigDecimal("6000")
            .divide(g.get("ytdPlan").decimalValue(), 1, java.math.RoundingMode.HALF_UP));
        assertThat(g.get("grade").asText()).isEqualTo("RED");
      });
      assertThat(grades).anySatisfy(g -> {
        assertThat(g.get("metric").asText()).isEqualTo("INVESTMENT");
        assertThat(g.get("projectCode").asText()).isEqualTo("GZ01");
        assertThat(g.get("grade").asText()).isEqualTo("RED");
      });
    } finally {
      if (!demoJanuary.isEmpty()) {
        assertThat(http.put("office.gz01", actuals, demoJanuary).status()).isEqualTo(200);
      }
    }
  }

  @Test
  void aQuarterlyReviewOfSouthFromTheOfficesSubmissionsToTheLastDecisionVerified() {
    Map<String, Object> request = Map.of("reviewKind", "QUARTERLY", "year", 2026, "quarter", 3);
    assertThat(http.post("office.gz01", "/api/v1/regions/SOUTH/operating-reviews", request).status()).isEqualTo(403);
    Http.Response badQuarter = http.post("ops.south", "/api/v1/regions/SOUTH/operating-reviews",
        Map.of("reviewKind", "QUARTERLY", "year", 2026, "quarter", 5));
    assertThat(badQuarter.status()).isEqualTo(400);
    assertThat(badQuarter.raw()).contains("quarter");
    Http.Response started = http.post("ops.south", "/api/v1/regions/SOUTH/operating-reviews", request);
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    assertThat(http.post("ops.south", "/api/v1/regions/SOUTH/operating-reviews", request).status()).isEqualTo(409);
    String key = started.json().get("businessKey").asText();
    assertThat(key).isEqualTo("SOUTH:2026-Q3");
    long reviewId = started.json().get("review").get("id").asLong();

    JsonNode own = only("office.gz01", key);
    assertThat(own.get("name").asText()).isEqualTo("提交经营分析资料 · GZ01 · 2026 年第三季度经营分析会");
    assertThat(tasks("office.sh01", key)).as("another region's office").isEmpty();
    complete("office.gz01", own, variables("analysisReference", "OA-GZ01-Q3", "analysisSummary", "三季度销售偏慢，四季度加推两栋"));
    complete("office.gz02", only("office.gz02", key), variables("analysisReference", "OA-GZ02-Q3",
        "analysisSummary", "三季度按计划完成，无重大偏差"));
    // Projects other tests created in SOUTH have no demo user: admin submits for them.
    for (JsonNode task : tasks("admin", key)) {
      if ("UserTask_SubmitAnalysis".equals(task.get("taskDefinitionKey").asText())) {
        complete("admin", task, variables("analysisReference", "OA-X", "analysisSummary", "测试项目本期无经营任务"));
      }
    }

    JsonNode pack = only("ops.south", key);
    assertThat(pack.get("taskDefinitionKey").asText()).isEqualTo("UserTask_ReviewPack");
    complete("ops.south", pack, variables("packReference", "OA-SOUTH-2026Q3"));
    LocalDate meetingDay = LocalDate.now().plusDays(3);
    complete("ops.south", only("ops.south", key), variables("meetingTime", meetingDay + "T09:30:00+08:00",
        "meetingLocation", "区域 5 楼会议室", "chairUser", "president.south"));
    complete("ops.south", only("ops.south", key), variables("conclusion", "CONDITIONAL",
        "minutes", "三季度 GZ01 销售偏慢，须制定追赶计划", "decision1Content", "GZ01 制定四季度销售追赶计划",
        "decision1OwnerGroup", "office-GZ01", "decision1DueDate", meetingDay.plusDays(14).toString()));
    complete("president.south", only("president.south", key), variables("minutesReview", "APPROVED"));

    JsonNode decision = only("office.gz01", key);
    assertThat(decision.get("taskDefinitionKey").asText()).isEqualTo("UserTask_CarryOutDecision");
    assertThat(tasks("office.gz02", key)).isEmpty();
    complete("office.gz01", decision, variables("evidence", "追赶计划已发布，文号 YX-2026-88",
        "completedOn", LocalDate.now().toString()));
    complete("ops.south", only("ops.south", key), variables("decisionReview", "APPROVED"));

    JsonNode review = http.get("ops.south", "/api/v1/operating-reviews/" + reviewId).json();
    assertThat(review.get("review").get("status").asText()).isEqualTo("CLOSED");
    assertThat(review.get("review").get("packReference").asText()).isEqualTo("OA-SOUTH-2026Q3");
    assertThat(review.get("submissions")).extracting(s -> s.get("projectCode").asText()).contains("GZ01", "GZ02");
    assertThat(http.get("ops.east", "/api/v1/operating-reviews/" + reviewId).status()).isEqualTo(404);
    assertThat(http.get("ops.east", "/api/v1/regions/SOUTH/operating-reviews").status()).isEqualTo(404);
  }
}
