package com.regionops.inspection;

/**
 * PLANNED: waiting for its day; IN_PROGRESS: the inspectors are on it; RECTIFYING: reported, its
 * 整改 being followed up; CLOSED: every 整改 verified (or nothing found).
 */
public enum InspectionStatus {
  PLANNED, IN_PROGRESS, RECTIFYING, CLOSED
}
