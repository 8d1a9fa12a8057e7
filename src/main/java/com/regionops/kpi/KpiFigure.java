package com.regionops.kpi;

import java.math.BigDecimal;

/** Due and achieved nodes and the rate (null when nothing was due), with the rate as text. */
public record KpiFigure(int dueCount, int achievedCount, BigDecimal rate, String rateText) {

  public static KpiFigure of(int due, int achieved, BigDecimal rate) {
    return new KpiFigure(due, achieved, rate, KpiRate.text(rate));
  }
}
