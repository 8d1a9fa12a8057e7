package com.regionops.operating;

/**
 * PENDING while under review; APPROVED is frozen and current until SUPERSEDED by a newer approval;
 * WITHDRAWN when its approval instance was cancelled.
 */
public enum TargetVersionStatus {
  PENDING,
  WITHDRAWN,
  APPROVED,
  REJECTED,
  SUPERSEDED
}
