package com.regionops.risk;

import static com.regionops.document.PdfRenderer.escape;

import com.regionops.document.PdfRenderer;
import java.util.List;
import java.util.Map;

/** The 双周通报 as a PDF page: counts per grade per project, the red and orange list, changes since the last check. */
public final class CheckReportDocument {

  static final List<String> GRADES = List.of("RED", "ORANGE", "YELLOW", "GREEN");
  static final Map<String, String> GRADE_NAMES = Map.of("RED", "红", "ORANGE", "橙", "YELLOW", "黄", "GREEN", "绿");

  private CheckReportDocument() {
  }

  public static String title(RiskReport report, String regionName) {
    return regionName + " 双周计划检查通报（" + report.check().periodDate() + "）";
  }

  public static String fileName(RiskReport report, String regionName) {
    return "双周通报-" + regionName + "-" + report.check().periodDate() + ".pdf";
  }

  public static String xhtml(RiskReport report, String regionName, Map<String, String> projectNames) {
    RiskCheck check = report.check();
    StringBuilder b = new StringBuilder();
    b.append("<h1>").append(escape(title(report, regionName))).append("</h1>");
    b.append("<p>本期共评定未完成节点 ").append(check.nodesGraded()).append(" 个：红 ").append(check.redCount())
        .append("、橙 ").append(check.orangeCount()).append("、黄 ").append(check.yellowCount()).append("、绿 ")
        .append(check.greenCount()).append("。</p>");
    b.append("<h2>各项目风险等级分布</h2><table><tr><th>项目</th>");
    GRADES.forEach(g -> b.append("<th class=\"num\">").append(GRADE_NAMES.get(g)).append("</th>"));
    b.append("</tr>");
    report.countsByProject().forEach((project, counts) -> {
      b.append("<tr><td>").append(escape(name(projectNames, project))).append("</td>");
      GRADES.forEach(g -> b.append("<td class=\"num\">").append(counts.getOrDefault(g, 0)).append("</td>"));
      b.append("</tr>");
    });
    b.append("</table>");
    b.append("<h2>红/橙节点清单（").append(report.redAndOrange().size()).append(" 个）</h2>");
    if (report.redAndOrange().isEmpty()) {
      b.append("<p>无</p>");
    } else {
      b.append("<table><tr><th style=\"width:9%\">等级</th><th style=\"width:23%\">项目</th>")
          .append("<th style=\"width:24%\">节点</th><th class=\"num\" style=\"width:11%\">逾期天数</th>")
          .append("<th class=\"num\" style=\"width:11%\">预计延误</th><th>原因</th></tr>");
      for (RiskAssessment r : report.redAndOrange()) {
        b.append("<tr><td class=\"").append("RED".equals(r.grade()) ? "red" : "orange").append("\">")
            .append(GRADE_NAMES.get(r.grade())).append("</td><td>").append(escape(name(projectNames, r.projectCode())))
            .append("</td><td>").append(escape(r.nodeCode())).append(' ').append(escape(r.nodeName()))
            .append("</td><td class=\"num\">").append(r.daysOverdue()).append("</td><td class=\"num\">")
            .append(r.forecastDelayDays()).append("</td><td>").append(escape(r.reason())).append("</td></tr>");
      }
      b.append("</table>");
    }
    b.append("<h2>较上期变化（").append(report.changes().size()).append(" 个节点）</h2>");
    if (report.changes().isEmpty()) {
      b.append("<p>无</p>");
    } else {
      b.append("<table><tr><th>项目</th><th>节点</th><th>上期</th><th>本期</th></tr>");
      for (RiskReport.Change c : report.changes()) {
        b.append("<tr><td>").append(escape(name(projectNames, c.projectCode()))).append("</td><td>")
            .append(escape(c.nodeCode())).append(' ').append(escape(c.nodeName())).append("</td><td>")
            .append(c.from() == null ? "新评定" : GRADE_NAMES.getOrDefault(c.from(), c.from())).append("</td><td>")
            .append(GRADE_NAMES.getOrDefault(c.to(), c.to())).append("</td></tr>");
      }
      b.append("</table>");
    }
    b.append("<h2>数据质量问题（").append(report.dataQuality().size()).append(" 个）</h2>");
    if (report.dataQuality().isEmpty()) {
      b.append("<p>无：逾期节点均已更新状态，节点均按时填报。</p>");
    } else {
      b.append("<table><tr><th style=\"width:23%\">项目</th><th style=\"width:14%\">问题</th>")
          .append("<th style=\"width:24%\">节点</th><th>说明</th></tr>");
      for (DataQualityIssue i : report.dataQuality()) {
        b.append("<tr><td>").append(escape(name(projectNames, i.projectCode()))).append("</td><td>")
            .append(i.kindLabel()).append("</td><td>").append(escape(i.nodeCode())).append(' ')
            .append(escape(i.nodeName())).append("</td><td>").append(escape(i.detail())).append("</td></tr>");
      }
      b.append("</table>");
    }
    b.append("<p class=\"foot\">本通报由 RegionOps 区域运营管控平台在区域运营管理部审阅后生成并归档。</p>");
    return PdfRenderer.page(title(report, regionName), b.toString());
  }

  private static String name(Map<String, String> names, String code) {
    String name = names.get(code);
    return name == null ? code : name + "（" + code + "）";
  }
}
