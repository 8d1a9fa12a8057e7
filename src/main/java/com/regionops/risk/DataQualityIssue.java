package com.regionops.risk;

/**
 * 数据质量问题 a biweekly check found: an overdue open node without a status update since the
 * previous check (days overdue), or a completion report that came late (days after the finish).
 */
public record DataQualityIssue(Long id, long checkId, String projectCode, String nodeCode, String nodeName,
    String kind, int days, String detail) {

  public static final String MISSING_STATUS_UPDATE = "MISSING_STATUS_UPDATE";
  public static final String LATE_REPORT = "LATE_REPORT";

  public String kindLabel() {
    return MISSING_STATUS_UPDATE.equals(kind) ? "缺少状态更新" : "节点迟报";
  }
}
