package com.regionops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.platform.engine.EngineTime;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A run that straddles midnight in China (16:00 UTC) checks the demo it seeded the day before: its
 * facts hold from the day it seeded, not from the engine's today.
 */
@RegionOpsIT
class DemoSeedDayIT {

  @LocalServerPort
  int port;

  @Autowired
  DemoSeedDay seed;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theDemosFactsCountFromTheDayItSeededOncePastMidnightInChina() {
    LocalDate seeded = seed.day();
    ClockUtil.setCurrentTime(EngineTime.toDate(seeded.plusDays(1).atTime(0, 5)));
    assertThat(EngineTime.today()).isAfter(seeded);
    assertThat(seed.day()).isEqualTo(seeded);

    // DemoHistory: SZ01's office asked eight days before the day it seeded; the meeting was held two days later
    JsonNode held = null;
    for (JsonNode m : new Http(port).get("office.sz01", "/api/v1/projects/SZ01/coordination-meetings").json()) {
      held = m.get("title").asText().endsWith("协调会：精装交付样板与园林施工交叉作业") ? m : held;
    }
    assertThat(held).isNotNull();
    assertThat(held.get("scheduledAt").asText()).startsWith(seed.day().minusDays(6).toString());
  }
}
