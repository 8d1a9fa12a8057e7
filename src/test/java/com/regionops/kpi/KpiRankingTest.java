package com.regionops.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KpiRankingTest {

  static KpiRanking line(String code, String rate, int adjustments, int decisions) {
    BigDecimal r = rate == null ? null : new BigDecimal(rate);
    return new KpiRanking(0, code, code, "SOUTH", r, KpiRate.text(r), 0, 0, Map.of(), adjustments, decisions, 0, 0, 0, null,
        KpiRate.text(null), null, 0, 0, null, KpiRate.text(null), 0, 0, 0, null, KpiRate.text(null), null);
  }

  @Test
  void rateHighToLowNoRateLastThenFewerAdjustmentsThenFewerOverdueDecisionsThenCode() {
    List<KpiRanking> ranked = KpiRanking.rank(List.of(
        line("Z_NULL", null, 0, 0),
        line("B_80_ADJ2", "80.0", 2, 0),
        line("C_80_ADJ1_DEC3", "80.0", 1, 3),
        line("D_80_ADJ1_DEC1", "80.00", 1, 1),
        line("A_90", "90.0", 5, 5),
        line("E_0", "0.0", 0, 0)));

    assertThat(ranked).extracting(KpiRanking::projectCode).containsExactly(
        "A_90", "D_80_ADJ1_DEC1", "C_80_ADJ1_DEC3", "B_80_ADJ2", "E_0", "Z_NULL");
    assertThat(ranked).extracting(KpiRanking::rank).containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void tiesShareARankAndTheNextRankSkips() {
    List<KpiRanking> ranked = KpiRanking.rank(List.of(
        line("GZ02", "75.0", 1, 0),
        line("GZ01", "75.0", 1, 0),
        line("SZ01", "60.0", 0, 0),
        line("N1", null, 0, 0),
        line("N2", null, 0, 0)));

    assertThat(ranked).extracting(KpiRanking::projectCode).containsExactly("GZ01", "GZ02", "SZ01", "N1", "N2");
    assertThat(ranked).extracting(KpiRanking::rank).containsExactly(1, 1, 3, 4, 4);
  }

  static KpiRanking scored(String code, String rate, String score) {
    KpiRanking l = line(code, rate, 0, 0);
    return new KpiRanking(0, code, code, "SOUTH", l.rate(), l.rateText(), 0, 0, Map.of(), 0, 0, 0, 0, 0, null,
        KpiRate.text(null), score == null ? null : new BigDecimal(score), 0, 0, null, KpiRate.text(null), 0, 0, 0,
        null, KpiRate.text(null), null);
  }

  @Test
  void byScoreRanksOn计划管理行为FirstNoScoreLastThenTheRateOrder() {
    List<KpiRanking> ranked = KpiRanking.rank(List.of(
        scored("LOW", "95.0", "40.0"),
        scored("NONE", "99.0", null),
        scored("HIGH_A", "70.0", "88.5"),
        scored("HIGH_B", "80.0", "88.5"),
        scored("MID", "60.0", "70.0")), true);

    assertThat(ranked).extracting(KpiRanking::projectCode).containsExactly("HIGH_B", "HIGH_A", "MID", "LOW", "NONE");
    assertThat(ranked).extracting(KpiRanking::rank).as("same score, different rate: no tie").containsExactly(1, 2, 3, 4, 5);
    assertThat(KpiRanking.rank(ranked)).extracting(KpiRanking::projectCode).as("the default order is by rate")
        .startsWith("NONE", "LOW");
  }
}
