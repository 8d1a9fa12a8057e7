package com.regionops.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.support.Decisions;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The weights of 计划管理行为 row by row, and the score PlanBehavior makes of them. */
class PlanManagementScoreDecisionTest {

  static final DmnDecision DECISION = Decisions.load("plan-management-score");

  static List<Map<String, Object>> evaluate(Map<String, Object> in) {
    return Decisions.evaluate(DECISION, in).getResultList();
  }

  static Map<String, Object> rates(Double achievement, Double timeliness, Double feedback) {
    Map<String, Object> in = new HashMap<>();
    in.put("achievementRate", achievement);
    in.put("timelinessRate", timeliness);
    in.put("feedbackRate", feedback);
    return in;
  }

  /** Each rule, and 0 and 100 where a rate is present (a rate of 0 is not "nothing due"). */
  @ParameterizedTest(name = "{0} / {1} / {2} -> {3} {4} {5}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "80.0 | 90.0 | 70.0 | 0.5 | 0.3 | 0.2",
      "0.0 | 0.0 | 0.0 | 0.5 | 0.3 | 0.2",
      "100.0 | 100.0 | 100.0 | 0.5 | 0.3 | 0.2",
      "80.0 | 90.0 | null | 0.6 | 0.4 | 0.0",
      "0.0 | 0.0 | null | 0.6 | 0.4 | 0.0",
      "100.0 | 100.0 | null | 0.6 | 0.4 | 0.0",
      "80.0 | null | 50.0 | 0.7 | 0.0 | 0.3",
      "80.0 | null | null | 1.0 | 0.0 | 0.0",
      "0.0 | null | null | 1.0 | 0.0 | 0.0",
      "null | 90.0 | 0.0 | 0.0 | 0.6 | 0.4",
      "null | 90.0 | null | 0.0 | 1.0 | 0.0",
      "null | 0.0 | null | 0.0 | 1.0 | 0.0",
      "null | null | 100.0 | 0.0 | 0.0 | 1.0",
      "null | null | 0.0 | 0.0 | 0.0 | 1.0",
      "null | null | null | 0.0 | 0.0 | 0.0"})
  void weightsFollowWhichRatesThereAre(Double achievement, Double timeliness, Double feedback,
      double achievementWeight, double timelinessWeight, double feedbackWeight) {
    List<Map<String, Object>> result = evaluate(rates(achievement, timeliness, feedback));

    assertThat(result).hasSize(1);
    assertThat(((Number) result.get(0).get("achievementWeight")).doubleValue()).isEqualTo(achievementWeight);
    assertThat(((Number) result.get(0).get("timelinessWeight")).doubleValue()).isEqualTo(timelinessWeight);
    assertThat(((Number) result.get(0).get("feedbackWeight")).doubleValue()).isEqualTo(feedbackWeight);
  }

  static final PlanBehavior BEHAVIOR = new PlanBehavior(null, null, 3, PlanManagementScoreDecisionTest::evaluate,
      (project, month) -> new PlanBehavior.Timeliness(0, 0));

  @ParameterizedTest(name = "{0} / {1} / {2}, {3} adjustments, {4} decisions -> {5}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "100.0 | 100.0 | null | 0 | 0 | 100.0",
      "80.0 | 90.0 | null | 0 | 0 | 84.0",
      "80.0 | 90.0 | null | 1 | 1 | 79.0",
      "80.0 | 90.0 | null | 10 | 0 | 64.0",
      "80.0 | 90.0 | null | 10 | 10 | 54.0",
      "10.0 | 10.0 | null | 5 | 5 | 0.0",
      "75.5 | null | null | 0 | 0 | 75.5",
      "null | 66.6 | null | 2 | 0 | 62.6",
      "80.0 | 90.0 | 50.0 | 0 | 0 | 77.0",
      "80.0 | null | 50.0 | 1 | 0 | 69.0",
      "null | null | 50.0 | 0 | 1 | 47.0",
      "null | null | null | 3 | 3 | null"})
  void scoreIsWeightedLessCappedPenaltiesWithinZeroAndHundred(BigDecimal achievement, BigDecimal timeliness,
      BigDecimal feedback, int adjustments, int decisions, BigDecimal expected) {
    BigDecimal score = BEHAVIOR.score(achievement, timeliness, feedback, adjustments, decisions);
    if (expected == null) {
      assertThat(score).isNull();
    } else {
      assertThat(score).isEqualByComparingTo(expected);
    }
  }

  @Test
  void withoutADeployedTableThereIsNoScore() {
    assertThat(new PlanBehavior(null, null, 3, in -> List.of(), (project, month) -> null)
        .score(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, 0, 0)).isNull();
  }
}
