package com.regionops.handover;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.support.Decisions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** handover-date-check: a row per rule and per boundary, for each product type. */
class HandoverDateCheckDecisionTest {

  static final DmnDecision DECISION = Decisions.load(HandoverProcess.DECISION_KEY);

  @ParameterizedTest(name = "{0} margin {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      // 住宅: >= 60 OK, 30..59 CONDITIONAL, < 30 REFUSED
      "RESIDENTIAL | 365 | OK          | 60",
      "RESIDENTIAL | 60  | OK          | 60",
      "RESIDENTIAL | 59  | CONDITIONAL | 60",
      "RESIDENTIAL | 45  | CONDITIONAL | 60",
      "RESIDENTIAL | 30  | CONDITIONAL | 60",
      "RESIDENTIAL | 29  | REFUSED     | 60",
      "RESIDENTIAL | 0   | REFUSED     | 60",
      "RESIDENTIAL | -1  | REFUSED     | 60",
      // 综合体 as 住宅
      "MIXED_USE   | 60  | OK          | 60",
      "MIXED_USE   | 59  | CONDITIONAL | 60",
      "MIXED_USE   | 30  | CONDITIONAL | 60",
      "MIXED_USE   | 29  | REFUSED     | 60",
      // 商业, 写字楼: >= 45 OK, 20..44 CONDITIONAL, < 20 REFUSED
      "COMMERCIAL  | 200 | OK          | 45",
      "COMMERCIAL  | 45  | OK          | 45",
      "COMMERCIAL  | 44  | CONDITIONAL | 45",
      "COMMERCIAL  | 20  | CONDITIONAL | 45",
      "COMMERCIAL  | 19  | REFUSED     | 45",
      "COMMERCIAL  | 0   | REFUSED     | 45",
      "OFFICE      | 45  | OK          | 45",
      "OFFICE      | 44  | CONDITIONAL | 45",
      "OFFICE      | 20  | CONDITIONAL | 45",
      "OFFICE      | 19  | REFUSED     | 45"})
  void resultFollowsTheBufferOfTheProductType(String productType, int marginDays, String result, int bufferDays) {
    List<Map<String, Object>> hits = Decisions.evaluate(DECISION,
        Map.of("productType", productType, "marginDays", marginDays)).getResultList();

    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).get("result")).isEqualTo(result);
    assertThat(hits.get(0).get("bufferDays")).isEqualTo(bufferDays);
    assertThat((String) hits.get(0).get("reason")).isNotBlank();
  }

  @ParameterizedTest(name = "unknown type {0}")
  @CsvSource(nullValues = "null", value = {"VILLA", "null"})
  void anUnknownProductTypeMatchesNothing(String productType) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("productType", productType);
    variables.put("marginDays", 90);
    assertThat(Decisions.evaluate(DECISION, variables).getResultList()).isEmpty();
  }
}
