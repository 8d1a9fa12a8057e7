package com.regionops.partner;

/** 操盘方式: who runs the project. */
public enum OperatingMode {
  INDEPENDENT("独立操盘"),
  JOINT("联合操盘"),
  NOT_OPERATED("不操盘");

  private final String label;

  OperatingMode(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
