package com.regionops.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.document.PdfRenderer;
import com.regionops.support.PdfText;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The minutes PDF, read back: what the department files must say what the minutes say, in Chinese. */
class MinutesDocumentTest {

  static final Meeting MEETING = new Meeting(7L, "GATE", "SOUTH", "GZ01", 3L, "广州天河·云璟府 报建策划会",
      LocalDateTime.of(2026, 12, 10, 14, 0), "区域 3 楼会议室", "president.south", "fn-design,fn-engineering",
      "CONDITIONAL", "原则同意报建路径。\n交通评价须在方案报批前完成 & 盖章 <须附原件>。", "president.south", "PI-1");

  static PdfRenderer renderer;

  @BeforeAll
  static void loadFont() {
    renderer = new PdfRenderer();
  }

  static List<MeetingDecision> decisions(int count) {
    List<MeetingDecision> decisions = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      decisions.add(new MeetingDecision((long) n, 7L, n, "决议" + n + "：补充交通评价报告", "office-GZ01", null,
          LocalDate.of(2026, 12, 20).plusDays(n), DecisionStatus.OPEN, null, null, null, null, null, null, null));
    }
    return decisions;
  }

  static String text(byte[] pdf) {
    return PdfText.of(pdf);
  }

  @Test
  void theMinutesReadBackAsTheyWereApproved() throws IOException {
    List<MinutesDocument.TrailEntry> trail = List.of(
        new MinutesDocument.TrailEntry("录入会议纪要", "华南运营（ops.south）", LocalDateTime.of(2026, 12, 10, 17, 0), "提交", null),
        new MinutesDocument.TrailEntry("审批会议纪要", "华南总裁（president.south）", LocalDateTime.of(2026, 12, 11, 9, 30),
            "退回修改", "请写明交通评价的完成标准"),
        new MinutesDocument.TrailEntry("审批会议纪要", "华南总裁（president.south）", LocalDateTime.of(2026, 12, 11, 15, 0),
            "批准", null));
    byte[] pdf = renderer.render(MinutesDocument.xhtml(new MinutesDocument.Facts(MEETING, "广州天河·云璟府（GZ01）",
        decisions(2), trail)), MinutesDocument.title(MEETING));

    String text = text(pdf).replaceAll("[ \\t]+", " ");
    assertThat(text)
        .contains("会议纪要：广州天河·云璟府 报建策划会")
        .contains("广州天河·云璟府（GZ01）")
        .contains("2026-12-10 14:00")
        .contains("设计部").contains("工程部")
        .contains("有条件通过")
        .contains("交通评价须在方案报批前完成 & 盖章 <须附原件>。")
        .contains("决议1：补充交通评价报告").contains("2026-12-21")
        .contains("决议2：补充交通评价报告").contains("2026-12-22")
        .contains("项目公司 GZ01");
    // table cells may wrap; the trail is compared without line breaks
    assertThat(text.replaceAll("\\s+", ""))
        .contains("录入会议纪要华南运营（ops.south）2026-12-1017:00提交")
        .contains("审批会议纪要华南总裁（president.south）2026-12-1109:30退回修改请写明交通评价的完成标准")
        .contains("审批会议纪要华南总裁（president.south）2026-12-1115:00批准");
  }

  @Test
  void theFontTravelsInsideThePdf() throws IOException {
    byte[] pdf = renderer.render(MinutesDocument.xhtml(new MinutesDocument.Facts(MEETING, "GZ01", decisions(1),
        List.of())), MinutesDocument.title(MEETING));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : ""));
        }
      }
      assertThat(fonts).anySatisfy(f -> assertThat(f).contains("WenQuanYi").endsWith(" embedded"));
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("会议纪要：广州天河·云璟府 报建策划会");
    }
    assertThat(pdf.length).as("only the glyphs used are embedded, not the 5 MB font").isLessThan(200_000);
  }

  @Test
  void tenDecisionsFlowOntoAsManyPagesAsTheyNeed() throws IOException {
    byte[] pdf = renderer.render(MinutesDocument.xhtml(new MinutesDocument.Facts(MEETING, "GZ01", decisions(10),
        List.of())), MinutesDocument.title(MEETING));
    String text = text(pdf);
    for (int n = 1; n <= 10; n++) {
      assertThat(text).contains("决议" + n + "：补充交通评价报告");
    }
    assertThat(text).contains("第 1 页");
  }

  @Test
  void theFileNameIsTheTitleAndDayWithoutPathCharacters() {
    Meeting slashed = new Meeting(8L, "GATE", "SOUTH", "GZ01", 3L, "A/B 项目:启动会", LocalDateTime.of(2026, 12, 10, 9, 0),
        null, null, null, "PASS", "同意", null, null);
    assertThat(MinutesDocument.fileName(slashed)).isEqualTo("会议纪要-A_B 项目_启动会-2026-12-10.pdf");
  }

  /** A 协调会 concludes nothing: its minutes have no 会议结论 line. */
  @Test
  void minutesWithoutAConclusionLeaveTheLineOut() throws IOException {
    Meeting coordination = new Meeting(8L, "COORDINATION", "SOUTH", "GZ01", null, "广州天河·云璟府 协调会：塔吊拆除",
        LocalDateTime.of(2026, 12, 3, 10, 0), "项目部会议室", "ops.south", null, null, "塔吊 12 月 8 日拆除。",
        "president.south", "PI-8");
    String text = text(renderer.render(MinutesDocument.xhtml(new MinutesDocument.Facts(coordination, "GZ01",
        decisions(1), List.of())), MinutesDocument.title(coordination)));
    assertThat(text).contains("协调会：塔吊拆除").contains("塔吊 12 月 8 日拆除。").doesNotContain("会议结论");
  }
}
