package com.regionops.gate;

/** Where a project stands on a gate; NOT_STARTED is never stored, it is the absence of a review. */
public enum GateReviewStatus {
  NOT_STARTED,
  IN_REVIEW,
  PASSED,
  CLOSED,
  FAILED;

  /** A round in these states blocks a new one. */
  public boolean isOpen() {
    return this == IN_REVIEW || this == PASSED;
  }

  /** A gate in these states lets its successors start. */
  public boolean isPassed() {
    return this == PASSED || this == CLOSED;
  }
}
