package com.regionops.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One project's line in the KPI ranking. 反馈及时率: written answers to instructions due and given in time. 巡检整改: the findings' 整改 due in the period, those verified
 * by its end (整改完成率, no rate when none was due) and those overdue at its end; shown, not scored. knowledge: 知识贡献
 * of the year (annual assessment only; null in a month's), shown, not scored.
 */
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
    int lapsedCertificates,
    int reportsDue,
    int reportsOnTime,
    BigDecimal timelinessRate,
    String timelinessText,
    BigDecimal behaviorScore,
    int rectificationsDue,
    int rectificationsDone,
    BigDecimal rectificationRate,
    String rectificationText,
    int overdueFindings,
    int feedbackDue,
    int feedbackOnTime,
    BigDecimal feedbackRate,
    String feedbackText,
    KnowledgeFigure knowledge) {

  /** Rate high to low (no rate last), then fewer adjustments, then fewer overdue decisions, then code. */
  static final Comparator<KpiRanking> ORDER = Comparator
      .comparing(KpiRanking::rate, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
      .thenComparingInt(KpiRanking::adjustments)
      .thenComparingInt(KpiRanking::overdueDecisions)
      .thenComparing(KpiRanking::projectCode);

  KpiRanking withRank(int newRank) {
    return new KpiRanking(newRank, projectCode, projectName, regionCode, rate, rateText, dueCount, achievedCount,
        levels, adjustments, overdueDecisions, lapsedCertificates, reportsDue, reportsOnTime, timelinessRate,
        timelinessText, behaviorScore, rectificationsDue, rectificationsDone, rectificationRate, rectificationText,
        overdueFindings, feedbackDue, feedbackOnTime, feedbackRate, feedbackText, knowledge);
  }

  /** The line with its 知识贡献 (annual assessment only). */
  KpiRanking withKnowledge(KnowledgeFigure figure) {
    return new KpiRanking(rank, projectCode, projectName, regionCode, rate, rateText, dueCount, achievedCount,
        levels, adjustments, overdueDecisions, lapsedCertificates, reportsDue, reportsOnTime, timelinessRate,
        timelinessText, behaviorScore, rectificationsDue, rectificationsDone, rectificationRate, rectificationText,
        overdueFindings, feedbackDue, feedbackOnTime, feedbackRate, feedbackText, figure);
  }

  /** 计划管理行为 high to low (no score last), then the rate order. */
  static final Comparator<KpiRanking> BY_SCORE = Comparator
      .comparing(KpiRanking::behaviorScore, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
      .thenComparing(ORDER);

  /** Sorts and ranks: lines equal in rate, adjustments and overdue decisions share a rank (1, 1, 3). */
  static List<KpiRanking> rank(List<KpiRanking> lines) {
    return rank(lines, false);
  }

  /** As {@link #rank(List)}, or by 计划管理行为 first when byScore (lines equal in score too share a rank). */
  static List<KpiRanking> rank(List<KpiRanking> lines, boolean byScore) {
    List<KpiRanking> sorted = new ArrayList<>(lines);
    sorted.sort(byScore ? BY_SCORE : ORDER);
    List<KpiRanking> ranked = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      KpiRanking line = sorted.get(i);
      int rank = i + 1;
      if (i > 0 && tied(sorted.get(i - 1), line) && (!byScore || same(sorted.get(i - 1).behaviorScore(),
          line.behaviorScore()))) {
        rank = ranked.get(i - 1).rank();
      }
      ranked.add(line.withRank(rank));
    }
    return ranked;
  }

  private static boolean tied(KpiRanking a, KpiRanking b) {
    return same(a.rate(), b.rate()) && a.adjustments() == b.adjustments() && a.overdueDecisions() == b.overdueDecisions();
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }
}
