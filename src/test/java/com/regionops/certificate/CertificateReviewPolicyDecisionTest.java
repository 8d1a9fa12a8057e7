package com.regionops.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.support.Decisions;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertificateReviewPolicyDecisionTest {

  static final DmnDecision DECISION = Decisions.load("certificate-review-policy");

  /** One row per rule, and every type that falls to the last one. */
  @ParameterizedTest(name = "{0}: lead {1}, reminders {2}")
  @CsvSource(delimiter = '|', value = {
      "BUSINESS_LICENSE | 60 | 30,15,7,3 | 15 | 7",
      "DEVELOPER_QUALIFICATION | 180 | 90,60,30,15,7 | 60 | 30",
      "LAND_TITLE | 60 | 30,15,7 | 15 | 7",
      "LAND_PLANNING_PERMIT | 60 | 30,15,7 | 15 | 7",
      "ENGINEERING_PLANNING_PERMIT | 60 | 30,15,7 | 15 | 7",
      "CONSTRUCTION_PERMIT | 60 | 30,15,7 | 15 | 7",
      "PRESALE_PERMIT | 60 | 30,15,7 | 15 | 7",
      "COMPLETION_FILING | 60 | 30,15,7 | 15 | 7"})
  void policyPerCertificateType(String type, int lead, String reminders, int regionOps, int president) {
    DmnDecisionResultEntries result = Decisions.evaluate(DECISION, Map.of("certificateType", type)).getSingleResult();

    assertThat(((Number) result.getEntry("leadDays")).intValue()).isEqualTo(lead);
    assertThat(result.<String>getEntry("reminderDays")).isEqualTo(reminders);
    assertThat(((Number) result.getEntry("escalateRegionOpsAtDays")).intValue()).isEqualTo(regionOps);
    assertThat(((Number) result.getEntry("escalatePresidentAtDays")).intValue()).isEqualTo(president);
  }
}
