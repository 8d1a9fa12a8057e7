package com.regionops.operating;

import com.regionops.platform.security.Groups;

/** 经营指标: amounts in 万元 with two decimals; who reviews each in a decomposition. */
public enum Metric {
  SALES("销售", Groups.FN_MARKETING, false),
  // the sales teams chase what they sold, so 营销 reviews collection beside sales
  COLLECTION("回款", Groups.FN_MARKETING, false),
  REVENUE_RECOGNITION("确收", Groups.FN_FINANCE, false),
  SUPPLY("供货", Groups.FN_MARKETING, false),
  NET_PROFIT("净利润", Groups.FN_FINANCE, true),
  CASH_FLOW("现金流", Groups.FN_FINANCE, true),
  INVESTMENT("投资", Groups.FN_INVESTMENT, false);

  private final String label;
  private final String reviewer;
  private final boolean mayBeNegative;

  Metric(String label, String reviewer, boolean mayBeNegative) {
    this.label = label;
    this.reviewer = reviewer;
    this.mayBeNegative = mayBeNegative;
  }

  public String label() {
    return label;
  }

  /** The function group that reviews this metric's split (营销 / 财务 / 投资). */
  public String reviewer() {
    return reviewer;
  }

  /** A loss or a net outflow is a legitimate target; sales, collection or investment below zero is a typo. */
  public boolean mayBeNegative() {
    return mayBeNegative;
  }

  public static Metric parse(String value) {
    for (Metric metric : values()) {
      if (metric.name().equals(value)) {
        return metric;
      }
    }
    return null;
  }
}
