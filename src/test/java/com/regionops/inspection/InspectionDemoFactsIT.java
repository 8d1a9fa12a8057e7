package com.regionops.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.demo.DemoSeedDay;
import com.regionops.platform.engine.EngineTime;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo's lived 巡检 (DemoHistory): GZ02 inspected three weeks ago, its 整改 at three different points. */
@RegionOpsIT
class InspectionDemoFactsIT {

  @LocalServerPort
  int port;

  @Autowired
  DemoSeedDay seed;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void gz02sInspectionHasOneRectificationVerifiedOneReportedAndTheSeriousOneOverdue() {
    LocalDate day = seed.day().minusDays(21);
    JsonNode demo = null;
    for (JsonNode i : http.get("office.gz02", "/api/v1/projects/GZ02/inspections").json()) {
      demo = i.get("plannedDate").asText().equals(day.toString()) && i.get("createdBy").asText().equals("ops.south")
          ? i : demo;
    }
    assertThat(demo).as("the demo's inspection of GZ02").isNotNull();
    assertThat(demo.get("status").asText()).isEqualTo("RECTIFYING");
    assertThat(demo.get("leadInspector").asText()).isEqualTo("engineering.south");
    long id = demo.get("id").asLong();

    Map<String, JsonNode> bySeverity = new HashMap<>();
    for (JsonNode f : http.get("office.gz02", "/api/v1/projects/GZ02/findings").json()) {
      if (f.get("inspectionId").asLong() == id) {
        bySeverity.put(f.get("severity").asText(), f);
      }
    }
    assertThat(bySeverity).containsOnlyKeys("SERIOUS", "IMPORTANT", "GENERAL");
    assertThat(bySeverity.get("GENERAL").get("status").asText()).isEqualTo("VERIFIED");
    assertThat(bySeverity.get("IMPORTANT").get("status").asText()).isEqualTo("DONE");
    JsonNode serious = bySeverity.get("SERIOUS");
    assertThat(serious.get("status").asText()).isEqualTo("OPEN");
    assertThat(serious.get("overdue").asBoolean()).as("reported two days after the visit, due seven days later").isTrue();
    assertThat(serious.get("dueDate").asText()).isEqualTo(day.plusDays(2 + 7).toString());
    assertThat(serious.hasNonNull("nodeCode")).isTrue();
    assertThat(http.get("office.gz02", "/api/v1/projects/GZ02/findings?status=OVERDUE").json())
        .anyMatch(f -> f.get("id").asLong() == serious.get("id").asLong());
    assertThat(bySeverity.get("IMPORTANT").get("gateCode").asText()).isEqualTo("SHOWROOM_OPENING");

    boolean reportFiled = false;
    for (JsonNode m : http.get("ops.south", "/api/v1/projects/GZ02/archive").json().get("meetings")) {
      if (m.get("id").asText().equals(demo.get("meetingId").asText())) {
        reportFiled = m.get("documents").findValuesAsText("fileName").stream().anyMatch(n -> n.startsWith("巡检报告-GZ02-"));
      }
    }
    assertThat(reportFiled).isTrue();
  }

  /** The month the 严重 整改 fell due in: once that month has ended, its assessment shows it as overdue. */
  @Test
  void theAssessmentOfTheMonthTheSeriousOneFellDueInCountsIt() {
    LocalDate due = seed.day().minusDays(21).plusDays(2 + 7);
    java.time.YearMonth month = java.time.YearMonth.from(due);
    // which months may be assessed is a matter of the engine's today
    java.time.YearMonth last = java.time.YearMonth.from(EngineTime.today()).minusMonths(1);
    JsonNode ranking = http.get("ops.south", "/api/v1/kpi?period=" + (month.isAfter(last) ? last : month)).json();
    JsonNode gz02 = null;
    for (JsonNode line : ranking.get("projects")) {
      gz02 = line.get("projectCode").asText().equals("GZ02") ? line : gz02;
    }
    assertThat(gz02).isNotNull();
    if (month.isAfter(last)) {
      // due in this month, which is not assessed yet: last month has none of the demo's 整改
      assertThat(gz02.get("rectificationsDue").asInt()).isZero();
      assertThat(gz02.get("overdueFindings").asInt()).isZero();
    } else {
      assertThat(gz02.get("rectificationsDue").asInt()).isGreaterThanOrEqualTo(1);
      assertThat(gz02.get("overdueFindings").asInt()).as("the 严重 one, open at the month's end").isGreaterThanOrEqualTo(1);
      assertThat(gz02.get("rectificationText").asText()).endsWith("%");
    }
  }
}
