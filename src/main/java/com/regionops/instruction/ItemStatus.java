package com.regionops.instruction;

/** Where one addressee's copy of an instruction stands. */
public enum ItemStatus {
  ISSUED("待签收"),
  ACKNOWLEDGED("已签收"),
  RELAYED("已转发项目"),
  ANSWERED("已反馈"),
  RETURNED("已退回"),
  CLOSED("已办结");

  private final String label;

  ItemStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
