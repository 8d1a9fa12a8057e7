package com.regionops.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 口径 by hand: a project 51 % ours (partners 30 % and 19 %), consolidated or not. */
class BasisTest {

  static final Partnership JOINT = Partnership.of("P1", OperatingMode.JOINT, true, List.of(
      new Partnership.Partner("甲", new BigDecimal("30.00"), null), new Partnership.Partner("乙", new BigDecimal("19.00"), null)));
  static final Partnership NOT_OURS = Partnership.of("P2", OperatingMode.NOT_OPERATED, false, List.of(
      new Partnership.Partner("丙", new BigDecimal("60.00"), "操盘方")));

  @Test
  void ourShareIsWhatThePartnersLeave() {
    assertThat(JOINT.ourSharePct()).isEqualByComparingTo("51.00");
    assertThat(NOT_OURS.ourSharePct()).isEqualByComparingTo("40.00");
    assertThat(Partnership.alone("P3").ourSharePct()).isEqualByComparingTo("100");
    assertThat(NOT_OURS.runByPartner()).isTrue();
    assertThat(JOINT.runByPartner()).isFalse();
  }

  @Test
  void equityIsOurShareToTheCentAndConsolidatedCountsOnlyConsolidatedProjects() {
    // 1,234.56 万元 × 51 % = 629.6256 → 629.63; × 40 % = 493.824 → 493.82
    assertThat(Basis.EQUITY.of(new BigDecimal("1234.56"), JOINT)).isEqualByComparingTo("629.63");
    assertThat(Basis.EQUITY.of(new BigDecimal("1234.56"), NOT_OURS)).isEqualByComparingTo("493.82");
    assertThat(Basis.ASSESSMENT.of(new BigDecimal("1234.56"), NOT_OURS)).isEqualByComparingTo("1234.56");
    assertThat(Basis.CONSOLIDATED.of(new BigDecimal("1234.56"), JOINT)).isEqualByComparingTo("1234.56");
    assertThat(Basis.CONSOLIDATED.of(new BigDecimal("1234.56"), NOT_OURS)).isEqualByComparingTo("0");
    assertThat(Basis.CONSOLIDATED.counts(NOT_OURS)).isFalse();
    assertThat(Basis.EQUITY.counts(NOT_OURS)).isTrue();
    assertThat(Basis.EQUITY.of(null, JOINT)).isNull();
  }
}
