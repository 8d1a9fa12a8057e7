package com.regionops.kpi;

import static com.regionops.kpi.KpiMonth.MONTH;
import static com.regionops.kpi.KpiMonth.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.regionops.org.Project;
import com.regionops.org.ProjectSelection;
import com.regionops.plan.NodeLevel;
import com.regionops.plan.PlanNode;
import com.regionops.plan.PlanNodeMapper;
import com.regionops.platform.engine.EngineTime;
import com.regionops.support.Fixtures;
import com.regionops.support.TestDatabase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The KPI rules over a hand-made month (KpiMonth) on H2; the figures were worked out by hand. */
class KpiServiceTest {

  SqlSession session;
  KpiMapper mapper;
  KpiService service;

  @BeforeEach
  void setUp() {
    session = TestDatabase.H2.openSession();
    mapper = session.getMapper(KpiMapper.class);
    service = new KpiService(mapper, session.getMapper(PlanNodeMapper.class), KpiSettings.DEFAULTS,
        KpiServiceTest.behavior(session, mapper));
    clock(LocalDateTime.of(2027, 4, 5, 10, 0));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    session.close();
  }

  static void clock(LocalDateTime chinaTime) {
    ClockUtil.setCurrentTime(EngineTime.toDate(chinaTime));
  }

  static final org.camunda.bpm.dmn.engine.DmnDecision SCORE = com.regionops.support.Decisions.load("plan-management-score");

  /** 填报及时率 with 3 grace days and the weights of the deployed table, evaluated standalone. */
  static PlanBehavior behavior(SqlSession session, KpiMapper mapper) {
    com.regionops.supervision.SupervisionReports supervision = new com.regionops.supervision.SupervisionReports(
        session.getMapper(com.regionops.supervision.SupervisionMapper.class),
        session.getMapper(com.regionops.org.ProjectMapper.class), KpiSettings.DEFAULTS);
    return new PlanBehavior(mapper, session.getMapper(com.regionops.plan.NodeCompletionMapper.class), 3,
        variables -> com.regionops.support.Decisions.evaluate(SCORE, variables).getResultList(),
        (project, month) -> {
          com.regionops.supervision.SupervisionReports.Count count = supervision.answers(project, month);
          return new PlanBehavior.Timeliness(count.due(), count.onTime());
        });
  }

  KpiRanking line(KpiReport report, Project project) {
    return report.projects().stream().filter(l -> l.projectCode().equals(project.code())).findFirst().orElseThrow();
  }

  @Test
  void handMadeMonthCountsEveryEdgeByTheRules() {
    KpiMonth month = new KpiMonth(session).build();

    assertThat(service.snapshot(MONTH)).isGreaterThanOrEqualTo(2);

    assertThat(mapper.findDue(KpiMonth.PERIOD, month.project.code()))
        .extracting(KpiDue::nodeCode, KpiDue::plannedFinish)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("EARLY", d(3, 10)),
            org.assertj.core.groups.Tuple.tuple("ADJ_IN", d(3, 12)),
            org.assertj.core.groups.Tuple.tuple("TWICE", d(3, 14)),
            org.assertj.core.groups.Tuple.tuple("ONDAY", d(3, 15)),
            org.assertj.core.groups.Tuple.tuple("PENDING", d(3, 18)),
            org.assertj.core.groups.Tuple.tuple("LATE", d(3, 20)),
            org.assertj.core.groups.Tuple.tuple("OPEN", d(3, 25)),
            org.assertj.core.groups.Tuple.tuple("ADJ_BEFORE", d(3, 28)),
            org.assertj.core.groups.Tuple.tuple("M_LAST", d(3, 31)));

