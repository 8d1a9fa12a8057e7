package com.regionops.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** 计划达成率 = achieved ÷ due × 100, rounded to the scale with the mode; null when nothing was due. */
public final class KpiRate {

  public static final String NOTHING_DUE = "无考核节点";

  private KpiRate() {
  }

  public static BigDecimal of(int achieved, int due, int scale, RoundingMode mode) {
    if (due == 0) {
      return null;
    }
    return BigDecimal.valueOf(achieved * 100L).divide(BigDecimal.valueOf(due), scale, mode);
  }

  /** As a person reads it: {@code 66.6%}, or 无考核节点. */
  public static String text(BigDecimal rate) {
    return rate == null ? NOTHING_DUE : rate.toPlainString() + "%";
  }
}
