package com.regionops.kpi;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import com.regionops.org.ProjectSelection;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The KPI tables (ro_kpi_lock, ro_kpi_due, ro_kpi_snapshot) and the counts they are made of. */
@Mapper
public interface KpiMapper {

  /** Active projects whose plan for the period is not locked yet, by code. */
  List<String> findActiveProjectsWithoutLock(@Param("period") String period);

  int insertLock(@Param("period") String period, @Param("projectCode") String projectCode,
      @Param("dueCount") int dueCount, @Param("lockedAt") LocalDateTime lockedAt);

  int insertDue(@Param("rows") List<KpiDue> rows);

  List<KpiDue> findDue(@Param("period") String period, @Param("projectCode") String projectCode);

  /** Approved adjustments of the project decided at or after the instant, oldest first. */
  List<AdjustmentAtStart> findApprovedAdjustmentsSince(@Param("projectCode") String projectCode,
      @Param("since") LocalDateTime since);

  /** Projects locked for the period that have no snapshot of it yet. */
  List<String> findLockedWithoutSnapshot(@Param("period") String period);

  /** Per level: the locked nodes, and those finished on or before their locked planned finish. */
  List<LevelCount> countDue(@Param("period") String period, @Param("projectCode") String projectCode);

  /** Approved adjustments of the project decided in [from, to). */
  int countAdjustments(@Param("projectCode") String projectCode, @Param("from") LocalDateTime from,
      @Param("to") LocalDateTime to);

  /** Decisions of the project due by lastDay and not verified before {@code verifiedBefore}. */
  int countOverdueDecisions(@Param("projectCode") String projectCode, @Param("lastDay") LocalDate lastDay,
      @Param("verifiedBefore") LocalDateTime verifiedBefore);

  /** EXPIRED certificates of the project whose review or validity date falls in [first, last]. */
  int countLapsedCertificates(@Param("projectCode") String projectCode, @Param("first") LocalDate first,
      @Param("last") LocalDate last);

  /** 巡检整改 of the project due in [first, last] and, of them, those verified before nextStart. */
  Rectifications countRectifications(@Param("projectCode") String projectCode, @Param("first") LocalDate first,
      @Param("last") LocalDate last, @Param("nextStart") LocalDateTime nextStart);

  /** 巡检整改 of the project due by lastDay and not verified before {@code verifiedBefore}. */
  int countOverdueFindings(@Param("projectCode") String projectCode, @Param("lastDay") LocalDate lastDay,
      @Param("verifiedBefore") LocalDateTime verifiedBefore);

  /** done is null when nothing was due (SUM over no rows). */
  record Rectifications(int due, Integer done) {
  }

  int insertSnapshots(@Param("rows") List<KpiSnapshot> rows);

  /** Snapshot rows of the periods of the selected projects, with project name and region. */
  List<KpiSnapshot> findSnapshots(@Param("periods") Collection<String> periods,
      @Param("selection") ProjectSelection selection);

  /** Per selected project and scope, the sums of the periods' snapshot rows (a year's months). */
  List<SnapshotSum> sumSnapshots(@Param("periods") Collection<String> periods,
      @Param("selection") ProjectSelection selection);

  /** The project-wide counts are null on level rows (as in {@link KpiSnapshot}). */
  record SnapshotSum(String projectCode, String projectName, String regionCode, String scope, int dueCount,
      int achievedCount, Integer adjustments, Integer overdueDecisions, Integer lapsedCertificates,
      Integer reportsDue, Integer reportsOnTime, Integer rectificationsDue, Integer rectificationsDone,
      Integer overdueFindings, Integer feedbackDue, Integer feedbackOnTime) {
  }

  /** 缺少状态更新 the project's biweekly checks dated in [from, to] found. */
  int countMissingStatusUpdates(@Param("projectCode") String projectCode, @Param("from") java.time.LocalDate from,
      @Param("to") java.time.LocalDate to);
}
