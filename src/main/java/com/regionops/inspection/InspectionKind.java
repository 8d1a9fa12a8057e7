package com.regionops.inspection;

/** 巡检方式: a schedule inspection of the whole plan, or a special one on a named topic. */
public enum InspectionKind {
  PROGRESS("进度巡检"), SPECIAL("专项巡检");

  private final String label;

  InspectionKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
