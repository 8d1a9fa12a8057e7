package com.regionops.meeting;

/** OPEN until the owner reports it done; DONE until region-ops verifies or reopens it. */
public enum DecisionStatus {
  OPEN,
  DONE,
  VERIFIED
}
