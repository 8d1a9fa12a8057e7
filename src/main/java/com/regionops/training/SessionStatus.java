package com.regionops.training;

/** Where a training session stands: open for registration until it starts, then 签到, feedback, closed. */
public enum SessionStatus {
  REGISTRATION("报名中"),
  CHECK_IN("待签到"),
  FEEDBACK("反馈中"),
  CLOSED("已结束");

  private final String label;

  SessionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
