package com.regionops.training;

/** An invited person's answer to the invitation; NO_RESPONSE when registration closed before they answered. */
public enum Registration {
  PENDING("待报名"),
  REGISTERED("已报名"),
  DECLINED("不参加"),
  NO_RESPONSE("未答复");

  private final String label;

  Registration(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
