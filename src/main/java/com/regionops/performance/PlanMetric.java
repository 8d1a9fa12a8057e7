package com.regionops.performance;

import com.regionops.operating.Metric;

/**
 * The metrics of a 业绩规划, in the order. Six are the operating targets' {@link Metric} (same names, so a
 * decomposition and its actuals compare by name); 回款 (COLLECTION) is planned here only: the yearly targets do not
 * decompose it yet, so it has no decomposition gap and no actuals.
 */
public enum PlanMetric {
  SALES("销售", Metric.SALES),
  COLLECTION("回款", null),
  REVENUE_RECOGNITION("确收", Metric.REVENUE_RECOGNITION),
  SUPPLY("供货", Metric.SUPPLY),
  NET_PROFIT("净利润", Metric.NET_PROFIT),
  CASH_FLOW("现金流", Metric.CASH_FLOW),
  INVESTMENT("投资", Metric.INVESTMENT);

  private final String label;
  private final Metric target;

  PlanMetric(String label, Metric target) {
    this.label = label;
    this.target = target;
  }

  public String label() {
    return label;
  }

  /** The operating target's metric, or null (回款). */
  public Metric target() {
    return target;
  }

  /** A loss or a net outflow may be planned; sales or investment below zero is a typo. */
  public boolean mayBeNegative() {
    return target != null && target.mayBeNegative();
  }

  public static PlanMetric parse(String value) {
    for (PlanMetric metric : values()) {
      if (metric.name().equals(value)) {
        return metric;
      }
    }
    return null;
  }
}
