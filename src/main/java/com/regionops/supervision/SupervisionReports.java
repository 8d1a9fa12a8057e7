package com.regionops.supervision;

import com.regionops.kpi.KpiRate;
import com.regionops.kpi.KpiSettings;
import com.regionops.org.Project;
import com.regionops.org.ProjectMapper;
import com.regionops.org.Region;
import com.regionops.platform.engine.EngineTime;
import com.regionops.supervision.SupervisionMapper.ColorCount;
import com.regionops.supervision.SupervisionMapper.DueCopy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * 督办通报. 签收 falls due on its day and is on time when given by that day's end; a written answer falls due on
 * the copy's deadline (an approved extension's, if any) and is on time when the first answer came by then. An
 * item counts in the month its due day falls in, once that day has passed or it was done.
 */
@Service
public class SupervisionReports {

  private final SupervisionMapper supervision;
  private final ProjectMapper projects;
  private final KpiSettings settings;

  public SupervisionReports(SupervisionMapper supervision, ProjectMapper projects, KpiSettings settings) {
    this.supervision = supervision;
    this.projects = projects;
    this.settings = settings;
  }

  public SupervisionReport report(Region region, YearMonth month) {
    LocalDate today = EngineTime.today();
    Map<String, int[]> colors = new HashMap<>();
    for (ColorCount count : supervision.countColors(region.code())) {
      int[] line = colors.computeIfAbsent(key(count.projectCode()), k -> new int[3]);
      line[SupervisionColor.valueOf(count.color()).ordinal()] += count.items();
    }
    Map<String, int[]> rates = new HashMap<>();
    for (DueCopy copy : supervision.findDueCopies(region.code(), null, month.atDay(1), month.atEndOfMonth())) {
      count(rates.computeIfAbsent(key(copy.projectCode()), k -> new int[4]), copy, month, today);
    }
    List<SupervisionReport.Line> lines = new ArrayList<>();
    for (Project project : projects.findByRegions(List.of(region.code()))) {
      lines.add(line(project.code(), project.name(), colors.get(project.code()), rates.get(project.code())));
    }
    return new SupervisionReport(region.code(), region.name(), month.toString(),
        line(null, region.name(), colors.get(""), rates.get("")), lines);
  }

  /** A project's written answers due in the month and those given in time: 反馈及时率 for the KPI. */
  public Count answers(String projectCode, YearMonth month) {
    int[] line = new int[4];
    LocalDate today = EngineTime.today();
    for (DueCopy copy : supervision.findDueCopies(null, projectCode, month.atDay(1), month.atEndOfMonth())) {
      count(line, copy, month, today);
    }
    return new Count(line[2], line[3]);
  }

  public record Count(int due, int onTime) {
  }

  /** Adds the copy to [签收 due, on time, answers due, on time] where its due day falls in the month. */
  private static void count(int[] line, DueCopy copy, YearMonth month, LocalDate today) {
    LocalDate from = month.atDay(1);
    LocalDate to = month.atEndOfMonth();
    if (within(copy.ackDue(), from, to) && (copy.acknowledgedAt() != null || copy.ackDue().isBefore(today))) {
      line[0]++;
      line[1] += copy.acknowledgedAt() != null && !copy.acknowledgedAt().toLocalDate().isAfter(copy.ackDue()) ? 1 : 0;
    }
    if ("REPORT".equals(copy.feedbackMode()) && within(copy.deadline(), from, to)
        && (copy.firstAnsweredAt() != null || copy.deadline().isBefore(today))) {
      line[2]++;
      line[3] += copy.firstAnsweredAt() != null && !copy.firstAnsweredAt().toLocalDate().isAfter(copy.deadline())
          ? 1 : 0;
    }
  }

  private SupervisionReport.Line line(String code, String name, int[] colors, int[] rates) {
    int[] c = Objects.requireNonNullElse(colors, new int[3]);
    int[] r = Objects.requireNonNullElse(rates, new int[4]);
    return new SupervisionReport.Line(code, name, c[0], c[1], c[2], r[0], r[1], rate(r[1], r[0]), r[2], r[3],
        rate(r[3], r[2]));
  }

  /** Rounded as the month's KPI rounds its rates, so the 督办通报 and the 考核 show one 反馈及时率. */
  private BigDecimal rate(int onTime, int due) {
    return KpiRate.of(onTime, due, settings.scale(), settings.monthlyRounding());
  }

  private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  private static String key(String projectCode) {
    return projectCode == null ? "" : projectCode;
  }
}
