package com.regionops.plan;

import java.util.Locale;

/** 报建, 设计, 工程, 供货, 开盘, 交楼, 其他. */
public enum NodeCategory {
  PERMIT("报建"),
  DESIGN("设计"),
  CONSTRUCTION("工程"),
  SUPPLY("供货"),
  OPENING("开盘"),
  HANDOVER("交楼"),
  OTHER("其他");

  private final String label;

  NodeCategory(String label) {
    this.label = label;
  }

  /** What a user reads and types in a spreadsheet or project file. */
  public String label() {
    return label;
  }

  /** The category a label or an enum name (any case, untrimmed) stands for; null when it is neither. */
  public static NodeCategory fromLabel(String text) {
    if (text == null) {
      return null;
    }
    String wanted = text.strip();
    for (NodeCategory category : values()) {
      if (category.label.equals(wanted) || category.name().equals(wanted.toUpperCase(Locale.ROOT))) {
        return category;
      }
    }
    return null;
  }
}
