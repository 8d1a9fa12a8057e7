package com.regionops.policy;

/** Where a person stands with a policy version. */
public enum AckStatus {
  PENDING("待阅知"),
  ACKNOWLEDGED("已阅知悉"),
  PASSED("答题通过"),
  SUPERSEDED("已被新版本替代");

  private final String label;

  AckStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Acknowledged, by 已阅知悉 or a passed quiz: what the rates count. */
  public boolean done() {
    return this == ACKNOWLEDGED || this == PASSED;
  }
}
