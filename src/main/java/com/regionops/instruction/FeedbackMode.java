package com.regionops.instruction;

/** What an instruction needs back: 签收 only, or a written answer (书面反馈). */
public enum FeedbackMode {
  ACKNOWLEDGE("仅需签收"),
  REPORT("书面反馈");

  private final String label;

  FeedbackMode(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
