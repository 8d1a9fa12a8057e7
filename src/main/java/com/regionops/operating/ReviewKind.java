package com.regionops.operating;

import java.time.LocalDate;

/** 经营分析会: after a quarter, after the first half-year (in place of Q2), after the year (in place of Q4). */
public enum ReviewKind {
  QUARTERLY,
  HALF_YEAR,
  ANNUAL;

  /** The kind held after the given quarter ended: Q2 is the half-year review, Q4 the annual one. */
  public static ReviewKind after(int quarter) {
    return switch (quarter) {
      case 2 -> HALF_YEAR;
      case 4 -> ANNUAL;
      default -> QUARTERLY;
    };
  }

  /** Q1..Q4, H1 or Y: one review per region and period. */
  public String period(int quarter) {
    return switch (this) {
      case QUARTERLY -> "Q" + quarter;
      case HALF_YEAR -> "H1";
      case ANNUAL -> "Y";
    };
  }

  public LocalDate periodEnd(int year, int quarter) {
    int month = switch (this) {
      case QUARTERLY -> quarter * 3;
      case HALF_YEAR -> 6;
      case ANNUAL -> 12;
    };
    return LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
  }

  public String title(int year, int quarter) {
    return year + " 年" + switch (this) {
      case QUARTERLY -> "第" + "一二三四".charAt(quarter - 1) + "季度";
      case HALF_YEAR -> "半年度";
      case ANNUAL -> "年度";
    } + "经营分析会";
  }
}
