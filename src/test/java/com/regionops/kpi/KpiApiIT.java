package com.regionops.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The KPI ranking over HTTP as the demo users: each sees the projects of their own tenants only. */
@RegionOpsIT
class KpiApiIT {

  static final List<String> SOUTH = List.of("GZ01", "GZ02", "SZ01");
  static final List<String> EAST = List.of("SH01", "HZ01", "NJ01");
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  static final YearMonth LAST_MONTH = YearMonth.from(TODAY).minusMonths(1);

  @LocalServerPort
  int port;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  JsonNode ranking(String user, String period) {
    Http.Response response = http.get(user, "/api/v1/kpi?period=" + period);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  static List<String> codes(JsonNode report) {
    List<String> codes = new ArrayList<>();
    report.get("projects").forEach(p -> codes.add(p.get("projectCode").asText()));
    return codes;
  }

  @Test
  void aProjectOfficeSeesOnlyItsOwnProject() {
    JsonNode report = ranking("office.gz01", LAST_MONTH.toString());

    assertThat(report.get("period").asText()).isEqualTo(LAST_MONTH.toString());
    assertThat(report.get("kind").asText()).isEqualTo("MONTHLY");
    assertThat(codes(report)).containsExactly("GZ01");
    JsonNode gz01 = report.get("projects").get(0);
    assertThat(gz01.get("rank").asInt()).isEqualTo(1);
    assertThat(gz01.get("regionCode").asText()).isEqualTo("SOUTH");
    assertThat(gz01.get("levels").fieldNames()).toIterable().containsExactly("MILESTONE", "L1", "L2", "L3");
    assertThat(gz01.get("rateText").asText()).matches("\\d+(\\.\\d)?%|无考核节点");
    assertThat(codes(ranking("office.sh01", LAST_MONTH.toString()))).containsExactly("SH01");
  }

  @Test
  void regionUsersSeeTheirRegionAndNoneOfTheOther() {
    JsonNode south = ranking("ops.south", LAST_MONTH.toString());
    JsonNode east = ranking("ops.east", LAST_MONTH.toString());
    JsonNode all = ranking("groupops", LAST_MONTH.toString());

    assertThat(codes(south)).containsAll(SOUTH).doesNotContainAnyElementsOf(EAST);
    assertThat(south.get("projects")).allSatisfy(p -> assertThat(p.get("regionCode").asText()).isEqualTo("SOUTH"));
    assertThat(codes(east)).containsAll(EAST).doesNotContainAnyElementsOf(SOUTH);
    assertThat(east.get("projects")).allSatisfy(p -> assertThat(p.get("regionCode").asText()).isEqualTo("EAST"));
    assertThat(codes(all)).containsAll(SOUTH).containsAll(EAST);
    assertThat(codes(ranking("president.east", LAST_MONTH.toString()))).doesNotContainAnyElementsOf(SOUTH);

    List<Integer> ranks = new ArrayList<>();
    south.get("projects").forEach(p -> ranks.add(p.get("rank").asInt()));
    assertThat(ranks.get(0)).isEqualTo(1);
    assertThat(ranks).isSorted();
  }

  @Test
  void aNewProjectWithoutAPlanHasNothingDueAndTheYearSumsTheEndedMonths() {
    ranking("ops.south", LAST_MONTH.toString()); // the month is snapshotted before the project exists
    String code = "KPI" + Long.toString(System.nanoTime() % 46656, 36).toUpperCase();
    Http.Response created = http.post("ops.south", "/api/v1/projects", Map.of("code", code, "name", "考核测试项目",
        "regionCode", "SOUTH", "city", "广州", "companyName", "考核测试置业有限公司"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);

    JsonNode fresh = null;
    for (JsonNode p : ranking("ops.south", LAST_MONTH.toString()).get("projects")) {
      if (p.get("projectCode").asText().equals(code)) {
        fresh = p;
      }
    }
    assertThat(fresh).as("a project without a snapshot of the month gets one on the next request").isNotNull();
    assertThat(fresh.has("rate")).isFalse();
    assertThat(fresh.get("rateText").asText()).isEqualTo("无考核节点");
    assertThat(fresh.get("dueCount").asInt()).isZero();
    assertThat(codes(ranking("ops.east", LAST_MONTH.toString()))).doesNotContain(code);

    JsonNode year = ranking("ops.south", Integer.toString(LAST_MONTH.getYear()));
    assertThat(year.get("kind").asText()).isEqualTo("ANNUAL");
    assertThat(year.get("rounding").asText()).isEqualTo("CEILING");
    assertThat(year.get("months")).isNotEmpty();
    assertThat(year.get("months").get(year.get("months").size() - 1).asText()).isEqualTo(LAST_MONTH.toString());
    assertThat(codes(year)).containsAll(SOUTH).doesNotContainAnyElementsOf(EAST);
  }

  @Test
  void aMalformedUnfinishedOrOutOfRangePeriodIsA400NamingPeriod() {
    for (String period : List.of("2026-13", "2026-1", "abc", "202610", YearMonth.from(TODAY).toString(),
        YearMonth.from(TODAY).plusMonths(1).toString(), "1999-12", Integer.toString(TODAY.getYear() + 1), "")) {
      Http.Response refused = http.get("ops.south", "/api/v1/kpi?period=" + period);
      assertThat(refused.status()).as(period + ": " + refused).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.json().get("field").asText()).isEqualTo("period");
    }
    Http.Response missing = http.get("ops.south", "/api/v1/kpi");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().get("field").asText()).isEqualTo("period");
  }

  @Test
  void theRankingOrdersBy计划管理行为WhenAskedAndCarriesTimeliness() {
    JsonNode byScore = http.get("ops.south", "/api/v1/kpi?period=" + LAST_MONTH + "&orderBy=score").json();
    List<JsonNode> lines = new java.util.ArrayList<>();
    byScore.get("projects").forEach(lines::add);
    assertThat(lines).isNotEmpty().allSatisfy(p -> {
      assertThat(p.get("timelinessText").asText()).matches("\\d+(\\.\\d)?%|无考核节点");
      assertThat(p.get("reportsOnTime").asInt()).isBetween(0, p.get("reportsDue").asInt());
    });
    for (int i = 1; i < lines.size(); i++) {
      JsonNode before = lines.get(i - 1).path("behaviorScore");
      JsonNode after = lines.get(i).path("behaviorScore");
      if (after.isNumber()) {
        assertThat(before.isNumber()).as("no score ranks last").isTrue();
        assertThat(before.decimalValue()).isGreaterThanOrEqualTo(after.decimalValue());
      }
    }
    Http.Response refused = http.get("ops.south", "/api/v1/kpi?period=" + LAST_MONTH + "&orderBy=name");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("field").asText()).isEqualTo("orderBy");
  }

  @Test
  void anonymousCallersAreRefusedWith401() {
    Http.Response anonymous = http.send("GET", null, null, "/api/v1/kpi?period=" + LAST_MONTH, null);

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.contentType()).startsWith("application/problem+json");
  }
}
