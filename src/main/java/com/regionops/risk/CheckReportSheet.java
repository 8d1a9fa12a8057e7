package com.regionops.risk;

import com.regionops.platform.sheet.SheetWriter;
import java.util.List;
import java.util.Map;

/** The 双周通报 as an .xlsx, the sheets of its PDF: 等级分布, 红橙节点, 较上期变化, 数据质量问题. */
final class CheckReportSheet {

  private CheckReportSheet() {
  }

  static byte[] write(RiskReport report, String regionName, Map<String, String> projectNames) {
    return SheetWriter.bytes(w -> {
      w.title(CheckReportDocument.title(report, regionName));
      SheetWriter.Sheet counts = w.sheet("等级分布", List.of("项目编码", "项目名称", "红", "橙", "黄", "绿"));
      report.countsByProject().forEach((project, byGrade) -> counts.row(project, projectNames.get(project),
          byGrade.getOrDefault("RED", 0), byGrade.getOrDefault("ORANGE", 0), byGrade.getOrDefault("YELLOW", 0),
          byGrade.getOrDefault("GREEN", 0)));
      SheetWriter.Sheet serious = w.sheet("红橙节点", List.of("等级", "项目编码", "节点编码", "节点名称", "节点级别",
          "逾期天数", "预计延误天数", "连续期数", "原因"));
      for (RiskAssessment r : report.redAndOrange()) {
        serious.row(CheckReportDocument.GRADE_NAMES.get(r.grade()), r.projectCode(), r.nodeCode(), r.nodeName(),
            com.regionops.plan.NodeLevel.valueOf(r.nodeLevel()).label(), r.daysOverdue(), r.forecastDelayDays(),
            r.consecutiveChecks(), r.reason());
      }
      SheetWriter.Sheet changes = w.sheet("较上期变化", List.of("项目编码", "节点编码", "节点名称", "上期", "本期"));
      for (RiskReport.Change c : report.changes()) {
        changes.row(c.projectCode(), c.nodeCode(), c.nodeName(),
            c.from() == null ? "新评定" : CheckReportDocument.GRADE_NAMES.get(c.from()),
            CheckReportDocument.GRADE_NAMES.get(c.to()));
      }
      SheetWriter.Sheet quality = w.sheet("数据质量问题", List.of("项目编码", "问题", "节点编码", "节点名称", "天数", "说明"));
      for (DataQualityIssue i : report.dataQuality()) {
        quality.row(i.projectCode(), i.kindLabel(), i.nodeCode(), i.nodeName(), i.days(), i.detail());
      }
    });
  }
}
