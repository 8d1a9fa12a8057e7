package com.regionops.instruction;

/** What an instruction is about; 经营分析会指示 names the group operating review it came from. */
public enum InstructionCategory {
  OPERATING_REVIEW("经营分析会指示"),
  OPERATIONS_REQUIREMENT("运营要求"),
  DATA_REPORT("数据报送"),
  OTHER("其他");

  private final String label;

  InstructionCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
