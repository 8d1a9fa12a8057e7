package com.regionops.inspection;

/** 严重程度 of a finding; the 整改 deadline follows from it (DMN finding-deadline). */
public enum FindingSeverity {
  GENERAL("一般"), IMPORTANT("重要"), SERIOUS("严重");

  private final String label;

  FindingSeverity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
