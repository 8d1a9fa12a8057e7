package com.regionops.plan;

/** Where a completion report stands; REPORTED and RETURNED are open. */
public enum CompletionStatus {
  REPORTED,
  RETURNED,
  CONFIRMED,
  WITHDRAWN;

  public boolean isOpen() {
    return this == REPORTED || this == RETURNED;
  }
}
