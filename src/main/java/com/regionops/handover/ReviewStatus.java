package com.regionops.handover;

/** A contract handover date review: IN_REVIEW while handover-date-review runs, then how it ended. */
public enum ReviewStatus {
  IN_REVIEW("审核中"),
  APPROVED("已批准"),
  RETURNED("已退回"),
  REFUSED("不通过");

  private final String label;

  ReviewStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
