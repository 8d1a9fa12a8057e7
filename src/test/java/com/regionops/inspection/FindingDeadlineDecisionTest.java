package com.regionops.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.support.Decisions;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FindingDeadlineDecisionTest {

  static final DmnDecision DECISION = Decisions.load("finding-deadline");

  /** A row per rule: the severity alone sets the days. */
  @ParameterizedTest(name = "{0} -> {1} days")
  @CsvSource({"SERIOUS, 7", "IMPORTANT, 15", "GENERAL, 30"})
  void theDeadlineFollowsTheSeverity(String severity, int days) {
    assertThat(Decisions.evaluate(DECISION, Map.of("severity", severity)).getSingleResult()
        .<Number>getEntry("rectifyDays").intValue()).isEqualTo(days);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "serious", "严重", "CRITICAL"})
  void anUnknownSeverityHasNoDeadline(String severity) {
    assertThat(Decisions.evaluate(DECISION, Map.of("severity", severity)).getResultList()).isEmpty();
  }
}
