package com.regionops.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.support.Decisions;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleRiskGradeDecisionTest {

  static final DmnDecision DECISION = Decisions.load("schedule-risk-grade");

  static DmnDecisionResultEntries grade(String level, String category, boolean completed, int overdue, int forecast,
      int daysToFinish, int lag) {
    return Decisions.evaluate(DECISION, Map.of("nodeLevel", level, "category", category, "completed", completed,
        "daysOverdue", overdue, "forecastDelayDays", forecast, "daysToPlannedFinish", daysToFinish,
        "progressLagPct", lag)).getSingleResult();
  }

  /** Every rule and both sides of every boundary: level, category, completed, overdue, forecast, days to finish, lag. */
  @ParameterizedTest(name = "{0} {1} done={2} overdue={3} forecast={4} toFinish={5} lag={6} -> {7}")
  @CsvSource({
      "MILESTONE, OTHER, true, 5, 5, -5, 50, GREEN",
      "L1, OPENING, true, 20, 0, -20, 0, GREEN",
      "MILESTONE, OTHER, false, 1, 0, -1, 0, RED",
      "MILESTONE, OTHER, false, 0, 1, 10, 0, ORANGE",
      "MILESTONE, OTHER, false, 0, 0, 14, 20, YELLOW",
      "MILESTONE, OTHER, false, 0, 0, 15, 20, GREEN",
      "MILESTONE, OTHER, false, 0, 0, 14, 19, GREEN",
      "MILESTONE, OTHER, false, 0, 0, 30, 0, GREEN",
      "L1, OTHER, false, 10, 0, -10, 0, RED",
      "L1, OTHER, false, 9, 0, -9, 0, ORANGE",
      "L1, OTHER, false, 1, 0, -1, 0, ORANGE",
      "L1, OTHER, false, 0, 1, 20, 0, YELLOW",
      "L1, OTHER, false, 0, 0, 14, 20, YELLOW",
      "L1, OTHER, false, 0, 0, 15, 20, GREEN",
      "L1, OTHER, false, 0, 0, 14, 19, GREEN",
      "L2, CONSTRUCTION, false, 20, 0, -20, 0, RED",
      "L2, CONSTRUCTION, false, 19, 0, -19, 0, ORANGE",
      "L2, CONSTRUCTION, false, 10, 0, -10, 0, ORANGE",
      "L2, CONSTRUCTION, false, 9, 0, -9, 0, YELLOW",
      "L2, CONSTRUCTION, false, 1, 0, -1, 0, YELLOW",
      "L2, CONSTRUCTION, false, 0, 10, 30, 0, YELLOW",
      "L2, CONSTRUCTION, false, 0, 9, 30, 0, GREEN",
      "L2, CONSTRUCTION, false, 0, 0, 5, 60, GREEN",
      "L3, DESIGN, false, 30, 0, -30, 0, RED",
      "L3, DESIGN, false, 29, 0, -29, 0, ORANGE",
      "L3, DESIGN, false, 15, 0, -15, 0, ORANGE",
      "L3, DESIGN, false, 14, 0, -14, 0, YELLOW",
      "L3, DESIGN, false, 1, 0, -1, 0, YELLOW",
      "L3, DESIGN, false, 0, 50, 5, 60, GREEN",
      "L3, OPENING, false, 1, 0, -1, 0, ORANGE",
      "L3, SUPPLY, false, 15, 0, -15, 0, RED",
      "L3, HANDOVER, false, 30, 0, -30, 0, RED",
      "L1, SUPPLY, false, 0, 1, 20, 0, ORANGE",
      "L2, PERMIT, false, 10, 0, -10, 0, ORANGE",
      "L3, OPENING, false, 0, 0, 3, 90, GREEN"})
  void gradeFollowsTheDepartmentsPolicy(String level, String category, boolean completed, int overdue, int forecast,
      int daysToFinish, int lag, String expected) {
    DmnDecisionResultEntries result = grade(level, category, completed, overdue, forecast, daysToFinish, lag);

    assertThat(result.<String>getEntry("grade")).isEqualTo(expected);
    assertThat(result.<String>getEntry("reason")).isNotBlank();
  }

  @Test
  void reasonSaysWhyAndNamesTheStepUp() {
    assertThat(grade("L1", "OTHER", false, 12, 0, -12, 0).<String>getEntry("reason")).isEqualTo("一级节点逾期10天以上");
    assertThat(grade("L3", "SUPPLY", false, 15, 0, -15, 0).<String>getEntry("reason"))
        .isEqualTo("三级节点逾期15天以上（开盘/供货/交楼类节点升一级）");
    assertThat(grade("L3", "OTHER", false, 0, 0, 30, 0).<String>getEntry("reason")).isEqualTo("进度正常");
  }
}
