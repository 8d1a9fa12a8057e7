package com.regionops.training;

/** An attendee's feedback: asked once they attended; EXPIRED when the window closed without it. */
public enum FeedbackStatus {
  PENDING("待反馈"),
  GIVEN("已反馈"),
  EXPIRED("逾期未反馈");

  private final String label;

  FeedbackStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
