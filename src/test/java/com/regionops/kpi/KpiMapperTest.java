package com.regionops.kpi;

import static com.regionops.kpi.KpiMonth.PERIOD;
import static com.regionops.kpi.KpiMonth.d;
import static com.regionops.kpi.KpiMonth.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.regionops.plan.PlanNodeMapper;
import com.regionops.platform.engine.EngineTime;
import com.regionops.support.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
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

      List<KpiSnapshot> rows = mapper.findSnapshots(List.of(PERIOD), List.of(project));
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
      KpiSnapshot otherAll = mapper.findSnapshots(List.of(PERIOD), List.of(month.other.code())).get(0);
      assertThat(otherAll.dueCount()).isZero();
      assertThat(otherAll.achievementRate()).as("nothing due: no rate").isNull();
      assertThat(mapper.findSnapshots(List.of(PERIOD), List.of())).isEmpty();
      assertThat(mapper.findSnapshots(List.of(PERIOD), null)).extracting(KpiSnapshot::projectCode)
          .contains(project, month.other.code());

      assertThatThrownBy(() -> mapper.insertSnapshots(List.of(all))).as("one row per period, project and scope")
          .isInstanceOf(PersistenceException.class);
      assertThatThrownBy(() -> mapper.insertLock(PERIOD, project, 0, t(4, 5, 10)))
          .isInstanceOf(PersistenceException.class);
    }
  }
}
