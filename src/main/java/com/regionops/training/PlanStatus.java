package com.regionops.training;

/** Where a region's annual training plan stands. */
public enum PlanStatus {
  IN_APPROVAL("待审批"),
  RETURNED("已退回修改"),
  APPROVED("已批准");

  private final String label;

  PlanStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
