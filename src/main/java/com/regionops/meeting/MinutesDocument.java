package com.regionops.meeting;

import static com.regionops.document.PdfRenderer.escape;

import com.regionops.document.PdfRenderer;
import com.regionops.platform.security.Groups;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The 会议纪要 as the department files it: title, project and gate or review, date and place,
 * attending functions, conclusion, the minutes, each decision with owner and due date, and the
 * approval trail. Pure: the caller gathers the facts, {@link PdfRenderer} draws them.
 */
public final class MinutesDocument {

  /** One step of the minutes' way to approval: who did what when, and the comment when sent back. */
  public record TrailEntry(String step, String person, LocalDateTime at, String outcome, String comment) {
  }

  /** What the minutes show; {@code subject} is the project and gate, or the review's scope. */
  public record Facts(Meeting meeting, String subject, List<MeetingDecision> decisions, List<TrailEntry> trail) {
  }

  static final Map<String, String> CONCLUSIONS = Map.of("PASS", "通过", "CONDITIONAL", "有条件通过", "FAIL", "不通过");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private MinutesDocument() {
  }

  public static String title(Meeting meeting) {
    return "会议纪要：" + meeting.title();
  }

  public static String fileName(Meeting meeting) {
    String day = meeting.scheduledAt() == null ? "" : "-" + meeting.scheduledAt().toLocalDate();
    return ("会议纪要-" + meeting.title() + day).replaceAll("[\\\\/:*?\"<>|]", "_") + ".pdf";
  }

  public static String xhtml(Facts facts) {
    Meeting m = facts.meeting();
    StringBuilder b = new StringBuilder();
    b.append("<h1>").append(escape(title(m))).append("</h1>");
    b.append("<table class=\"meta\">");
    row(b, "项目/会议", facts.subject());
    row(b, "会议时间", m.scheduledAt() == null ? "" : m.scheduledAt().format(MINUTE));
    row(b, "会议地点", m.location());
    row(b, "主持人", m.chairUser());
    row(b, "参会职能", functions(m.attendingFunctions()));
    if (m.conclusion() != null) {
      row(b, "会议结论", CONCLUSIONS.getOrDefault(m.conclusion(), m.conclusion()));
    }
    b.append("</table>");
    b.append("<h2>会议纪要</h2>");
    for (String line : (m.minutes() == null ? "" : m.minutes()).split("\\R")) {
      b.append("<p>").append(escape(line)).append("</p>");
    }
    b.append("<h2>决议事项（").append(facts.decisions().size()).append(" 项）</h2>");
    if (facts.decisions().isEmpty()) {
      b.append("<p>无</p>");
    } else {
      b.append("<table><tr><th>序号</th><th>决议内容</th><th>责任方</th><th>完成期限</th></tr>");
      for (MeetingDecision d : facts.decisions()) {
        b.append("<tr><td class=\"num\">").append(d.seq()).append("</td><td>").append(escape(d.content()))
            .append("</td><td>").append(escape(Groups.nameOf(d.ownerGroup())))
            .append(d.ownerUser() == null ? "" : "（" + escape(d.ownerUser()) + "）")
            .append("</td><td>").append(d.dueDate()).append("</td></tr>");
      }
      b.append("</table>");
    }
    b.append("<h2>审批记录</h2><table class=\"trail\"><tr><th style=\"width:15%\">环节</th><th style=\"width:29%\">办理人</th>")
        .append("<th style=\"width:19%\">时间</th><th style=\"width:11%\">结果</th><th>意见</th></tr>");
    for (TrailEntry t : facts.trail()) {
      b.append("<tr><td>").append(escape(t.step())).append("</td><td>").append(escape(t.person())).append("</td><td>")
          .append(t.at() == null ? "" : t.at().format(MINUTE)).append("</td><td>").append(escape(t.outcome()))
          .append("</td><td>").append(escape(t.comment())).append("</td></tr>");
    }
    b.append("</table>");
    b.append("<p class=\"foot\">本纪要由 RegionOps 区域运营管控平台在审批通过后生成并归档。</p>");
    return PdfRenderer.page(title(m), b.toString());
  }

  private static void row(StringBuilder b, String label, String value) {
    b.append("<tr><td><b>").append(escape(label)).append("：</b></td><td>").append(escape(value)).append("</td></tr>");
  }

  static String functions(String attending) {
    if (attending == null || attending.isBlank()) {
      return "";
    }
    return Arrays.stream(attending.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Groups::nameOf)
        .collect(Collectors.joining("、"));
  }
}
