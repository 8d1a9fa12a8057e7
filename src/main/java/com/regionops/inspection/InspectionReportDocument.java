package com.regionops.inspection;

import static com.regionops.document.PdfRenderer.escape;

import com.regionops.document.PdfRenderer;
import com.regionops.meeting.MeetingDecision;
import com.regionops.platform.security.Groups;
import java.util.List;
import java.util.Map;

/**
 * The 巡检报告 as the department files it: the project, when and by whom, the summary, and each
 * finding with its severity, cause, the 整改 asked for and its deadline. Pure: the caller gathers
 * the facts, {@link PdfRenderer} draws them.
 */
public final class InspectionReportDocument {

  /** nodes: node id → "code 名称" of the nodes the findings concern. */
  public record Facts(Inspection inspection, String projectName, String summary, List<InspectionFinding> findings,
      Map<Long, MeetingDecision> rectifications, Map<Long, String> nodes, Map<String, String> gates) {
  }

  private InspectionReportDocument() {
  }

  public static String title(Inspection inspection) {
    return "巡检报告：" + InspectionService.title(inspection);
  }

  public static String fileName(Inspection inspection) {
    return ("巡检报告-" + inspection.projectCode() + "-" + inspection.kind().label() + "-" + inspection.plannedDate())
        .replaceAll("[\\\\/:*?\"<>|]", "_") + ".pdf";
  }

  public static String xhtml(Facts facts) {
    Inspection i = facts.inspection();
    StringBuilder b = new StringBuilder();
    b.append("<h1>").append(escape(title(i))).append("</h1>");
    b.append("<table class=\"meta\">");
    row(b, "项目", i.projectCode() + " " + facts.projectName());
    row(b, "巡检方式", i.kind().label() + (i.stayDays() > 0 ? "（驻场 " + i.stayDays() + " 天）" : ""));
    row(b, "巡检日期", String.valueOf(i.plannedDate()));
    row(b, "组长", i.leadInspector());
    row(b, "组员", i.inspectors() == null ? "" : i.inspectors().replace(",", "、"));
    row(b, "巡检事由", i.reason());
    b.append("</table>");
    b.append("<h2>巡检情况</h2>");
    for (String line : (facts.summary() == null ? "" : facts.summary()).split("\\R")) {
      b.append("<p>").append(escape(line)).append("</p>");
    }
    b.append("<h2>发现问题及整改要求（").append(facts.findings().size()).append(" 项）</h2>");
    if (facts.findings().isEmpty()) {
      b.append("<p>本次巡检未发现需整改的问题。</p>");
    }
    for (InspectionFinding f : facts.findings()) {
      MeetingDecision d = facts.rectifications().get(f.decisionId());
      b.append("<table><tr><th style=\"width:18%\">问题 ").append(f.seq()).append("</th><th>")
          .append(escape(f.severity().label())).append(" · ").append(escape(f.category().label())).append("</th></tr>");
      cell(b, "问题描述", f.description());
      if (f.nodeId() != null) {
        cell(b, "所涉计划节点", facts.nodes().get(f.nodeId()));
      }
      if (f.gateCode() != null) {
        cell(b, "所涉节点会议", facts.gates().getOrDefault(f.gateCode(), f.gateCode()));
      }
      cell(b, "原因分析", f.cause());
      cell(b, "整改建议", f.recommendation());
      cell(b, "整改责任方", d == null ? "" : Groups.nameOf(d.ownerGroup()));
      cell(b, "整改期限", d == null ? "" : String.valueOf(d.dueDate()));
      b.append("</table>");
    }
    b.append("<p class=\"foot\">本报告由 RegionOps 区域运营管控平台在巡检组提交后生成并归档；整改由项目公司落实、巡检组长核验。</p>");
    return PdfRenderer.page(title(i), b.toString());
  }

  private static void row(StringBuilder b, String label, String value) {
    b.append("<tr><td><b>").append(escape(label)).append("：</b></td><td>").append(escape(value)).append("</td></tr>");
  }

  private static void cell(StringBuilder b, String label, String value) {
    b.append("<tr><td>").append(escape(label)).append("</td><td>").append(escape(value)).append("</td></tr>");
  }
}
