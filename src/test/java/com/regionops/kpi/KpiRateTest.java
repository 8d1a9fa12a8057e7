package com.regionops.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class KpiRateTest {

  @Test
  void ratesAreRoundedWithTheModeAndScale() {
    assertThat(KpiRate.of(2, 3, 1, RoundingMode.FLOOR)).isEqualByComparingTo("66.6");
    assertThat(KpiRate.of(2, 3, 1, RoundingMode.CEILING)).isEqualByComparingTo("66.7");
    assertThat(KpiRate.of(1, 3, 1, RoundingMode.CEILING)).isEqualByComparingTo("33.4");
    assertThat(KpiRate.of(1, 3, 1, RoundingMode.HALF_UP)).isEqualByComparingTo("33.3");
    assertThat(KpiRate.of(1, 3, 0, RoundingMode.FLOOR)).isEqualByComparingTo("33");
    assertThat(KpiRate.of(3, 3, 1, RoundingMode.FLOOR)).isEqualByComparingTo("100.0");
    assertThat(KpiRate.of(0, 4, 1, RoundingMode.CEILING)).isEqualByComparingTo("0.0");
    assertThat(KpiRate.of(1, 8, 1, RoundingMode.FLOOR)).isEqualByComparingTo("12.5");
  }

  @Test
  void nothingDueIsNoRate() {
    assertThat(KpiRate.of(0, 0, 1, RoundingMode.FLOOR)).isNull();
    assertThat(KpiRate.text(null)).isEqualTo("无考核节点");
    assertThat(KpiRate.text(KpiRate.of(2, 3, 1, RoundingMode.FLOOR))).isEqualTo("66.6%");
  }
}
