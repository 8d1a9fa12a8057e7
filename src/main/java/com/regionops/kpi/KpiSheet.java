package com.regionops.kpi;

import com.regionops.plan.NodeLevel;
import com.regionops.platform.sheet.SheetWriter;
import java.util.ArrayList;
import java.util.List;

/** The KPI ranking as an .xlsx: one line per project, the levels' rates beside the total. */
final class KpiSheet {

  private KpiSheet() {
  }

  static byte[] write(KpiReport report) {
    List<String> headers = new ArrayList<>(List.of("排名", "项目编码", "项目名称", "区域", "计划达成率(%)", "考核节点",
        "按期完成"));
    for (NodeLevel level : NodeLevel.values()) {
      headers.add(level.label() + "达成率(%)");
    }
    headers.addAll(List.of("计划调整次数", "逾期决议", "失效证照", "应填报", "及时填报", "填报及时率(%)", "应反馈指令",
        "按期反馈", "反馈及时率(%)", "计划管理行为",
        "到期整改", "月末已核验整改", "整改完成率(%)", "逾期整改"));
    boolean annual = "ANNUAL".equals(report.kind());
    if (annual) {
      headers.addAll(List.of("知识贡献目标", "知识贡献已发布", "知识贡献达成率(%)"));
    }
    String title = (annual ? report.period() + " 年度" : report.period() + " 月度") + "计划运营考核";
    return SheetWriter.bytes(w -> {
      w.title(title);
      SheetWriter.Sheet sheet = w.sheet("考核排名", headers);
      for (KpiRanking r : report.projects()) {
        List<Object> row = new ArrayList<>(java.util.Arrays.asList(r.rank(), r.projectCode(), r.projectName(), r.regionCode()));
        row.add(r.rate());
        row.add(r.dueCount());
        row.add(r.achievedCount());
        for (NodeLevel level : NodeLevel.values()) {
          KpiFigure figure = r.levels().get(level.name());
          row.add(figure == null ? null : figure.rate());
        }
        row.addAll(java.util.Arrays.asList(r.adjustments(), r.overdueDecisions(), r.lapsedCertificates(),
            r.reportsDue(), r.reportsOnTime(), r.timelinessRate(), r.feedbackDue(), r.feedbackOnTime(),
            r.feedbackRate(), r.behaviorScore(), r.rectificationsDue(),
            r.rectificationsDone(), r.rectificationRate(), r.overdueFindings()));
        if (annual) {
          KnowledgeFigure k = r.knowledge();
          row.addAll(java.util.Arrays.asList(k == null ? null : k.target(), k == null ? null : k.published(),
              k == null ? null : k.rate()));
        }
        sheet.row(row.toArray());
      }
    });
  }
}