    KpiReport report = service.monthly(MONTH, List.of(month.project.code()));
    assertThat(report.kind()).isEqualTo("MONTHLY");
    assertThat(report.rounding()).isEqualTo("FLOOR");
    KpiRanking line = report.projects().get(0);
    assertThat(report.projects()).hasSize(1);
    assertThat(line.rank()).isEqualTo(1);
    assertThat(line.dueCount()).isEqualTo(KpiMonth.DUE);
    assertThat(line.achievedCount()).isEqualTo(KpiMonth.ACHIEVED);
    assertThat(line.rate()).isEqualByComparingTo("44.4"); // 4 / 9 = 44.44…, FLOOR
    assertThat(line.rateText()).isEqualTo("44.4%");
    assertThat(line.levels()).containsOnlyKeys("MILESTONE", "L1", "L2", "L3");
    assertThat(line.levels().keySet()).containsExactly("MILESTONE", "L1", "L2", "L3");
    assertThat(line.levels().get("L1")).isEqualTo(KpiFigure.of(KpiMonth.DUE_L1, KpiMonth.ACHIEVED_L1, new BigDecimal("40.0")));
    assertThat(line.levels().get("L2")).isEqualTo(KpiFigure.of(KpiMonth.DUE_L2, KpiMonth.ACHIEVED_L2, new BigDecimal("50.0")));
    assertThat(line.levels().get("L3")).isEqualTo(KpiFigure.of(KpiMonth.DUE_L3, KpiMonth.ACHIEVED_L3, new BigDecimal("0.0")));
    assertThat(line.levels().get("MILESTONE"))
        .isEqualTo(KpiFigure.of(KpiMonth.DUE_MILESTONE, KpiMonth.ACHIEVED_MILESTONE, new BigDecimal("100.0")));
    assertThat(line.adjustments()).isEqualTo(KpiMonth.ADJUSTMENTS);
    assertThat(line.overdueDecisions()).isEqualTo(KpiMonth.OVERDUE_DECISIONS);
    assertThat(line.lapsedCertificates()).isEqualTo(KpiMonth.LAPSED_CERTIFICATES);
    assertThat(line.projectName()).isEqualTo(month.project.name());
    assertThat(line.regionCode()).isEqualTo(month.region.code());
  }

  @Test
  void aMonthWithNothingDueHasNoRateRatherThanZeroOrHundred() {
    KpiMonth month = new KpiMonth(session);
    month.node("FEB", NodeLevel.L1, d(2, 28), d(2, 28));
    month.node("APR", NodeLevel.MILESTONE, d(4, 1), null);

    KpiRanking line = line(service.monthly(MONTH, List.of(month.project.code())), month.project);

    assertThat(line.dueCount()).isZero();
    assertThat(line.rate()).isNull();
    assertThat(line.rateText()).isEqualTo("无考核节点");
    assertThat(line.levels().values()).hasSize(4).allSatisfy(f -> {
      assertThat(f.rate()).isNull();
      assertThat(f.rateText()).isEqualTo("无考核节点");
    });
  }

  @Test
  void twoOfThreeIs66Point6MonthlyAnd66Point7ForTheYear() {
    KpiMonth month = new KpiMonth(session);
    month.node("A", NodeLevel.L1, d(3, 5), d(3, 5));
    month.node("B", NodeLevel.L1, d(3, 6), d(3, 1));
    month.node("C", NodeLevel.L1, d(3, 7), d(3, 8));

    KpiRanking monthly = line(service.monthly(MONTH, List.of(month.project.code())), month.project);
    KpiReport year = service.annual(2027, List.of(month.project.code()));
    KpiRanking annual = line(year, month.project);

    assertThat(monthly.rate()).isEqualByComparingTo("66.6");
    assertThat(annual.rate()).isEqualByComparingTo("66.7");
    assertThat(annual.dueCount()).isEqualTo(3);
    assertThat(annual.levels().get("L1").rate()).isEqualByComparingTo("66.7");
    assertThat(annual.levels().get("L2").rate()).isNull();
    assertThat(year.kind()).isEqualTo("ANNUAL");
    assertThat(year.rounding()).isEqualTo("CEILING");
    assertThat(year.months()).as("the ended months of 2027 on 2027-04-05").containsExactly("2027-01", "2027-02", "2027-03");
  }

  /** A completion report of a node planned in May (never due in March), reported the days after its finish. */
  void report(KpiMonth month, String code, LocalDate finish, int delay, String source, String status) {
    long id = month.node(code, NodeLevel.L3, d(5, 20), null);
    month.update("INSERT INTO ro_node_completion (project_code, node_id, node_code, source, actual_finish, status,"
        + " reported_by, reported_at, report_delay_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", month.project.code(), id,
        code, source, finish, status, "office.test", finish.plusDays(delay).atTime(10, 0), delay);
  }

  long check(KpiMonth month, LocalDate period) {
    month.update("INSERT INTO ro_risk_check (region_code, period_date) VALUES (?, ?)", month.region.code(), period);
    return session.getMapper(com.regionops.risk.RiskMapper.class).findCheck(month.region.code(), period).id();
  }

  void issue(KpiMonth month, long checkId, String kind) {
    month.update("INSERT INTO ro_data_quality_issue (check_id, project_code, node_code, node_name, kind, days, detail)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)", checkId, month.project.code(), "X", "节点X", kind, 5, "测试");
  }

  /**
   * 填报及时率 of March with 3 grace days: due in March = actual finish 02-26 … 03-28.
   * <pre>
   * R_FEB     finish 02-25 (due 02-28)  -                   not due in March
   * R_EDGE    finish 02-26 (due 03-01)  3 days after  on time
   * R_SAME    finish 03-10              same day      on time
   * R_LATE    finish 03-15              4 days after  late
   * R_END     finish 03-28 (due 03-31)  10 days after late
   * R_APR     finish 03-29 (due 04-01)  -                   not due in March
   * R_WD      finish 03-12 withdrawn    -                   not counted
   * R_CERT    finish 03-12 by the ledger -                  not counted
   * checks 03-08 and 03-22: one 缺少状态更新 each (due, late); a 节点迟报 (already a report); 02-22: not March
   * </pre>
   * due 4 + 2 = 6, on time 2 → 33.3 % (FLOOR). 计划管理行为 = 44.4 × 0.6 + 33.3 × 0.4 − min(30, 3 × 2 + 4 × 3)
   * = 26.64 + 13.32 − 18 = 21.96 → 22.0.
   */
  @Test
  void timelinessAndPlanManagementScoreOfAHandMadeMonth() {
    KpiMonth month = new KpiMonth(session).build();
    report(month, "R_FEB", d(2, 25), 0, "OFFICE", "CONFIRMED");
    report(month, "R_EDGE", d(2, 26), 3, "OFFICE", "CONFIRMED");
    report(month, "R_SAME", d(3, 10), 0, "OFFICE", "CONFIRMED");
    report(month, "R_LATE", d(3, 15), 4, "OFFICE", "REPORTED");
    report(month, "R_END", d(3, 28), 10, "OFFICE", "CONFIRMED");
    report(month, "R_APR", d(3, 29), 0, "OFFICE", "CONFIRMED");
    report(month, "R_WD", d(3, 12), 0, "OFFICE", "WITHDRAWN");
    report(month, "R_CERT", d(3, 12), 0, "CERTIFICATE", "CONFIRMED");
    long early = check(month, d(3, 8));
    issue(month, early, "MISSING_STATUS_UPDATE");
    issue(month, early, "LATE_REPORT");
    issue(month, check(month, d(3, 22)), "MISSING_STATUS_UPDATE");
    issue(month, check(month, d(2, 22)), "MISSING_STATUS_UPDATE");

    KpiRanking line = line(service.monthly(MONTH, List.of(month.project.code(), month.other.code())), month.project);

    assertThat(line.reportsDue()).isEqualTo(6);
    assertThat(line.reportsOnTime()).isEqualTo(2);
    assertThat(line.timelinessRate()).isEqualByComparingTo("33.3");
    assertThat(line.timelinessText()).isEqualTo("33.3%");
    assertThat(line.rate()).isEqualByComparingTo("44.4");
    assertThat(line.behaviorScore()).isEqualByComparingTo("22.0");
    KpiSnapshot all = mapper.findSnapshots(List.of(KpiMonth.PERIOD), ProjectSelection.ofProjects(List.of(month.project.code()))).stream()
        .filter(r -> KpiScope.ALL.equals(r.scope())).findFirst().orElseThrow();
    assertThat(all.behaviorScore()).as("frozen with the snapshot").isEqualByComparingTo("22.0");
    assertThat(all.reportsDue()).isEqualTo(6);
    KpiRanking other = line(service.monthly(MONTH, List.of(month.other.code())), month.other);
    assertThat(other.timelinessRate()).as("nothing due").isNull();
    assertThat(other.timelinessText()).isEqualTo(KpiRate.NOTHING_DUE);
  }

  /** 反馈及时率: the project's written answers due in the month, on time when first given by the (extended) deadline. */
  @Test
  void answersToInstructionsDueInTheMonthJoinTheScore() {
    KpiMonth month = new KpiMonth(session).build();
    com.regionops.instruction.InstructionMapper instructions =
        session.getMapper(com.regionops.instruction.InstructionMapper.class);
    com.regionops.instruction.FeedbackMode report = com.regionops.instruction.FeedbackMode.REPORT;
    long onTime = copy(instructions, instruction(instructions, month, report), month, d(3, 10));
    instructions.answer(onTime, "按期", "office", d(3, 10).atTime(20, 0));
    long late = copy(instructions, instruction(instructions, month, report), month, d(3, 20));
    instructions.answer(late, "逾期", "office", d(3, 22).atTime(9, 0));
    long extended = copy(instructions, instruction(instructions, month, report), month, d(3, 31));
    instructions.extend(extended, d(4, 5));
    copy(instructions, instruction(instructions, month, com.regionops.instruction.FeedbackMode.ACKNOWLEDGE), month,
        d(3, 15));

    KpiRanking line = line(service.monthly(MONTH, List.of(month.project.code())), month.project);

    assertThat(line.feedbackDue()).as("the extended one is due in April, 签收-only ones never").isEqualTo(2);
    assertThat(line.feedbackOnTime()).isEqualTo(1);
    assertThat(line.feedbackRate()).isEqualByComparingTo("50.0");
    assertThat(line.feedbackText()).isEqualTo("50.0%");
    assertThat(line.rate()).isEqualByComparingTo("44.4");
    assertThat(line.timelinessRate()).as("no report due this month").isNull();
    // 计划达成率 × 0.7 + 反馈及时率 × 0.3 − (3 adjustments × 2 + 4 overdue decisions × 3) = 31.08 + 15 − 18;
    // without the answers it would be 44.4 − 18 = 26.4
    assertThat(line.behaviorScore()).as("the answers weigh in").isEqualByComparingTo("28.1");
    KpiRanking other = line(service.monthly(MONTH, List.of(month.other.code())), month.other);
    assertThat(other.feedbackRate()).as("nothing due").isNull();
  }

  static long instruction(com.regionops.instruction.InstructionMapper instructions, KpiMonth month,
      com.regionops.instruction.FeedbackMode mode) {
    com.regionops.platform.engine.KeyedRow<com.regionops.instruction.Instruction> row =
        new com.regionops.platform.engine.KeyedRow<>(new com.regionops.instruction.Instruction(null, "REGION",
            month.project.regionCode(), "报送数据", "内容", com.regionops.instruction.InstructionCategory.DATA_REPORT,
            mode, d(3, 31), null, "ops", d(3, 1).atTime(9, 0)));
    instructions.insert(row);
    return row.getId();
  }

  static long copy(com.regionops.instruction.InstructionMapper instructions, long instructionId, KpiMonth month,
      LocalDate deadline) {
    com.regionops.platform.engine.KeyedRow<com.regionops.instruction.InstructionItem> row =
        new com.regionops.platform.engine.KeyedRow<>(new com.regionops.instruction.InstructionItem(null, instructionId,
            null, "PROJECT", month.project.regionCode(), month.project.code(),
            com.regionops.instruction.ItemStatus.ACKNOWLEDGED, d(2, 27), deadline, null, "office", d(2, 27).atTime(9, 0),
            null, null, null, null, null, 0, null, null, null, null));
    instructions.insertItem(row);
    return row.getId();
  }

  @Test
  void roundingIsConfigurable() {
    KpiMonth month = new KpiMonth(session);
    month.node("A", NodeLevel.L1, d(3, 5), d(3, 5));
    month.node("B", NodeLevel.L1, d(3, 6), d(3, 1));
    month.node("C", NodeLevel.L1, d(3, 7), d(3, 8));
    KpiService halfUp = new KpiService(mapper, session.getMapper(PlanNodeMapper.class),
        new KpiSettings(RoundingMode.HALF_UP, RoundingMode.FLOOR, 0), behavior(session, mapper));

    assertThat(line(halfUp.monthly(MONTH, List.of(month.project.code())), month.project).rate()).isEqualByComparingTo("67");
    assertThat(line(halfUp.annual(2027, List.of(month.project.code())), month.project).rate()).isEqualByComparingTo("66");
  }

  @Test
  void aSnapshotNeverChangesWhenThePlanMovesLater() {
    KpiMonth month = new KpiMonth(session).build();
    service.snapshot(MONTH);
    KpiReport before = service.monthly(MONTH, List.of(month.project.code()));

    PlanNodeMapper nodes = session.getMapper(PlanNodeMapper.class);
    PlanNode open = nodes.findByCode(month.project.code(), "OPEN");
    nodes.update(new PlanNode(open.id(), open.projectCode(), open.nodeCode(), open.name(), open.nodeLevel(),
        open.category(), null, null, null, open.plannedStart(), open.plannedFinish(), open.plannedStart(), d(3, 20), 100));
    month.adjustment(nodes.findByCode(month.project.code(), "EARLY").id(), d(3, 10), d(5, 1), "APPROVED",
        KpiMonth.t(3, 30, 9));
    clock(LocalDateTime.of(2027, 5, 20, 9, 0));

    assertThat(service.snapshot(MONTH)).as("nothing to snapshot again").isZero();
    KpiReport after = service.monthly(MONTH, List.of(month.project.code()));
    assertThat(after).isEqualTo(before);
    assertThat(line(after, month.project).achievedCount()).isEqualTo(KpiMonth.ACHIEVED);
    assertThat(line(after, month.project).adjustments()).isEqualTo(KpiMonth.ADJUSTMENTS);
  }

  @Test
  void theLockIsTakenOncePerProjectAndMonth() {
    KpiMonth month = new KpiMonth(session).build();
    clock(LocalDateTime.of(2027, 3, 1, 0, 30));

    assertThat(service.lock(MONTH)).isGreaterThanOrEqualTo(2);
    List<KpiDue> locked = mapper.findDue(KpiMonth.PERIOD, month.project.code());
    month.node("NEW", NodeLevel.L1, d(3, 20), null);
    assertThat(service.lock(MONTH)).as("a rerun locks nothing more").isZero();

    assertThat(mapper.findDue(KpiMonth.PERIOD, month.project.code())).hasSize(KpiMonth.DUE).isEqualTo(locked);
    assertThat(mapper.findDue(KpiMonth.PERIOD, month.other.code())).isEmpty();
  }

  @Test
  void aMonthThatHasNotEndedCannotBeSnapshotted() {
    clock(LocalDateTime.of(2027, 3, 31, 23, 59));

    assertThatThrownBy(() -> service.snapshot(MONTH)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2027-03");
    assertThat(KpiService.hasEnded(YearMonth.of(2027, 2))).isTrue();
    clock(LocalDateTime.of(2027, 4, 1, 0, 0));
    assertThat(KpiService.hasEnded(MONTH)).isTrue();
  }

  @Test
  void projectsOfTheRequestOnlyAreReported() {
    KpiMonth month = new KpiMonth(session).build();
    Project third = Fixtures.project(session, month.region.code());

    KpiReport report = service.monthly(MONTH, List.of(month.project.code(), third.code()));

    assertThat(report.projects()).extracting(KpiRanking::projectCode)
        .containsExactly(month.project.code(), third.code());
    assertThat(service.monthly(MONTH, List.of()).projects()).isEmpty();
  }
}
