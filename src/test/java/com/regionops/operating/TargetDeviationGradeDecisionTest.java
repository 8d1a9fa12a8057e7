package com.regionops.operating;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.support.Decisions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetDeviationGradeDecisionTest {

  static final DmnDecision DECISION = Decisions.load("target-deviation-grade");

  /** Every metric the targets have: one the table forgets would grade nothing. */
  static final List<String> METRICS = Arrays.stream(Metric.values()).map(Metric::name).toList();

  /** A row per rule and per boundary; getSingleResult fails on an overlap, a null entry on a gap. */
  @ParameterizedTest(name = "{0} {1}% {2} months left -> {3} {4}")
  @CsvSource({
      // 1: reached
      "SALES, 100, 6, GREEN, 按计划推进",
      "REVENUE_RECOGNITION, 100, 11, GREEN, 按计划推进",
      "CASH_FLOW, 135.5, 0, GREEN, 按计划推进",
      "COLLECTION, 100, 0, GREEN, 按计划推进",
      "COLLECTION, 120, 7, GREEN, 按计划推进",
      // 2: [90..100[
      "SALES, 99.99, 2, YELLOW, 关注差距，月度跟踪",
      "NET_PROFIT, 90, 8, YELLOW, 关注差距，月度跟踪",
      "SUPPLY, 95, 0, YELLOW, 关注差距，月度跟踪",
      "COLLECTION, 99.99, 5, YELLOW, 关注差距，月度跟踪",
      "COLLECTION, 90, 1, YELLOW, 关注差距，月度跟踪",
      // 3: [75..90[ with more than 3 months left
      "SALES, 89.99, 4, ORANGE, 制定追赶计划，区域运营督办",
      "REVENUE_RECOGNITION, 75, 4, ORANGE, 制定追赶计划，区域运营督办",
      "SUPPLY, 80, 11, ORANGE, 制定追赶计划，区域运营督办",
      "COLLECTION, 89.99, 11, ORANGE, 制定追赶计划，区域运营督办",
      "COLLECTION, 75, 4, ORANGE, 制定追赶计划，区域运营督办",
      // 4: [75..90[ with 3 months or fewer left
      "NET_PROFIT, 89.99, 3, RED, 召开专题会，区域总裁约谈",
      "CASH_FLOW, 75, 3, RED, 召开专题会，区域总裁约谈",
      "SALES, 80, 0, RED, 召开专题会，区域总裁约谈",
      "COLLECTION, 89.99, 3, RED, 召开专题会，区域总裁约谈",
      "COLLECTION, 75, 0, RED, 召开专题会，区域总裁约谈",
      // 5: below 75, however many months are left
      "SALES, 74.99, 4, RED, 召开专题会，区域总裁约谈",
      "SUPPLY, 74.99, 11, RED, 召开专题会，区域总裁约谈",
      "REVENUE_RECOGNITION, 74.99, 3, RED, 召开专题会，区域总裁约谈",
      "NET_PROFIT, 0, 6, RED, 召开专题会，区域总裁约谈",
      "CASH_FLOW, -12.5, 9, RED, 召开专题会，区域总裁约谈",
      "COLLECTION, 74.99, 11, RED, 召开专题会，区域总裁约谈",
      "COLLECTION, 0, 2, RED, 召开专题会，区域总裁约谈",
      // 6: investment within plan
      "INVESTMENT, 100, 6, GREEN, 投资在计划内",
      "INVESTMENT, 60, 3, GREEN, 投资在计划内",
      "INVESTMENT, 0, 11, GREEN, 投资在计划内",
      "INVESTMENT, -3, 0, GREEN, 投资在计划内",
      // 7: ]100..110]
      "INVESTMENT, 100.01, 6, YELLOW, 关注投资超支",
      "INVESTMENT, 110, 0, YELLOW, 关注投资超支",
      // 8: over 110
      "INVESTMENT, 110.01, 11, RED, 投资超计划，报区域总裁审批",
      "INVESTMENT, 150, 2, RED, 投资超计划，报区域总裁审批"})
  void gradeFollowsMetricAchievementAndMonthsLeft(String metric, double achievementPct, int monthsRemaining,
      String grade, String measure) {
    DmnDecisionResultEntries result = Decisions.evaluate(DECISION, Map.of("metric", metric,
        "achievementPct", achievementPct, "monthsRemaining", monthsRemaining)).getSingleResult();

    assertThat(result).isNotNull();
    assertThat(result.<String>getEntry("grade")).isEqualTo(grade);
    assertThat(result.<String>getEntry("measure")).isEqualTo(measure);
  }

  /** The rules name their metrics: a metric they do not know (or a different spelling) grades nothing. */
  @ParameterizedTest(name = "metric \"{0}\" -> no result")
  @ValueSource(strings = {"PROFIT", "sales", ""})
  void unknownMetricMatchesNoRule(String metric) {
    DmnDecisionResult result = Decisions.evaluate(DECISION, Map.of("metric", metric, "achievementPct", 80.0,
        "monthsRemaining", 6));

    assertThat(result.getResultList()).isEmpty();
    assertThat(result.getSingleResult()).isNull();
  }

  @Test
  void missingMetricMatchesNoRule() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("metric", null);
    variables.put("achievementPct", 80.0);
    variables.put("monthsRemaining", 6);

    assertThat(Decisions.evaluate(DECISION, variables).getResultList()).isEmpty();
  }

  /** An integer percentage, as a caller may pass it, is read as the double it stands for. */
  @Test
  void integerPercentageIsGradedLikeADouble() {
    DmnDecisionResultEntries result = Decisions.evaluate(DECISION, Map.of("metric", "SALES",
        "achievementPct", 90, "monthsRemaining", 3)).getSingleResult();

    assertThat(result.<String>getEntry("grade")).isEqualTo("YELLOW");
  }

  /** Complete and unique: every metric, month and percentage (quarter steps plus each boundary ± 0.01) hits one rule. */
  @Test
  void everyKnownInputHitsExactlyOneRule() {
    List<Double> percentages = new ArrayList<>();
    for (int quarter = -40; quarter <= 600; quarter++) {
      percentages.add(quarter / 4.0);
    }
    for (double boundary : new double[] {75, 90, 100, 110}) {
      percentages.add(boundary - 0.01);
      percentages.add(boundary + 0.01);
    }
    List<String> misses = new ArrayList<>();
    for (String metric : METRICS) {
      for (int months = 0; months <= 11; months++) {
        for (double pct : percentages) {
          int hits = Decisions.evaluate(DECISION, Map.of("metric", metric, "achievementPct", pct,
              "monthsRemaining", months)).getResultList().size();
          if (hits != 1) {
            misses.add(metric + " " + pct + "% " + months + " months: " + hits + " rules");
          }
        }
      }
    }

    assertThat(misses).isEmpty();
  }
}
