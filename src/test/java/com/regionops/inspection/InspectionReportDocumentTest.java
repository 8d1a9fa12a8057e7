package com.regionops.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.document.PdfRenderer;
import com.regionops.meeting.DecisionStatus;
import com.regionops.meeting.MeetingDecision;
import com.regionops.support.PdfText;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The 巡检报告 PDF, read back: each finding with its severity, what it concerns, the 整改 and its deadline. */
class InspectionReportDocumentTest {

  static final Inspection INSPECTION = new Inspection(5L, "SOUTH", "GZ01", InspectionKind.PROGRESS,
      LocalDate.of(2027, 3, 10), 2, "engineering.south", "design.south,marketing.south", "连续两次红色节点",
      InspectionStatus.RECTIFYING, 9L, "PI-5", "ops.south", LocalDateTime.of(2027, 3, 1, 10, 0), null, null, null);

  static PdfRenderer renderer;

  @BeforeAll
  static void loadFont() {
    renderer = new PdfRenderer();
  }

  @Test
  void theReportReadsBackWithEveryFindingAndItsRectification() {
    List<InspectionFinding> findings = List.of(
        new InspectionFinding(1L, 5L, 1, FindingCategory.SCHEDULE, FindingSeverity.SERIOUS, 42L, null,
            "主体结构封顶节点预计延误 20 天", "总包劳动力不足 <现场核实>", "增加两个班组，每周报送进度", 101L),
        new InspectionFinding(2L, 5L, 2, FindingCategory.RECORDS, FindingSeverity.GENERAL, null, "SHOWROOM_OPENING",
            "样板间验收资料不全", null, "补齐验收记录并归档", 102L));
    Map<Long, MeetingDecision> rectifications = Map.of(
        101L, decision(101L, 1, LocalDate.of(2027, 3, 17)), 102L, decision(102L, 2, LocalDate.of(2027, 4, 9)));
    byte[] pdf = renderer.render(InspectionReportDocument.xhtml(new InspectionReportDocument.Facts(INSPECTION,
        "广州天河·云璟府", "主体结构施工进度滞后约三周。\n现场安全文明施工总体受控。", findings, rectifications,
        Map.of(42L, "M04 主体结构封顶"), Map.of("SHOWROOM_OPENING", "展示区开放策划会"))),
        InspectionReportDocument.title(INSPECTION));

    String text = PdfText.of(pdf).replaceAll("\\s+", "");
    assertThat(text)
        .contains("巡检报告：GZ01进度巡检2027-03-10")
        .contains("GZ01广州天河·云璟府")
        .contains("进度巡检（驻场2天）")
        .contains("design.south、marketing.south")
        .contains("主体结构施工进度滞后约三周。").contains("现场安全文明施工总体受控。")
        .contains("发现问题及整改要求（2项）")
        .contains("严重·进度").contains("主体结构封顶节点预计延误20天").contains("M04主体结构封顶")
        .contains("总包劳动力不足<现场核实>").contains("2027-03-17")
        .contains("一般·资料管理").contains("展示区开放策划会").contains("2027-04-09")
        .contains("项目公司GZ01");
    assertThat(InspectionReportDocument.fileName(INSPECTION)).isEqualTo("巡检报告-GZ01-进度巡检-2027-03-10.pdf");
  }

  @Test
  void anInspectionThatFoundNothingSaysSo() {
    byte[] pdf = renderer.render(InspectionReportDocument.xhtml(new InspectionReportDocument.Facts(INSPECTION,
        "广州天河·云璟府", "现场各项工作有序。", List.of(), Map.of(), Map.of(), Map.of())),
        InspectionReportDocument.title(INSPECTION));
    assertThat(PdfText.of(pdf).replaceAll("\\s+", "")).contains("本次巡检未发现需整改的问题。");
  }

  static MeetingDecision decision(long id, int seq, LocalDate due) {
    return new MeetingDecision(id, 9L, seq, "整改", "office-GZ01", null, due, DecisionStatus.OPEN, null, null, null,
        null, null, null, "engineering.south");
  }
}
