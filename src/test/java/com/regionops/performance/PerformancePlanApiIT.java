package com.regionops.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.platform.engine.EngineTime;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 三/五年业绩规划 over HTTP as the demo users: region-ops of the region submits, the refusals name the field, the
 * functions, the president and group-ops approve through Tasklist's REST, each only in their own region; the approved
 * plan shows against the actuals and beside the year's target decomposition.
 */
@RegionOpsIT
class PerformancePlanApiIT {

  static final String PATH = "/api/v1/regions/SOUTH/performance-plans";

  @LocalServerPort
  int port;

  Http http;
  final int year = EngineTime.today().getYear();

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  /** This year .. +2: sales 100,000 / 110,000 (the group's 98,000 / 112,000), 回款 and net profit. */
  Map<String, Object> plan(Object badYear) {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (int y = year; y < year + 3; y++) {
      Map<String, Object> sales = new LinkedHashMap<>();
      sales.put("year", y);
      sales.put("metric", "SALES");
      sales.put("groupFloor", "98000.00");
      sales.put("groupControl", "112000.00");
      sales.put("floor", "100000.00");
      sales.put("control", "110000.00");
      lines.add(sales);
      lines.add(Map.of("year", y == year + 1 && badYear != null ? badYear : y, "metric", "NET_PROFIT",
          "floor", "-500.00", "control", "8000.00"));
      lines.add(Map.of("year", y, "metric", "COLLECTION", "floor", "90000", "control", "99000"));
    }
    return Map.of("startYear", year, "horizon", 3, "lines", lines);
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

  void completeOnly(String user, String businessKey, Map<String, Object> body) {
    JsonNode tasks = tasks(user, businessKey);
    assertThat(tasks).as(user + " sees one task of " + businessKey).hasSize(1);
    Http.Response done = http.post(user, "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete", body);
    assertThat(done.status()).as(user + ": " + done).isEqualTo(204);
  }

  /** Nulls are left out of our JSON. */
  static boolean absent(JsonNode node, String name) {
    return node.path(name).isMissingNode() || node.path(name).isNull();
  }

  String field(Http.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    return response.json().get("field").asText();
  }

  @Test
  void regionOpsSubmitsTheFunctionsPresidentAndGroupOpsApproveAndThePlanIsFrozen() {
    int before = http.get("ops.south", PATH).json().size();

    assertThat(field(http.post("ops.south", PATH, plan(year + 3)))).isEqualTo("lines[4].year");
    assertThat(field(http.post("ops.south", PATH, Map.of("startYear", year - 1, "horizon", 3, "lines", List.of()))))
        .isEqualTo("startYear");
    assertThat(field(http.post("ops.south", PATH, Map.of("startYear", year, "horizon", 4, "lines", List.of()))))
        .isEqualTo("horizon");
    assertThat(http.get("ops.south", PATH).json()).as("nothing written").hasSize(before);
    assertThat(http.post("office.gz01", PATH, plan(null)).status()).as("a project office").isEqualTo(403);
    assertThat(http.post("president.south", PATH, plan(null)).status()).as("the president").isEqualTo(403);
    assertThat(http.post("ops.east", PATH, plan(null)).status()).as("another region").isEqualTo(404);
    assertThat(http.get("ops.east", PATH).status()).as("another region's plans").isEqualTo(404);
    assertThat(http.post("admin", "/engine-rest/process-definition/key/performance-plan/start",
        variables("regionCode", "SOUTH", "planId", 1)).status()).as("no start around the API").isEqualTo(403);

    Http.Response submitted = http.post("ops.south", PATH, plan(null));
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    assertThat(submitted.json().get("plan").get("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(submitted.json().get("lines")).hasSize(9);
    int versionNo = submitted.json().get("plan").get("versionNo").asInt();
    assertThat(http.post("ops.south", PATH, plan(null)).status()).as("one in review").isEqualTo(409);
    String key = "SOUTH:PLAN:v" + versionNo;

    assertThat(tasks("marketing.east", key)).as("another region's function").isEmpty();
    assertThat(tasks("marketing.south", key).get(0).get("name").asText()).startsWith("审核送审方案 · SOUTH");
    completeOnly("marketing.south", key, variables("functionReview", "COMMENTED", "functionReviewComment",
        "第二年销售控制目标偏高"));
    completeOnly("finance.south", key, variables("functionReview", "APPROVED"));
    completeOnly("investment.south", key, variables("functionReview", "APPROVED"));
    assertThat(tasks("president.east", key)).isEmpty();
    assertThat(tasks("groupops", key)).as("group-ops after the president").isEmpty();
    JsonNode approval = tasks("president.south", key).get(0);
    Http.Response noReason = http.post("president.south", "/engine-rest/task/" + approval.get("id").asText()
        + "/complete", variables("presidentDecision", "RETURNED"));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.raw()).contains("presidentComment");
    completeOnly("president.south", key, variables("presidentDecision", "APPROVED"));
    completeOnly("groupops", key, variables("groupDecision", "APPROVED"));

    JsonNode versions = http.get("president.south", PATH).json();
    assertThat(versions.get(0).get("plan").get("versionNo").asInt()).isEqualTo(versionNo);
    assertThat(versions.get(0).get("plan").get("status").asText()).isEqualTo("APPROVED");
    assertThat(versions.get(0).get("opinions")).hasSize(5);
    for (JsonNode older : versions) {
      if (older.get("plan").get("versionNo").asInt() != versionNo) {
        assertThat(older.get("plan").get("status").asText()).isNotEqualTo("APPROVED");
      }
    }

    JsonNode current = http.get("marketing.south", PATH + "/current").json();
    assertThat(current.get("plan").get("versionNo").asInt()).isEqualTo(versionNo);
    JsonNode thisYearSales = null;
    for (JsonNode row : current.get("years")) {
      if (row.get("year").asInt() == year && "SALES".equals(row.get("metric").asText())) {
        thisYearSales = row;
      }
      if (row.get("year").asInt() > year) {
        assertThat(absent(row, "actual")).as("no actual for a year not begun").isTrue();
      }
    }
    assertThat(thisYearSales.get("floor").decimalValue()).isEqualByComparingTo("100000.00");
    assertThat(thisYearSales.get("groupControl").decimalValue()).isEqualByComparingTo("112000.00");
    assertThat(absent(thisYearSales, "actual")).as("this year's actuals so far").isFalse();
    JsonNode thisYearCollection = null;
    for (JsonNode row : current.get("years")) {
      thisYearCollection = row.get("year").asInt() == year && "COLLECTION".equals(row.get("metric").asText())
          ? row : thisYearCollection;
    }
    assertThat(thisYearCollection.get("floor").decimalValue()).isEqualByComparingTo("90000.00");
    assertThat(absent(thisYearCollection, "actual")).as("回款's actuals so far, as sales'").isFalse();
    assertThat(http.get("ops.east", PATH + "/current").status()).isEqualTo(404);

    // the year's approved decomposition, beside the plan: total − 保底 and total − 控制 per metric
    JsonNode decompositions = http.get("ops.south", "/api/v1/regions/SOUTH/target-decompositions?year=" + year).json();
    Integer approvedNo = null;
    for (JsonNode v : decompositions) {
      if ("APPROVED".equals(v.get("status").asText())) {
        approvedNo = v.get("versionNo").asInt();
      }
    }
    if (approvedNo != null) {
      JsonNode view = http.get("ops.south", "/api/v1/regions/SOUTH/target-decompositions/" + year + "/" + approvedNo)
          .json();
      JsonNode sales = null;
      JsonNode supply = null;
      JsonNode collection = null;
      for (JsonNode gap : view.get("planGaps")) {
        sales = "SALES".equals(gap.get("metric").asText()) ? gap : sales;
        supply = "SUPPLY".equals(gap.get("metric").asText()) ? gap : supply;
        collection = "COLLECTION".equals(gap.get("metric").asText()) ? gap : collection;
      }
      java.math.BigDecimal total = view.get("regionTargets").get("SALES").decimalValue();
      assertThat(sales.get("floor").decimalValue()).isEqualByComparingTo("100000.00");
      assertThat(sales.get("fromFloor").decimalValue()).isEqualByComparingTo(total.subtract(
          new java.math.BigDecimal("100000.00")));
      assertThat(sales.get("fromControl").decimalValue()).isEqualByComparingTo(total.subtract(
          new java.math.BigDecimal("110000.00")));
      assertThat(absent(supply, "floor")).as("the plan has no 供货 line").isTrue();
      // 回款 is decomposed (the demo's split has it) and planned (90,000 / 99,000): its gap as sales' is
      java.math.BigDecimal collected = view.get("regionTargets").get("COLLECTION").decimalValue();
      assertThat(collection).as("回款's gap").isNotNull();
      assertThat(collection.get("label").asText()).isEqualTo("回款");
      assertThat(collection.get("decomposition").decimalValue()).isEqualByComparingTo(collected);
      assertThat(collection.get("planVersionNo").asInt()).isEqualTo(versionNo);
      assertThat(collection.get("floor").decimalValue()).isEqualByComparingTo("90000.00");
      assertThat(collection.get("fromFloor").decimalValue()).isEqualByComparingTo(collected.subtract(
          new java.math.BigDecimal("90000.00")));
      assertThat(collection.get("fromControl").decimalValue()).isEqualByComparingTo(collected.subtract(
          new java.math.BigDecimal("99000.00")));
    }
  }

  @Test
  void aPlanReturnedByGroupOpsEndsWithItsCommentAndANewVersionMayFollow() {
    Map<String, Object> body = Map.of("startYear", year + 1, "horizon", 3, "lines", List.of(
        Map.of("year", year + 1, "metric", "SALES", "floor", 1, "control", 2),
        Map.of("year", year + 2, "metric", "SALES", "floor", 1, "control", 2),
        Map.of("year", year + 3, "metric", "SALES", "floor", 1, "control", 2)));
    Http.Response submitted = http.post("ops.east", "/api/v1/regions/EAST/performance-plans", body);
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    String key = "EAST:PLAN:v" + submitted.json().get("plan").get("versionNo").asInt();
    for (String user : List.of("marketing.east", "finance.east", "investment.east")) {
      completeOnly(user, key, variables("functionReview", "APPROVED"));
    }
    assertThat(tasks("president.south", key)).isEmpty();
    completeOnly("president.east", key, variables("presidentDecision", "APPROVED"));
    completeOnly("groupops", key, variables("groupDecision", "RETURNED", "groupComment", "销售目标低于集团下达"));

    JsonNode latest = http.get("ops.east", "/api/v1/regions/EAST/performance-plans").json().get(0);
    assertThat(latest.get("plan").get("status").asText()).isEqualTo("RETURNED");
    assertThat(latest.get("plan").get("decisionComment").asText()).isEqualTo("销售目标低于集团下达");
  }
}
