package com.regionops.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** One project's line in the KPI ranking. */
public record KpiRanking(
    int rank,
    String projectCode,
    String projectName,
    String regionCode,
    BigDecimal rate,
    String rateText,
    int dueCount,
    int achievedCount,
    Map<String, KpiFigure> levels,
    int adjustments,
    int overdueDecisions,
    int lapsedCertificates) {

  /** Rate high to low (no rate last), then fewer adjustments, then fewer overdue decisions, then code. */
  static final Comparator<KpiRanking> ORDER = Comparator
      .comparing(KpiRanking::rate, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
      .thenComparingInt(KpiRanking::adjustments)
      .thenComparingInt(KpiRanking::overdueDecisions)
      .thenComparing(KpiRanking::projectCode);

  KpiRanking withRank(int newRank) {
    return new KpiRanking(newRank, projectCode, projectName, regionCode, rate, rateText, dueCount, achievedCount,
        levels, adjustments, overdueDecisions, lapsedCertificates);
  }

  /** Sorts and ranks: lines equal in rate, adjustments and overdue decisions share a rank (1, 1, 3). */
  static List<KpiRanking> rank(List<KpiRanking> lines) {
    List<KpiRanking> sorted = new ArrayList<>(lines);
    sorted.sort(ORDER);
    List<KpiRanking> ranked = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      KpiRanking line = sorted.get(i);
      int rank = i + 1;
      if (i > 0 && tied(sorted.get(i - 1), line)) {
        rank = ranked.get(i - 1).rank();
      }
      ranked.add(line.withRank(rank));
    }
    return ranked;
  }

  private static boolean tied(KpiRanking a, KpiRanking b) {
    boolean sameRate = a.rate() == null ? b.rate() == null : b.rate() != null && a.rate().compareTo(b.rate()) == 0;
    return sameRate && a.adjustments() == b.adjustments() && a.overdueDecisions() == b.overdueDecisions();
  }
}
