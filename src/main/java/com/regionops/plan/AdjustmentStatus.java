package com.regionops.plan;

public enum AdjustmentStatus {
  PENDING,
  APPROVED,
  REJECTED
}
