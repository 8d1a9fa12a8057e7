package com.regionops.kpi;

import static com.regionops.kpi.KpiMonth.PERIOD;
import static com.regionops.kpi.KpiMonth.d;
import static com.regionops.kpi.KpiMonth.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.regionops.org.ProjectSelection;
import com.regionops.plan.PlanNodeMapper;
import com.regionops.platform.engine.EngineTime;
import com.regionops.support.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every KPI query over the hand-made month, on H2 and on MariaDB. */
class KpiMapperTest {

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theMonthsCountsAreReadAsTheRulesSay(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      KpiMapper mapper = session.getMapper(KpiMapper.class);
      KpiMonth month = new KpiMonth(session).build();
      String project = month.project.code();

      assertThat(mapper.findApprovedAdjustmentsSince(project, t(3, 1, 0)))
          .as("approved ones decided from 03-01 on, oldest first")
          .extracting(AdjustmentAtStart::oldPlannedFinish, AdjustmentAtStart::decidedAt)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(d(3, 14), t(3, 5, 9)),
              org.assertj.core.groups.Tuple.tuple(d(3, 12), t(3, 8, 10)),
              org.assertj.core.groups.Tuple.tuple(d(3, 25), t(3, 20, 9)),
              org.assertj.core.groups.Tuple.tuple(d(3, 20), t(4, 1, 0)));
      assertThat(mapper.countAdjustments(project, t(3, 1, 0), t(4, 1, 0))).isEqualTo(KpiMonth.ADJUSTMENTS);
      assertThat(mapper.countOverdueDecisions(project, d(3, 31), t(4, 1, 0))).isEqualTo(KpiMonth.OVERDUE_DECISIONS);
      assertThat(mapper.countOverdueDecisions(month.other.code(), d(3, 31), t(4, 1, 0))).isEqualTo(1);
      // an inspection's overdue 整改 is a finding, not a meeting decision
      com.regionops.meeting.MeetingService meetings = new com.regionops.meeting.MeetingService(
          session.getMapper(com.regionops.meeting.MeetingMapper.class));
      com.regionops.meeting.Meeting inspection = meetings.recordSchedule(new com.regionops.meeting.Meeting(null,
          "INSPECTION", month.region.code(), project, null, "进度巡检", t(3, 2, 9), null, "ops", null, null, null, null,
          "inspection-" + project));
      meetings.saveMinutes(inspection.id(), null, "巡检报告", "ops", List.of(new com.regionops.meeting.DecisionItem(
          "补齐资料", "office-" + project, null, d(3, 9), "ops")));
      assertThat(mapper.countOverdueDecisions(project, d(3, 31), t(4, 1, 0))).isEqualTo(KpiMonth.OVERDUE_DECISIONS);
      assertThat(mapper.countLapsedCertificates(project, d(3, 1), d(3, 31))).isEqualTo(KpiMonth.LAPSED_CERTIFICATES);
      assertThat(mapper.findActiveProjectsWithoutLock(PERIOD)).contains(project, month.other.code());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void lockDueRowsAndSnapshotsRoundTrip(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      KpiMapper mapper = session.getMapper(KpiMapper.class);
      KpiMonth month = new KpiMonth(session).build();
      String project = month.project.code();
      ClockUtil.setCurrentTime(EngineTime.toDate(LocalDateTime.of(2027, 4, 5, 10, 0)));
      KpiService service = new KpiService(mapper, session.getMapper(PlanNodeMapper.class), KpiSettings.DEFAULTS,
        KpiServiceTest.behavior(session, mapper));

      service.snapshot(KpiMonth.MONTH);

      assertThat(mapper.findActiveProjectsWithoutLock(PERIOD)).doesNotContain(project, month.other.code());
      assertThat(mapper.findLockedWithoutSnapshot(PERIOD)).doesNotContain(project);
      assertThat(mapper.findDue(PERIOD, project)).hasSize(KpiMonth.DUE);
      assertThat(mapper.countDue(PERIOD, project)).containsExactlyInAnyOrder(
          new LevelCount("L1", KpiMonth.DUE_L1, KpiMonth.ACHIEVED_L1),
          new LevelCount("L2", KpiMonth.DUE_L2, KpiMonth.ACHIEVED_L2),
          new LevelCount("L3", KpiMonth.DUE_L3, KpiMonth.ACHIEVED_L3),
          new LevelCount("MILESTONE", KpiMonth.DUE_MILESTONE, KpiMonth.ACHIEVED_MILESTONE));
      assertThat(mapper.countDue(PERIOD, month.other.code())).isEmpty();

      List<KpiSnapshot> rows = mapper.findSnapshots(List.of(PERIOD), ProjectSelection.ofProjects(List.of(project)));
      assertThat(rows).extracting(KpiSnapshot::scope).containsExactly("ALL", "MILESTONE", "L1", "L2", "L3");
      KpiSnapshot all = rows.get(0);
      assertThat(all.achievementRate()).isEqualTo(new BigDecimal("44.4"));
      assertThat(all.adjustments()).isEqualTo(KpiMonth.ADJUSTMENTS);
      assertThat(all.overdueDecisions()).isEqualTo(KpiMonth.OVERDUE_DECISIONS);
      assertThat(all.lapsedCertificates()).isEqualTo(KpiMonth.LAPSED_CERTIFICATES);
      assertThat(all.computedAt()).isEqualTo(LocalDateTime.of(2027, 4, 5, 10, 0));
      assertThat(all.projectName()).isEqualTo(month.project.name());
      assertThat(rows.get(2).adjustments()).as("project-wide counts on the ALL row only").isNull();
      assertThat(rows.get(4).achievementRate()).isEqualTo(new BigDecimal("0.0"));
      KpiSnapshot otherAll = mapper.findSnapshots(List.of(PERIOD), ProjectSelection.ofProjects(List.of(month.other.code()))).get(0);
      assertThat(otherAll.dueCount()).isZero();
      assertThat(otherAll.achievementRate()).as("nothing due: no rate").isNull();
      assertThat(mapper.findSnapshots(List.of(PERIOD), ProjectSelection.ofProjects(List.of()))).isEmpty();
      assertThat(mapper.findSnapshots(List.of(PERIOD), ProjectSelection.ALL)).extracting(KpiSnapshot::projectCode)
          .contains(project, month.other.code());
      assertThat(mapper.findSnapshots(List.of(PERIOD), ProjectSelection.ofRegion(month.region.code())))
          .extracting(KpiSnapshot::projectCode).containsOnly(project, month.other.code());
      assertThat(mapper.findSnapshots(List.of(PERIOD), new ProjectSelection(Set.of("NO-SUCH-REGION"), Set.of(project))))
          .as("a region or a listed project").extracting(KpiSnapshot::projectCode).containsOnly(project);

      // a second month of the project: the year's sums add both, per scope; level rows keep null project counts
      String april = "2027-04";
      mapper.insertSnapshots(List.of(
          new KpiSnapshot(null, april, project, "ALL", 4, 3, new BigDecimal("75.0"), 2, 1, 0, t(5, 1, 0), null, null,
              5, 4, new BigDecimal("80.0"), new BigDecimal("70.0"), 2, 1, 1, 3, 2, new BigDecimal("66.7")),
          new KpiSnapshot(null, april, project, "L1", 4, 3, new BigDecimal("75.0"), null, null, null, t(5, 1, 0), null,
              null, null, null, null, null, null, null, null, null, null, null)));
      List<KpiMapper.SnapshotSum> sums = mapper.sumSnapshots(List.of(PERIOD, april),
          ProjectSelection.ofRegion(month.region.code()));
      KpiMapper.SnapshotSum yearAll = sums.stream().filter(r -> r.projectCode().equals(project) && "ALL".equals(r.scope()))
          .findFirst().orElseThrow();
      assertThat(yearAll.dueCount()).isEqualTo(KpiMonth.DUE + 4);
      assertThat(yearAll.achievedCount()).isEqualTo(all.achievedCount() + 3);
      assertThat(yearAll.adjustments()).isEqualTo(KpiMonth.ADJUSTMENTS + 2);
      assertThat(yearAll.overdueDecisions()).isEqualTo(KpiMonth.OVERDUE_DECISIONS + 1);
      assertThat(yearAll.lapsedCertificates()).isEqualTo(KpiMonth.LAPSED_CERTIFICATES);
      assertThat(yearAll.reportsDue()).isEqualTo(all.reportsDue() + 5);
      assertThat(yearAll.reportsOnTime()).isEqualTo(all.reportsOnTime() + 4);
      assertThat(yearAll.projectName()).isEqualTo(month.project.name());
      assertThat(yearAll.rectificationsDue()).as("March had none due").isEqualTo(2);
      assertThat(yearAll.rectificationsDone()).isEqualTo(1);
      assertThat(yearAll.overdueFindings()).isEqualTo(1);
      assertThat(yearAll.feedbackDue()).as("反馈及时率: March had none due").isEqualTo(nz(all.feedbackDue()) + 3);
      assertThat(yearAll.feedbackOnTime()).isEqualTo(nz(all.feedbackOnTime()) + 2);
      assertThat(yearAll.regionCode()).isEqualTo(month.region.code());
      KpiMapper.SnapshotSum yearL1 = sums.stream().filter(r -> r.projectCode().equals(project) && "L1".equals(r.scope()))
          .findFirst().orElseThrow();
      assertThat(yearL1.dueCount()).isEqualTo(KpiMonth.DUE_L1 + 4);
      assertThat(yearL1.adjustments()).isNull();
      assertThat(sums).extracting(KpiMapper.SnapshotSum::projectCode).containsOnly(project, month.other.code());
      assertThat(mapper.sumSnapshots(List.of(april), ProjectSelection.ofProjects(List.of(month.other.code())))).isEmpty();

      assertThatThrownBy(() -> mapper.insertSnapshots(List.of(all))).as("one row per period, project and scope")
          .isInstanceOf(PersistenceException.class);
      assertThatThrownBy(() -> mapper.insertLock(PERIOD, project, 0, t(4, 5, 10)))
          .isInstanceOf(PersistenceException.class);
    }
  }

  /** 巡检整改 of a month: due in it and verified by its end; overdue at its end as decisions are counted. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aMonthsRectificationsAreCountedByTheirDueDates(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      KpiMapper mapper = session.getMapper(KpiMapper.class);
      com.regionops.meeting.MeetingService meetings = new com.regionops.meeting.MeetingService(
          session.getMapper(com.regionops.meeting.MeetingMapper.class));
      com.regionops.inspection.InspectionMapper inspections =
          session.getMapper(com.regionops.inspection.InspectionMapper.class);
      com.regionops.org.Project project = com.regionops.support.Fixtures.project(session,
          com.regionops.support.Fixtures.region(session).code());
      com.regionops.platform.engine.KeyedRow<com.regionops.inspection.Inspection> row =
          new com.regionops.platform.engine.KeyedRow<>(new com.regionops.inspection.Inspection(null,
              project.regionCode(), project.code(), com.regionops.inspection.InspectionKind.PROGRESS, d(3, 1), 0, "lead",
              null, null, com.regionops.inspection.InspectionStatus.RECTIFYING, null, null, "ops", null, null, null,
              null));
      inspections.insert(row);
      com.regionops.meeting.Meeting report = meetings.recordSchedule(new com.regionops.meeting.Meeting(null,
          "INSPECTION", project.regionCode(), project.code(), null, "巡检", t(3, 1, 9), null, "lead", null, null, null,
          null, "pi-kpi-" + row.getId()));
      List<Long> ids = meetings.saveMinutes(report.id(), null, "报告", "lead", List.of(
          new com.regionops.meeting.DecisionItem("一", "office-" + project.code(), null, d(3, 10), "lead"),
          new com.regionops.meeting.DecisionItem("二", "office-" + project.code(), null, d(3, 25), "lead"),
          new com.regionops.meeting.DecisionItem("三", "office-" + project.code(), null, d(4, 5), "lead"),
          new com.regionops.meeting.DecisionItem("四", "office-" + project.code(), null, d(3, 31), "lead")));
      for (int n = 0; n < ids.size(); n++) {
        inspections.insertFinding(new com.regionops.inspection.InspectionFinding(null, row.getId(), n + 1,
            com.regionops.inspection.FindingCategory.OTHER, com.regionops.inspection.FindingSeverity.GENERAL, null,
            null, "问题", null, "整改", ids.get(n)));
      }
      meetings.reportDone(ids.get(0), "已整改", d(3, 9));
      session.getMapper(com.regionops.meeting.MeetingMapper.class).reviewDecision(ids.get(0),
          com.regionops.meeting.DecisionStatus.VERIFIED, "通过", "lead", t(3, 20, 10));
      meetings.reportDone(ids.get(3), "已整改", d(3, 30));
      session.getMapper(com.regionops.meeting.MeetingMapper.class).reviewDecision(ids.get(3),
          com.regionops.meeting.DecisionStatus.VERIFIED, "通过", "lead", t(4, 2, 10));

      assertThat(mapper.countRectifications(project.code(), d(3, 1), d(3, 31), t(4, 1, 0)))
          .as("three due in March, one verified in it (the 31st's only on 2 April)")
          .isEqualTo(new KpiMapper.Rectifications(3, 1));
      assertThat(mapper.countOverdueFindings(project.code(), d(3, 31), t(4, 1, 0)))
          .as("the 25th's open, the 31st's verified after the month").isEqualTo(2);
      assertThat(mapper.countRectifications(project.code(), d(5, 1), d(5, 31), t(6, 1, 0)).due()).isZero();
    }
  }

  static int nz(Integer value) {
    return value == null ? 0 : value;
  }
}
