package com.regionops.target;

/** PENDING while under review; APPROVED is frozen and current until SUPERSEDED by a newer approval. */
public enum TargetVersionStatus {
  PENDING,
  APPROVED,
  REJECTED,
  SUPERSEDED
}
