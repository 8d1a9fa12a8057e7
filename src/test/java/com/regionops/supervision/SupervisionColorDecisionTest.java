package com.regionops.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.support.Decisions;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupervisionColorDecisionTest {

  static final DmnDecision DECISION = Decisions.load("supervision-color");

  /** A row per rule and per boundary: daysToDue 3/4, daysLate 0/1/7/8, returns 0/1/2. An empty colour is none. */
  @ParameterizedTest(name = "toDue {0}, late {1}, returns {2} -> {3}")
  @CsvSource({
      // not due soon, never returned: no colour
      "30, 0, 0, ",
      "4, 0, 0, ",
      // due within three days: blue, up to the due day itself
      "3, 0, 0, BLUE",
      "0, 0, 0, BLUE",
      // returned once and not late: yellow, however far the due date
      "30, 0, 1, YELLOW",
      "2, 0, 1, YELLOW",
      // late up to seven days: yellow, returned once or not
      "0, 1, 0, YELLOW",
      "0, 7, 0, YELLOW",
      "0, 7, 1, YELLOW",
      // later than that: red
      "0, 8, 0, RED",
      "0, 8, 1, RED",
      "0, 40, 0, RED",
      // returned twice: red whatever the dates
      "30, 0, 2, RED",
      "0, 3, 2, RED",
      "0, 30, 5, RED"})
  void theColourFollowsTheDueDateAndTheReturns(int daysToDue, int daysLate, int returns, String color) {
    DmnDecisionResultEntries result = Decisions.evaluate(DECISION,
        Map.of("daysToDue", daysToDue, "daysLate", daysLate, "returns", returns)).getSingleResult();
    // an empty output cell is no entry at all
    assertThat((String) result.get("color")).isEqualTo(color);
    assertThat((String) result.getEntry("reason")).isNotBlank();
  }
}
