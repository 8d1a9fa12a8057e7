package com.regionops.supervision;

/** 三色督办 as the DMN supervision-color names them; no colour while nothing is due soon. */
public enum SupervisionColor {
  BLUE("蓝"),
  YELLOW("黄"),
  RED("红");

  private final String label;

  SupervisionColor(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static String labelOf(String name) {
    return name == null ? "" : valueOf(name).label();
  }
}
