import com.regionops.document.PdfRenderer;
import com.regionops.meeting.DecisionStatus;
import com.regionops.meeting.Meeting;
import com.regionops.meeting.MeetingDecision;
import com.regionops.meeting.MinutesDocument;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Minutes PDF with 10 decisions: median generation time over {@code runs} renders after 5 warm-ups,
 * one thread. Run by bench/documents.sh on the app's classpath (single-file source launch).
 */
public class PdfBench {

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    Meeting meeting = new Meeting(7L, "GATE", "SOUTH", "GZ01", 3L, "广州天河·云璟府 报建策划会",
        LocalDateTime.of(2026, 12, 10, 14, 0), "区域 3 楼会议室", "president.south", "fn-design,fn-engineering,fn-cost",
        "CONDITIONAL", "原则同意报建路径。\n".repeat(8), "president.south", null);
    List<MeetingDecision> decisions = new ArrayList<>();
    for (int n = 1; n <= 10; n++) {
      decisions.add(new MeetingDecision((long) n, 7L, n, "决议" + n + "：补充交通评价报告并完成专家评审，报区域运营管理部备案",
          "office-GZ01", null, LocalDate.of(2026, 12, 20).plusDays(n), DecisionStatus.OPEN, null, null, null, null,
          null, null));
    }
    List<MinutesDocument.TrailEntry> trail = List.of(
        new MinutesDocument.TrailEntry("录入会议纪要", "华南运营（ops.south）", LocalDateTime.of(2026, 12, 10, 17, 0), "提交", null),
        new MinutesDocument.TrailEntry("审批会议纪要", "华南总裁（president.south）", LocalDateTime.of(2026, 12, 11, 9, 0), "批准", null));
    String xhtml = MinutesDocument.xhtml(new MinutesDocument.Facts(meeting, "广州天河·云璟府（GZ01）", decisions, trail));
    long t0 = System.nanoTime();
    PdfRenderer renderer = new PdfRenderer();
    double fontLoadMs = (System.nanoTime() - t0) / 1e6;
    int size = 0;
    for (int i = 0; i < 5; i++) {
      size = renderer.render(xhtml, "bench").length;
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      renderer.render(xhtml, "bench");
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
    System.out.printf("minutes PDF, 10 decisions: median %.1f ms over %d renders (min %.1f, max %.1f), %d bytes; "
        + "font read once %.0f ms%n", median, runs, ms[0], ms[runs - 1], size, fontLoadMs);
  }
}
