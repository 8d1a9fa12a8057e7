package com.regionops.plan;

/** Plan hierarchy: 里程碑 above 一级/二级/三级 nodes. */
public enum NodeLevel {
  MILESTONE,
  L1,
  L2,
  L3
}
