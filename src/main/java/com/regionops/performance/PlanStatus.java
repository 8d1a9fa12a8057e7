package com.regionops.performance;

/** A plan version: under review, approved (frozen), returned with a comment, or superseded by a newer approved one. */
public enum PlanStatus {
  IN_REVIEW, APPROVED, RETURNED, SUPERSEDED
}
