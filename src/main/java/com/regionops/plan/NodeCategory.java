package com.regionops.plan;

/** 报建, 设计, 工程, 供货, 开盘, 交楼, 其他. */
public enum NodeCategory {
  PERMIT,
  DESIGN,
  CONSTRUCTION,
  SUPPLY,
  OPENING,
  HANDOVER,
  OTHER
}
