package com.regionops.org;

import java.util.Locale;

/** 产品/业态: what the knowledge library matches lessons and templates to. */
public enum ProjectType {
  RESIDENTIAL("住宅"),
  COMMERCIAL("商业"),
  MIXED_USE("综合体"),
  OFFICE("写字楼");

  private final String label;

  ProjectType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The type a code or its Chinese name stands for (any case, untrimmed); null when it is neither. */
  public static ProjectType parse(String text) {
    if (text == null) {
      return null;
    }
    String wanted = text.strip();
    for (ProjectType type : values()) {
      if (type.label.equals(wanted) || type.name().equals(wanted.toUpperCase(Locale.ROOT))) {
        return type;
      }
    }
    return null;
  }
}
