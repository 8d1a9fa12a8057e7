package com.regionops.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.demo.DemoSeedDay;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 区域运营看板's first paint per role and tenant, its figures recomputed here from the API's own answers. */
@RegionOpsIT
class BoardIT {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  @LocalServerPort
  int port;

  @Autowired
  DemoSeedDay seed;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).asText()));
    return out;
  }

  @Test
  void regionOpsSeesItsRegionAndEveryFigureIsTheOneTheApiGivesElsewhere() {
    JsonNode board = http.get("ops.south", "/api/v1/board").json();

    assertThat(board.get("regionCode").asText()).isEqualTo("SOUTH");
    assertThat(board.get("scope").asText()).isEqualTo("REGION");
    assertThat(texts(board.get("regions"), "code")).containsExactly("SOUTH");
    assertThat(texts(board.get("projects"), "code")).contains("GZ01", "GZ02", "SZ01").doesNotContain("SH01", "HZ01");

    JsonNode gz01 = null;
    for (JsonNode row : board.get("gates")) {
      gz01 = row.get("projectCode").asText().equals("GZ01") ? row : gz01;
    }
    JsonNode gates = http.get("ops.south", "/api/v1/projects/GZ01/gates").json();
    assertThat(gz01.get("cells")).hasSize(10);
    for (int i = 0; i < gates.size(); i++) {
      assertThat(gz01.get("cells").get(i).get("gateCode").asText()).isEqualTo(gates.get(i).get("gateCode").asText());
      assertThat(gz01.get("cells").get(i).get("status").asText()).isEqualTo(gates.get(i).get("status").asText());
      assertThat(gz01.get("cells").get(i).get("overdueDecisions").asInt())
          .isEqualTo(gates.get(i).get("overdueDecisions").asInt());
    }

    List<String> expected = new ArrayList<>();
    for (JsonNode n : http.get("ops.south", "/api/v1/projects/GZ01/plan-nodes").json()) {
      if (!"MILESTONE".equals(n.get("nodeLevel").asText())) {
        continue;
      }
      LocalDate planned = LocalDate.parse(n.get("plannedFinish").asText());
      LocalDate baseline = n.hasNonNull("baselineFinish") ? LocalDate.parse(n.get("baselineFinish").asText()) : planned;
      LocalDate reached = n.hasNonNull("actualFinish") ? LocalDate.parse(n.get("actualFinish").asText())
          : planned.isBefore(TODAY) ? TODAY : planned;
      expected.add(n.get("nodeCode").asText() + ":" + ChronoUnit.DAYS.between(baseline, reached));
    }
    List<String> milestones = new ArrayList<>();
    board.get("milestones").forEach(m -> {
      if (m.get("projectCode").asText().equals("GZ01")) {
        milestones.add(m.get("nodeCode").asText() + ":" + m.get("delayDays").asInt());
      }
    });
    assertThat(milestones).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);

    Set<String> projects = new HashSet<>(texts(board.get("projects"), "code"));
    Set<Long> expiring = new HashSet<>();
    for (JsonNode c : http.get("ops.south", "/api/v1/certificates").json()) {
      String status = c.get("status").asText();
      JsonNode due = c.hasNonNull("nextReviewDue") ? c.get("nextReviewDue") : c.get("validUntil");
      if (c.hasNonNull("projectCode") && projects.contains(c.get("projectCode").asText()) && due != null
          && !due.isNull() && !List.of("EXPIRED", "PLANNED", "REVOKED").contains(status)
          && !LocalDate.parse(due.asText()).isAfter(TODAY.plusDays(180))) {
        expiring.add(c.get("id").asLong());
      }
    }
    Set<Long> shown = new HashSet<>();
    board.get("certificates").get("expiring").forEach(c -> shown.add(c.get("id").asLong()));
    assertThat(shown).isEqualTo(expiring);

    JsonNode risk = board.get("risk");
    if (risk.hasNonNull("period")) {
      JsonNode report = http.get("ops.south", "/api/v1/risk/checks/" + risk.get("period").asText() + "?regionCode=SOUTH")
          .json();
      JsonNode last = risk.get("trend").get(risk.get("trend").size() - 1);
      assertThat(last.get("red").asInt()).isEqualTo(report.get("check").get("redCount").asInt());
      assertThat(risk.get("red")).hasSize(report.get("check").get("redCount").asInt());
    }
    assertThat(board.get("kpi").get("ranking")).allSatisfy(l -> assertThat(projects).contains(l.get("projectCode").asText()));
  }

  /**
   * 三/五年业绩规划 on the board: 回款 this year is planned and shows the region's 回款 actuals, the sum of its
   * projects' 经营目标文件 (the demo records 回款 as an operating target; another IT may have approved a newer plan).
   */
  @Test
  void thePlanPanelShowsCollectionAgainstTheRegionsCollectionActuals() {
    JsonNode performance = http.get("ops.south", "/api/v1/board").json().get("performance");
    assertThat(performance.isObject()).as("SOUTH has an approved plan (the demo's)").isTrue();

    JsonNode collection = null;
    for (JsonNode y : performance.get("years")) {
      collection = y.get("year").asInt() == TODAY.getYear() && "COLLECTION".equals(y.get("metric").asText())
          ? y : collection;
    }
    BigDecimal actuals = BigDecimal.ZERO;
    for (JsonNode p : http.get("ops.south", "/api/v1/projects").json()) {
      if ("SOUTH".equals(p.get("regionCode").asText())) {
        for (JsonNode m : http.get("ops.south", "/api/v1/projects/" + p.get("code").asText()
            + "/operating-targets?year=" + TODAY.getYear()).json().get("metrics")) {
          if ("COLLECTION".equals(m.get("metric").asText()) && m.hasNonNull("actualTotal")) {
            actuals = actuals.add(m.get("actualTotal").decimalValue());
          }
        }
      }
    }

    assertThat(collection).as("this year's 回款 in the plan").isNotNull();
    assertThat(collection.get("label").asText()).isEqualTo("回款");
    assertThat(collection.hasNonNull("floor")).isTrue();
    assertThat(collection.hasNonNull("actual")).as("回款 has actuals like the other metrics").isTrue();
    assertThat(collection.get("actual").decimalValue()).isEqualByComparingTo(actuals);
    // the demo recorded the actuals of its year's months ended before the day it was seeded
    if (seed.day().getYear() == TODAY.getYear() && seed.day().getMonthValue() > 1) {
      assertThat(actuals).as("the demo's 回款 of the months ended").isPositive();
    }
  }

  @Test
  void anOfficeSeesOnlyItsProjectAndAnotherRegionIsNotFound() {
    JsonNode office = http.get("office.gz01", "/api/v1/board").json();

    assertThat(office.get("scope").asText()).isEqualTo("PROJECTS");
    assertThat(texts(office.get("projects"), "code")).containsExactly("GZ01");
    assertThat(texts(office.get("gates"), "projectCode")).containsExactly("GZ01");
    assertThat(office.get("milestones")).allSatisfy(m -> assertThat(m.get("projectCode").asText()).isEqualTo("GZ01"));
    assertThat(office.get("certificates").get("expiring"))
        .allSatisfy(c -> assertThat(c.get("projectCode").asText()).isEqualTo("GZ01"));
    assertThat(office.get("targets")).allSatisfy(t -> assertThat(t.get("projectCode").asText()).isEqualTo("GZ01"));
    // the office's risk trend counts GZ01's nodes only, as the region's 双周通报 lists them per project
    JsonNode trend = office.get("risk").get("trend");
    assertThat(trend).as("the demo's checks").isNotEmpty();
    for (JsonNode point : trend) {
      JsonNode counts = http.get("ops.south", "/api/v1/risk/checks/" + point.get("period").asText() + "?regionCode=SOUTH")
          .json().get("countsByProject").path("GZ01");
      assertThat(point.get("red").asInt()).as("RED of %s", point.get("period")).isEqualTo(counts.path("RED").asInt(0));
      assertThat(point.get("orange").asInt()).as("ORANGE of %s", point.get("period"))
          .isEqualTo(counts.path("ORANGE").asInt(0));
    }
    assertThat(http.get("office.gz01", "/api/v1/board?regionCode=EAST").status()).isEqualTo(404);
    assertThat(http.get("ops.east", "/api/v1/board?regionCode=SOUTH").status()).isEqualTo(404);
    assertThat(http.get("ops.east", "/api/v1/board?regionCode=NOPE").status()).isEqualTo(404);
    assertThat(http.get("president.south", "/api/v1/board").status()).isEqualTo(200);
  }

  @Test
  void groupOpsSwitchesBetweenRegions() {
    JsonNode first = http.get("groupops", "/api/v1/board").json();
    JsonNode east = http.get("groupops", "/api/v1/board?regionCode=EAST").json();

    assertThat(texts(first.get("regions"), "code")).contains("SOUTH", "EAST");
    assertThat(east.get("regionCode").asText()).isEqualTo("EAST");
    assertThat(east.get("regionName").asText()).isEqualTo("华东区域");
    assertThat(texts(east.get("projects"), "code")).contains("SH01", "HZ01", "NJ01").doesNotContain("GZ01");
  }

  @Test
  void processTimesAreARegionsAndRefuseABadMonth() {
    JsonNode times = http.get("ops.south", "/api/v1/board/process-times?regionCode=SOUTH").json();
    assertThat(times.get("month").asText()).isEqualTo(java.time.YearMonth.from(TODAY).toString());
    assertThat(times.get("ageLabels")).hasSize(4);
    times.get("steps").forEach(step -> {
      assertThat(step.get("completed").asInt()).isPositive();
      assertThat(step.get("taskName").asText()).doesNotContain(" · ");
    });
    Http.Response bad = http.get("ops.south", "/api/v1/board/process-times?regionCode=SOUTH&month=2026-13");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("field").asText()).isEqualTo("month");
    assertThat(http.get("office.gz01", "/api/v1/board/process-times?regionCode=SOUTH").status())
        .as("region-wide: not for an office").isEqualTo(404);
    assertThat(http.get("ops.east", "/api/v1/board/process-times?regionCode=SOUTH").status()).isEqualTo(404);
  }
}
