package com.regionops.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.demo.DemoSeedDay;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The board against facts worked out by hand from the demo's story (DemoData, DemoDocuments,
 * DemoHistory), not from the API: what each project's next gate went through, which chase sits
 * at which stage, this year's targets, the biweekly reviews' times. Other tests add rows of their
 * own (fresh projects, checks for tomorrow), so the facts are read for the demo's projects and
 * periods only.
 */
@RegionOpsIT
class BoardDemoFactsIT {

  @LocalServerPort
  int port;

  @Autowired
  DemoSeedDay seed;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (n.get(field).asText().equals(value)) {
        return n;
      }
    }
    throw new AssertionError("no " + field + "=" + value + " in " + array);
  }

  static JsonNode cell(JsonNode board, String project, String gate) {
    return find(find(board.get("gates"), "projectCode", project).get("cells"), "gateCode", gate);
  }

  static long count(JsonNode cells, String status) {
    long n = 0;
    for (JsonNode c : cells) {
      n += c.get("status").asText().equals(status) ? 1 : 0;
    }
    return n;
  }

  @Test
  void eachProjectsGatesAreWhereItsStoryLeftThem() {
    JsonNode south = http.get("president.south", "/api/v1/board").json();
    // passed before RegionOps: one gate per 90 days from day 120 (GZ01 420 days → 4, GZ02 200 → 1, SZ01 740 → 7)
    assertThat(count(find(south.get("gates"), "projectCode", "SZ01").get("cells"), "CLOSED")).isEqualTo(7);
    assertThat(count(find(south.get("gates"), "projectCode", "GZ02").get("cells"), "CLOSED")).isEqualTo(1);
    // SZ01's 开盘后评估会 90 days ago: 有条件通过 with three decisions — one verified, one due in 20 days, one 45 days late
    JsonNode sz01 = cell(south, "SZ01", "POST_OPENING_REVIEW");
    assertThat(sz01.get("status").asText()).isEqualTo("PASSED");
    assertThat(sz01.get("conclusion").asText()).isEqualTo("CONDITIONAL");
    assertThat(sz01.get("openDecisions").asInt()).isEqualTo(2);
    assertThat(sz01.get("overdueDecisions").asInt()).isEqualTo(1);
    // GZ01's 营销策划会: passed, its one decision verified, closed (four imported + this one)
    assertThat(cell(south, "GZ01", "MARKETING_PLANNING").get("status").asText()).isEqualTo("CLOSED");
    assertThat(count(find(south.get("gates"), "projectCode", "GZ01").get("cells"), "CLOSED")).isEqualTo(5);
    // GZ02's 规划设计策划会 failed 60 days ago; the second round waits for its materials
    JsonNode gz02 = cell(south, "GZ02", "DESIGN_PLANNING");
    assertThat(gz02.get("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(gz02.get("round").asInt()).isEqualTo(2);

    JsonNode east = http.get("president.east", "/api/v1/board").json();
    assertThat(cell(east, "SH01", "ENGINEERING_PLANNING").get("status").asText()).as("minutes await approval")
        .isEqualTo("IN_REVIEW");
    assertThat(cell(east, "NJ01", "SHOWROOM_OPENING").get("status").asText()).as("materials await review")
        .isEqualTo("IN_REVIEW");
    JsonNode hz01 = cell(east, "HZ01", "DESIGN_PLANNING");
    assertThat(hz01.get("status").asText()).isEqualTo("PASSED");
    assertThat(hz01.get("conclusion").asText()).isEqualTo("PASS");
    assertThat(hz01.get("openDecisions").asInt()).as("one reported done, awaiting verification, still open").isEqualTo(2);
    assertThat(hz01.get("overdueDecisions").asInt()).isZero();

    JsonNode drill = http.get("president.south", "/api/v1/board/gates/SZ01/POST_OPENING_REVIEW").json();
    JsonNode round = drill.get("rounds").get(0);
    LocalDate seeded = seed.day();
    assertThat(round.get("meetingAt").asText()).startsWith(seeded.minusDays(90) + "T14:30");
    assertThat(round.get("decisions")).extracting(d -> d.get("status").asText() + "/" + d.get("overdue").asBoolean())
        .containsExactly("VERIFIED/false", "OPEN/false", "OPEN/true");
    assertThat(round.get("decisions").get(2).get("dueDate").asText()).isEqualTo(seeded.minusDays(45).toString());
    assertThat(drill.get("openTasks")).hasSize(2).allSatisfy(t -> {
      assertThat(t.get("name").asText()).startsWith("落实会议决议 · SZ01");
      assertThat(t.get("candidateGroups")).extracting(JsonNode::asText).containsExactly("office-SZ01");
    });
    JsonNode gz02Drill = http.get("ops.south", "/api/v1/board/gates/GZ02/DESIGN_PLANNING").json();
    assertThat(gz02Drill.get("rounds")).extracting(r -> r.get("roundNo").asInt() + ":" + r.get("status").asText())
        .containsExactly("2:IN_REVIEW", "1:FAILED");
    assertThat(gz02Drill.get("openTasks")).singleElement()
        .satisfies(t -> assertThat(t.get("name").asText()).startsWith("提交上会资料"));
  }

  @Test
  void drillDownsKeepTheProjectRule() {
    assertThat(http.get("ops.east", "/api/v1/board/gates/SZ01/POST_OPENING_REVIEW").status()).isEqualTo(404);
    assertThat(http.get("office.gz01", "/api/v1/board/gates/GZ02/DESIGN_PLANNING").status()).isEqualTo(404);
    assertThat(http.get("office.gz01", "/api/v1/board/nodes/GZ02/M04").status()).isEqualTo(404);
    Http.Response noGate = http.get("ops.south", "/api/v1/board/gates/SZ01/NO_SUCH_GATE");
    assertThat(noGate.status()).isEqualTo(404);
    assertThat(noGate.contentType()).startsWith("application/problem+json");
    assertThat(noGate.json().get("detail").asText()).contains("节点会议不存在");
    assertThat(http.get("ops.south", "/api/v1/board/nodes/SZ01/NO_NODE").status()).isEqualTo(404);
    assertThat(http.get("office.gz01", "/api/v1/board/gates/GZ01/MARKETING_PLANNING").status()).isEqualTo(200);
  }

  @Test
  void redNodesCarryTheirCorrectionAndTheNodeShowsItsAdjustment() {
    JsonNode risk = http.get("president.south", "/api/v1/board").json().get("risk");
    List<JsonNode> serious = new ArrayList<>();
    risk.get("red").forEach(serious::add);
    risk.get("orange").forEach(serious::add);
    assertThat(serious).isNotEmpty().allSatisfy(n -> assertThat(n.get("correction").isObject())
        .as("every RED/ORANGE node of a check gets a correction: %s", n).isTrue());
    // one office planned measures that were approved; another's measures needed a plan adjustment, pending
    JsonNode inAdjustment = null;
    int tracked = 0;
    for (JsonNode n : serious) {
      String step = n.get("correction").get("step").asText();
      tracked += step.equals("ReceiveTask_AwaitRecovery") ? 1 : 0;
      inAdjustment = step.equals("CallActivity_PlanAdjustment") ? n : inAdjustment;
    }
    assertThat(tracked).isGreaterThanOrEqualTo(1);
    assertThat(inAdjustment).isNotNull();
    assertThat(inAdjustment.get("correction").get("stepName").asText()).isEqualTo("计划调整审批中");
    LocalDate seeded = seed.day();
    assertThat(inAdjustment.get("correction").get("forecastFinish").asText()).isEqualTo(seeded.plusDays(35).toString());

    JsonNode node = http.get("president.south", "/api/v1/board/nodes/" + inAdjustment.get("projectCode").asText() + "/"
        + inAdjustment.get("nodeCode").asText()).json();
    assertThat(node.get("correction").get("measures").asText()).isEqualTo("设计院驻场出图，调整节点计划并同步后续工序");
    assertThat(node.get("adjustments")).singleElement().satisfies(a -> {
      assertThat(a.get("status").asText()).isEqualTo("PENDING");
      assertThat(a.get("newPlannedFinish").asText()).isEqualTo(seeded.plusDays(35).toString());
      assertThat(a.get("requestedAt").asText()).as("stamped when it was asked, in the past")
          .startsWith(seeded.minusDays(9).toString());
    });
    assertThat(node.get("grades")).extracting(g -> g.get("period").asText())
        .contains(seeded.minusDays(14).toString());
  }

  @Test
  void chasesSitOnePerStage() {
    Set<String> demo = Set.of("GZ01", "GZ02", "SZ01", "SH01", "HZ01", "NJ01");
    Map<String, String> stages = new HashMap<>();
    for (String president : List.of("president.south", "president.east")) {
      JsonNode board = http.get(president, "/api/v1/board").json();
      // the board counts days left to its own day; the demo set the due dates from the day it seeded
      long aged = ChronoUnit.DAYS.between(seed.day(), LocalDate.parse(board.get("asOf").asText()));
      for (JsonNode c : board.get("certificates").get("chases")) {
        if (demo.contains(c.get("projectCode").asText()) && c.get("typeName").asText().equals("房地产开发资质证书")) {
          stages.put(c.get("projectCode").asText(), c.get("stage").asText() + "/" + (c.get("daysLeft").asInt() + aged));
        }
      }
    }
    // the qualification certificates end -20, 25, 80, 45 and 150 days from the demo's day (NJ01's 700 is beyond the
    // 180-day lead); the ladder: region-ops at 60 days, the president at 30; HZ01's was filed three days ago
    assertThat(stages).containsOnly(Map.entry("GZ01", "OVERDUE/-20"), Map.entry("GZ02", "PRESIDENT/25"),
        Map.entry("SZ01", "OWNER/80"), Map.entry("SH01", "REGION_OPS/45"), Map.entry("HZ01", "VERIFYING/150"));
    JsonNode office = http.get("office.gz01", "/api/v1/board").json().get("certificates");
    assertThat(office.get("chases")).allSatisfy(c -> assertThat(c.get("projectCode").asText()).isEqualTo("GZ01"));
    assertThat(office.get("byStage").get("已逾期").asInt()).isEqualTo(1);
  }

  /** 销售 of SZ01 (15,000 万元 a month, growing 2 % a month from 92 %) and SH01 at 68 %. */
  @Test
  void targetsAndActualsOfTheYearSoFar() {
    JsonNode board = http.get("president.south", "/api/v1/board").json();
    YearMonth month = YearMonth.from(LocalDate.parse(board.get("asOf").asText()));
    assumeTrue(month.equals(YearMonth.from(seed.day())),
        "the demo recorded actuals for the months before the one it was seeded in; the board's now counts one more");
    YearMonth through = month.minusMonths(1);
    JsonNode south = board.get("targets");
    if (through.getYear() != month.getYear()) {
      assertThat(south).as("in January no month of the year has ended: no year-to-date figures").isEmpty();
      return;
    }
    int m = through.getMonthValue();
    // Σ_{k=1..m} 15000 × (90 + 2k) / 100 = 150 × (90m + m(m+1))
    BigDecimal plan = BigDecimal.valueOf(150L * (90L * m + (long) m * (m + 1)));
    // actual_k = plan_k × (1.06 + 0.02 × (k mod 3 − 1)), to the cent
    BigDecimal actual = BigDecimal.ZERO;
    for (int k = 1; k <= m; k++) {
      BigDecimal monthly = BigDecimal.valueOf(150L * (90 + 2 * k));
      actual = actual.add(monthly.multiply(new BigDecimal("1.06").add(BigDecimal.valueOf((k % 3 - 1) * 2L, 2)))
          .setScale(2, java.math.RoundingMode.HALF_UP));
    }
    JsonNode sz01 = null;
    for (JsonNode t : south) {
      sz01 = t.get("projectCode").asText().equals("SZ01") && t.get("metric").asText().equals("SALES") ? t : sz01;
    }
    assertThat(sz01).isNotNull();
    assertThat(sz01.get("ytdPlan").decimalValue()).isEqualByComparingTo(plan);
    assertThat(sz01.get("ytdActual").decimalValue()).isEqualByComparingTo(actual);
    assertThat(sz01.get("grade").asText()).as("ahead of plan").isEqualTo("GREEN");
    JsonNode sh01 = null;
    for (JsonNode t : http.get("president.east", "/api/v1/board").json().get("targets")) {
      // 投资 graded the other way (spending less than planned is no shortfall): 销售 here
      sh01 = t.get("projectCode").asText().equals("SH01") && t.get("metric").asText().equals("SALES") ? t : sh01;
    }
    assertThat(sh01).isNotNull();
    assertThat(sh01.get("achievementPct").decimalValue().doubleValue()).as("SH01 SALES").isBetween(66.0, 70.0);
    assertThat(sh01.get("grade").asText()).isEqualTo("RED");
  }

  @Test
  void kpiHasTheMonthAndTheYear() {
    JsonNode board = http.get("president.south", "/api/v1/board").json();
    JsonNode kpi = board.get("kpi");
    YearMonth last = YearMonth.from(LocalDate.parse(board.get("asOf").asText())).minusMonths(1);
    assertThat(kpi.get("period").asText()).isEqualTo(last.toString());
    assertThat(kpi.get("year").asInt()).isEqualTo(last.getYear());
    List<String> annual = new ArrayList<>();
    kpi.get("annual").forEach(r -> annual.add(r.get("projectCode").asText()));
    assertThat(annual).contains("GZ01", "GZ02", "SZ01").doesNotContain("SH01");
  }

  /** 审阅双周通报: each seeded check reviewed at 10:00 the day after its 08:00 grading — 26 hours, within its 3 days. */
  @Test
  void biweeklyReviewTimesOfLastMonth() {
    YearMonth previous = YearMonth.from(seed.day()).minusMonths(1);
    int expected = 0;
    for (int daysAgo : new int[] {41, 27, 13}) {
      expected += YearMonth.from(seed.day().minusDays(daysAgo)).equals(previous) ? 1 : 0;
    }
    JsonNode times = http.get("ops.south", "/api/v1/board/process-times?regionCode=SOUTH&month=" + previous).json();
    JsonNode review = null;
    for (JsonNode s : times.get("steps")) {
      review = s.get("taskKey").asText().equals("UserTask_ReviewReport") ? s : review;
    }
    if (expected == 0) {
      assertThat(review).isNull();
      return;
    }
    assertThat(review.get("processKey").asText()).isEqualTo("biweekly-plan-check");
    assertThat(review.get("completed").asInt()).isEqualTo(expected);
    assertThat(review.get("medianHours").asDouble()).isEqualTo(26.0);
    assertThat(review.get("onTimeShare").asDouble()).isEqualTo(1.0);

    JsonNode sz01 = http.get("ops.south", "/api/v1/board/process-times?regionCode=SOUTH&month=" + previous
        + "&projectCode=SZ01&gateCode=POST_OPENING_REVIEW").json();
    assertThat(sz01.get("steps")).allSatisfy(s -> assertThat(s.get("processKey").asText()).isIn(
        "gate-post-opening-review", "review-meeting", "decision-followup"));
    Http.Response wrongProject = http.get("ops.south", "/api/v1/board/process-times?regionCode=SOUTH&projectCode=SH01");
    assertThat(wrongProject.status()).isEqualTo(400);
    assertThat(wrongProject.json().get("field").asText()).isEqualTo("projectCode");
    Http.Response wrongGate = http.get("ops.south", "/api/v1/board/process-times?regionCode=SOUTH&gateCode=X_Y");
    assertThat(wrongGate.status()).isEqualTo(400);
    assertThat(wrongGate.json().get("field").asText()).isEqualTo("gateCode");
  }

  @Test
  void rectificationsOfTheDemosInspectionAreOnTheBoard() {
    JsonNode gz02 = null;
    for (JsonNode r : http.get("president.south", "/api/v1/board").json().get("rectifications")) {
      gz02 = r.get("projectCode").asText().equals("GZ02") ? r : gz02;
    }
    // DemoHistory: three findings, the 一般 one verified; the 严重 one open and the 重要 one reported, both past due
    assertThat(gz02).isNotNull();
    assertThat(gz02.get("findings").asInt()).isEqualTo(3);
    assertThat(gz02.get("verified").asInt()).isEqualTo(1);
    assertThat(gz02.get("overdue").asInt()).isEqualTo(2);
    assertThat(gz02.get("rate").decimalValue()).isEqualByComparingTo("33.3");
    assertThat(http.get("office.gz01", "/api/v1/board").json().get("rectifications"))
        .as("an office sees its own project's only").noneMatch(r -> r.get("projectCode").asText().equals("GZ02"));
  }
}
