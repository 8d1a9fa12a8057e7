package com.regionops.kpi;

import com.regionops.org.ProjectSelection;
import com.regionops.plan.PlanNode;
import com.regionops.plan.PlanNodeMapper;
import com.regionops.platform.engine.EngineTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 计划运营考核 (plan KPIs), monthly per project and per node level.
 *
 * <p><b>What is due (月初锁定考核计划).</b> The plan as it stood at the start of the month is
 * assessed. {@link #lock} records, once per project and month, every plan node of the active
 * projects whose planned finish as at the first day of the month falls inside the month. As the
 * lock may be taken late (first install, a test, a month asked for afterwards), that date is
 * reconstructed: for a node with an APPROVED plan adjustment decided at or after the month start,
 * the old planned finish of the earliest such adjustment; otherwise the node's planned finish now.
 * A node adjusted within the month therefore still counts against its original date (and the
 * adjustment counts in the adjustments figure); a node moved into the month before it began is due.
 * A rerun of the lock adds nothing for a project already locked (ro_kpi_lock).
 *
 * <p><b>Achieved.</b> A locked node finished (actual finish) on or before its locked planned
 * finish: early or on the day counts, a day late or unfinished does not. 计划达成率 = achieved ÷
 * due × 100, rounded to {@link KpiSettings#scale()} decimals with the monthly mode (default FLOOR,
 * 就低不就高); null (无考核节点) when nothing was due — never 0 or 100.
 *
 * <p><b>Project-wide counts of the month</b> (on the ALL row only): adjustments = the project's
 * plan adjustments APPROVED with decided_at in the month; overdue decisions = meeting decisions of
 * the project (its meetings, and decisions owned by office-{project} of meetings without a project)
 * due on or before the month's last day and not VERIFIED by its end; lapsed certificates = the
 * project's EXPIRED certificates whose next review date, else validity end, falls in the month.
 *
 * <p><b>Snapshots never change.</b> {@link #snapshot} takes a month that has ended, locks it for
 * projects not yet locked, and stores one row per project and scope (ALL, MILESTONE, L1, L2, L3)
 * for each locked project without a snapshot; existing rows are never recomputed, so moving the
 * plan later leaves past months as they were. The year's figure sums its monthly snapshots' due
 * and achieved nodes and rounds with the annual mode (default CEILING, 就高不就低).
 *
 * <p><b>填报及时率 and 计划管理行为</b> ({@link PlanBehavior}) are computed with the month's snapshot
 * and kept on its ALL row; the year sums the months' due and on-time reports and scores the year's rates.
 */
@Service
public class KpiService {

  private static final Logger LOG = LoggerFactory.getLogger(KpiService.class);

  private final KpiMapper kpis;
  private final PlanNodeMapper nodes;
  private final KpiSettings settings;
  private final PlanBehavior behavior;
  private final KnowledgeContributions knowledge;

  public KpiService(KpiMapper kpis, PlanNodeMapper nodes, KpiSettings settings, PlanBehavior behavior) {
    this(kpis, nodes, settings, behavior, KnowledgeContributions.NONE);
  }

  @org.springframework.beans.factory.annotation.Autowired
  public KpiService(KpiMapper kpis, PlanNodeMapper nodes, KpiSettings settings, PlanBehavior behavior,
      KnowledgeContributions knowledge) {
    this.kpis = kpis;
    this.nodes = nodes;
    this.settings = settings;
    this.behavior = behavior;
    this.knowledge = knowledge;
  }

  public KpiSettings settings() {
    return settings;
  }

  /** Locks the month's assessed plan of every active project not locked yet; returns how many were locked. */
  @Transactional
  public int lock(YearMonth month) {
    String period = month.toString();
    LocalDate first = month.atDay(1);
    LocalDate last = month.atEndOfMonth();
    LocalDateTime now = EngineTime.now().withNano(0);
    List<String> projects = kpis.findActiveProjectsWithoutLock(period);
    for (String project : projects) {
      Map<Long, LocalDate> plannedAtStart = new HashMap<>();
      for (AdjustmentAtStart adjustment : kpis.findApprovedAdjustmentsSince(project, first.atStartOfDay())) {
        plannedAtStart.putIfAbsent(adjustment.nodeId(), adjustment.oldPlannedFinish());
      }
      List<KpiDue> due = new ArrayList<>();
      for (PlanNode node : nodes.findByProject(project)) {
        LocalDate planned = plannedAtStart.getOrDefault(node.id(), node.plannedFinish());
        if (!planned.isBefore(first) && !planned.isAfter(last)) {
          due.add(new KpiDue(period, project, node.id(), node.nodeCode(), node.nodeLevel().name(), planned));
        }
      }
      kpis.insertLock(period, project, due.size(), now);
      if (!due.isEmpty()) {
        kpis.insertDue(due);
      }
    }
    if (!projects.isEmpty()) {
      LOG.info("KPI plan locked for {}: {} project(s)", period, projects.size());
    }
    return projects.size();
  }

  /**
   * Stores the snapshot of an ended month for every project that has none; returns how many
   * projects were snapshotted. Existing snapshots are left as they are.
   */
  @Transactional
  public int snapshot(YearMonth month) {
    if (!hasEnded(month)) {
      throw new IllegalArgumentException("KPI month " + month + " has not ended yet");
    }
    lock(month);
    String period = month.toString();
    LocalDateTime now = EngineTime.now().withNano(0);
    List<String> projects = kpis.findLockedWithoutSnapshot(period);
    for (String project : projects) {
      kpis.insertSnapshots(compute(month, project, now));
    }
    if (!projects.isEmpty()) {
      LOG.info("KPI snapshot stored for {}: {} project(s)", period, projects.size());
    }
    return projects.size();
  }

  private List<KpiSnapshot> compute(YearMonth month, String project, LocalDateTime now) {
    String period = month.toString();
    LocalDateTime start = month.atDay(1).atStartOfDay();
    LocalDateTime nextStart = month.plusMonths(1).atDay(1).atStartOfDay();
    Map<String, LevelCount> byLevel = new HashMap<>();
    for (LevelCount count : kpis.countDue(period, project)) {
      byLevel.put(count.nodeLevel(), count);
    }
    int due = byLevel.values().stream().mapToInt(LevelCount::dueCount).sum();
    int achieved = byLevel.values().stream().mapToInt(LevelCount::achievedCount).sum();
    List<KpiSnapshot> rows = new ArrayList<>();
    int adjustments = kpis.countAdjustments(project, start, nextStart);
    int decisions = kpis.countOverdueDecisions(project, month.atEndOfMonth(), nextStart);
    PlanBehavior.Timeliness reports = behavior.timeliness(project, month);
    BigDecimal rate = monthlyRate(achieved, due);
    BigDecimal timeliness = monthlyRate(reports.onTime(), reports.due());
    PlanBehavior.Timeliness answers = behavior.answers(project, month);
    BigDecimal answerRate = monthlyRate(answers.onTime(), answers.due());
    KpiMapper.Rectifications rectifications = kpis.countRectifications(project, month.atDay(1), month.atEndOfMonth(),
        nextStart);
    rows.add(new KpiSnapshot(null, period, project, KpiScope.ALL, due, achieved, rate, adjustments, decisions,
        kpis.countLapsedCertificates(project, month.atDay(1), month.atEndOfMonth()), now, null, null,
        reports.due(), reports.onTime(), timeliness, behavior.score(rate, timeliness, answerRate, adjustments, decisions),
        rectifications.due(), nz(rectifications.done()), kpis.countOverdueFindings(project, month.atEndOfMonth(),
            nextStart), answers.due(), answers.onTime(), answerRate));
    for (String scope : KpiScope.all().subList(1, KpiScope.all().size())) {
      LevelCount count = byLevel.getOrDefault(scope, new LevelCount(scope, 0, 0));
      rows.add(new KpiSnapshot(null, period, project, scope, count.dueCount(), count.achievedCount(),
          monthlyRate(count.achievedCount(), count.dueCount()), null, null, null, now, null, null, null, null, null,
          null, null, null, null, null, null, null));
    }
    return rows;
  }

  BigDecimal monthlyRate(int achieved, int due) {
    return KpiRate.of(achieved, due, settings.scale(), settings.monthlyRounding());
  }

  BigDecimal annualRate(int achieved, int due) {
    return KpiRate.of(achieved, due, settings.scale(), settings.annualRounding());
  }

  /**
   * The snapshot a read takes when the month has none yet. Two first reads of a month at once
   * (two people opening the board on the 1st) both find it missing; the second's insert waits for
   * the first to commit and then meets its rows: what it wanted is there, so the read goes on.
   */
  private void snapshotOnRead(YearMonth month) {
    try {
      snapshot(month);
    } catch (org.springframework.dao.DuplicateKeyException takenByAnotherRead) {
      LOG.debug("KPI snapshot of {} taken by a concurrent read", month);
    }
  }

  /** True when the month's last day is before today (engine time, China). */
  public static boolean hasEnded(YearMonth month) {
    return month.atEndOfMonth().isBefore(EngineTime.today());
  }

  /** The ended months of a year, January first: all twelve for a past year, the year to date for this one. */
  public static List<YearMonth> endedMonths(int year) {
    List<YearMonth> months = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      YearMonth month = YearMonth.of(year, m);
      if (hasEnded(month)) {
        months.add(month);
      }
    }
    return months;
  }

  /** The ranked month of the given projects (all when null); a missing snapshot is taken first. */
  @Transactional
  public KpiReport monthly(YearMonth month, Collection<String> projectCodes) {
    return monthly(month, ProjectSelection.ofProjects(projectCodes), false);
  }

  /** As {@link #monthly(YearMonth, Collection)} for the selected projects, ranked by 计划管理行为 first when byScore. */
  @Transactional
  public KpiReport monthly(YearMonth month, ProjectSelection selection, boolean byScore) {
    snapshotOnRead(month);
    List<KpiRanking> lines = new ArrayList<>();
    for (List<KpiSnapshot> rows : byProject(kpis.findSnapshots(List.of(month.toString()), selection),
        KpiSnapshot::projectCode).values()) {
      Map<String, KpiFigure> levels = new LinkedHashMap<>();
      KpiSnapshot all = null;
      for (KpiSnapshot row : rows) {
        if (KpiScope.ALL.equals(row.scope())) {
          all = row;
        } else {
          levels.put(row.scope(), KpiFigure.of(row.dueCount(), row.achievedCount(), row.achievementRate()));
        }
      }
      if (all != null) {
        lines.add(new KpiRanking(0, all.projectCode(), all.projectName(), all.regionCode(), all.achievementRate(),
            KpiRate.text(all.achievementRate()), all.dueCount(), all.achievedCount(), ordered(levels),
            nz(all.adjustments()), nz(all.overdueDecisions()), nz(all.lapsedCertificates()), nz(all.reportsDue()),
            nz(all.reportsOnTime()), all.timelinessRate(), KpiRate.text(all.timelinessRate()), all.behaviorScore(),
            nz(all.rectificationsDue()), nz(all.rectificationsDone()),
            monthlyRate(nz(all.rectificationsDone()), nz(all.rectificationsDue())),
            KpiRate.text(monthlyRate(nz(all.rectificationsDone()), nz(all.rectificationsDue()))),
            nz(all.overdueFindings()), nz(all.feedbackDue()), nz(all.feedbackOnTime()), all.feedbackRate(),
            KpiRate.text(all.feedbackRate()), null));
      }
    }
    return new KpiReport(month.toString(), "MONTHLY", settings.monthlyRounding().name(), List.of(month.toString()),
        KpiRanking.rank(lines, byScore));
  }

  /**
   * The ranked year of the given projects (all when null): the sums of the year's ended months'
   * snapshots (each taken first when missing), rates rounded with the annual mode.
   */
  @Transactional
  public KpiReport annual(int year, Collection<String> projectCodes) {
    return annual(year, ProjectSelection.ofProjects(projectCodes), false);
  }

  /** As {@link #annual(int, Collection)} for the selected projects, ranked by 计划管理行为 first when byScore. */
  @Transactional
  public KpiReport annual(int year, ProjectSelection selection, boolean byScore) {
    List<YearMonth> months = endedMonths(year);
    months.forEach(this::snapshotOnRead);
    List<String> periods = months.stream().map(YearMonth::toString).toList();
    List<KpiRanking> lines = new ArrayList<>();
    if (!periods.isEmpty()) {
      // summed in SQL: a region's year is a dozen snapshot rows per project and month
      for (List<KpiMapper.SnapshotSum> rows : byProject(kpis.sumSnapshots(periods, selection),
          KpiMapper.SnapshotSum::projectCode).values()) {
        Map<String, KpiFigure> levels = new LinkedHashMap<>();
        KpiMapper.SnapshotSum all = null;
        for (KpiMapper.SnapshotSum row : rows) {
          if (KpiScope.ALL.equals(row.scope())) {
            all = row;
          } else {
            levels.put(row.scope(), KpiFigure.of(row.dueCount(), row.achievedCount(),
                annualRate(row.achievedCount(), row.dueCount())));
          }
        }
        int due = all == null ? 0 : all.dueCount();
        int achieved = all == null ? 0 : all.achievedCount();
        int adjustments = all == null ? 0 : nz(all.adjustments());
        int decisions = all == null ? 0 : nz(all.overdueDecisions());
        int certificates = all == null ? 0 : nz(all.lapsedCertificates());
        int reportsDue = all == null ? 0 : nz(all.reportsDue());
        int reportsOnTime = all == null ? 0 : nz(all.reportsOnTime());
        int rectificationsDue = all == null ? 0 : nz(all.rectificationsDue());
        int rectificationsDone = all == null ? 0 : nz(all.rectificationsDone());
        BigDecimal rectificationRate = annualRate(rectificationsDone, rectificationsDue);
        BigDecimal rate = annualRate(achieved, due);
        KpiMapper.SnapshotSum any = rows.get(0);
        BigDecimal timeliness = annualRate(reportsOnTime, reportsDue);
        int answersDue = all == null ? 0 : nz(all.feedbackDue());
        int answersOnTime = all == null ? 0 : nz(all.feedbackOnTime());
        BigDecimal answerRate = annualRate(answersOnTime, answersDue);
        lines.add(new KpiRanking(0, any.projectCode(), any.projectName(), any.regionCode(), rate, KpiRate.text(rate),
            due, achieved, ordered(levels), adjustments, decisions, certificates, reportsDue, reportsOnTime,
            timeliness, KpiRate.text(timeliness), behavior.score(rate, timeliness, answerRate, adjustments, decisions),
            rectificationsDue, rectificationsDone, rectificationRate, KpiRate.text(rectificationRate),
            all == null ? 0 : nz(all.overdueFindings()), answersDue, answersOnTime, answerRate,
            KpiRate.text(answerRate), null));
      }
    }
    Map<String, KnowledgeFigure> contributions = knowledge.ofProjects(year,
        lines.stream().map(KpiRanking::projectCode).toList());
    List<KpiRanking> withKnowledge = lines.stream().map(line -> line.withKnowledge(contributions.getOrDefault(
        line.projectCode(), new KnowledgeFigure(null, 0, null, "未设目标")))).toList();
    return new KpiReport(Integer.toString(year), "ANNUAL", settings.annualRounding().name(), periods,
        KpiRanking.rank(withKnowledge, byScore));
  }

  private static <T> Map<String, List<T>> byProject(List<T> rows, Function<T, String> projectCode) {
    Map<String, List<T>> grouped = new LinkedHashMap<>();
    for (T row : rows) {
      grouped.computeIfAbsent(projectCode.apply(row), c -> new ArrayList<>()).add(row);
    }
    return grouped;
  }

  private static Map<String, KpiFigure> ordered(Map<String, KpiFigure> levels) {
    Map<String, KpiFigure> ordered = new LinkedHashMap<>();
    for (String scope : KpiScope.all()) {
      if (levels.containsKey(scope)) {
        ordered.put(scope, levels.get(scope));
      }
    }
    return ordered;
  }

  private static int nz(Integer value) {
    return value == null ? 0 : value;
  }
}
