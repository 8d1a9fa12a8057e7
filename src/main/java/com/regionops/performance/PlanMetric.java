package com.regionops.performance;

import com.regionops.operating.Metric;

/**
 * The metrics of a 业绩规划, in the order: each is an operating target's {@link Metric} of the same name, so
 * a decomposition and its actuals compare with the plan by name.
 */
public enum PlanMetric {
  SALES("销售", Metric.SALES),
  COLLECTION("回款", Metric.COLLECTION),
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

  /** The operating target's metric. */
  public Metric target() {
    return target;
  }

  /** A loss or a net outflow may be planned; sales or investment below zero is a typo. */
  public boolean mayBeNegative() {
    return target.mayBeNegative();
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
