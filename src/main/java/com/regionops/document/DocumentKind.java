package com.regionops.document;

/** What a file is to the department (ro_document.kind). */
public enum DocumentKind {
  MATERIAL("上会资料"),
  MINUTES("会议纪要"),
  DELIVERABLE("阶段成果"),
  CERTIFICATE_SCAN("证照扫描件"),
  EVIDENCE("决议落实/整改证据"),
  REPORT("通报/报告"),
  ISSUED("下发文件"),
  OTHER("其他");

  private final String label;

  DocumentKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
