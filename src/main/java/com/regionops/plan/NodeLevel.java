package com.regionops.plan;

import java.util.Locale;

/** Plan hierarchy: 里程碑 above 一级/二级/三级 nodes. */
public enum NodeLevel {
  MILESTONE("里程碑"),
  L1("一级"),
  L2("二级"),
  L3("三级");

  private final String label;

  NodeLevel(String label) {
    this.label = label;
  }

  /** What a user reads and types in a spreadsheet or project file. */
  public String label() {
    return label;
  }

  /** The level a label or an enum name (any case, untrimmed) stands for; null when it is neither. */
  public static NodeLevel fromLabel(String text) {
    if (text == null) {
      return null;
    }
    String wanted = text.strip();
    for (NodeLevel level : values()) {
      if (level.label.equals(wanted) || level.name().equals(wanted.toUpperCase(Locale.ROOT))) {
        return level;
      }
    }
    return null;
  }
}
