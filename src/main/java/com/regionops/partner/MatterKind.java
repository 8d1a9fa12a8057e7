package com.regionops.partner;

/** 合作方事项 kinds. */
public enum MatterKind {
  SHAREHOLDER_MOTION("股东会议案"),
  BOARD_MOTION("董事会议案"),
  PARTNER_REQUEST("合作方诉求"),
  CAPITAL_CALL("出资/增资"),
  PROFIT_DISTRIBUTION("利润分配");

  private final String label;

  MatterKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The partners' meetings decide motions on a day: the date is asked for. */
  public boolean motion() {
    return this == SHAREHOLDER_MOTION || this == BOARD_MOTION;
  }
}
