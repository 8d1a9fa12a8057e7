package com.regionops.document;

/**
 * What a file belongs to (ro_document.owner_type, owner_id). The id is the object's own key:
 * a gate review round, meeting, decision, certificate or plan node id, a check's id for its
 * report, an instruction copy's id for its answer's files, the project code for a project's other files.
 */
public enum OwnerType {
  GATE_REVIEW("节点会议轮次"),
  MEETING("会议"),
  DECISION("会议决议"),
  CERTIFICATE("证照"),
  PLAN_NODE("计划节点"),
  CORRECTION("进度纠偏"),
  RISK_CHECK("双周检查"),
  INSTRUCTION("指令"),
  POLICY("制度"),
  INSTRUCTION_ITEM("指令反馈"),
  KNOWLEDGE("知识条目"),
  TRAINING("培训"),
  PARTNER_MATTER("合作方事项"),
  PROJECT("项目");

  private final String label;

  OwnerType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
