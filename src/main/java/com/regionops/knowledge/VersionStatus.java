package com.regionops.knowledge;

/** Where a version of an entry stands (ro_knowledge_version.status). */
public enum VersionStatus {
  DRAFT("草稿"),
  IN_REVIEW("审核中"),
  PUBLISHED("已发布"),
  SUPERSEDED("已被新版本替代");

  private final String label;

  VersionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
