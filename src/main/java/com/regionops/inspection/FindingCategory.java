package com.regionops.inspection;

/** What a finding is about, as the department files 巡检问题. */
public enum FindingCategory {
  SCHEDULE("进度"), QUALITY("质量"), SAFETY("安全"), PERMITS("报建证照"), RECORDS("资料管理"), OTHER("其他");

  private final String label;

  FindingCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
