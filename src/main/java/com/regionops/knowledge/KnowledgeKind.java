package com.regionops.knowledge;

/** The kinds of entry the library keeps: the industry's 工作指引库, 计划模板库 and 项目管理知识库. */
public enum KnowledgeKind {
  LESSON("经验教训"),
  PRACTICE("优秀做法指引"),
  GUIDE("工作指引"),
  TEMPLATE("上会资料模板"),
  POLICY("制度");

  private final String label;

  KnowledgeKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Kinds only region-ops and group-ops keep: templates belong to the gate catalogue, policies to 制度宣贯. */
  public boolean keptByOps() {
    return this == TEMPLATE || this == POLICY;
  }
}
