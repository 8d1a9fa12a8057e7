package com.regionops.org;

public enum ProjectStatus {
  ACTIVE,
  CLOSED
}
