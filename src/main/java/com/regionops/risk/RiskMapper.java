package com.regionops.risk;

import com.regionops.plan.CompletionStatus;
import com.regionops.plan.NodeCompletion;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface RiskMapper {

  /** Rows of one region and period; a rerun of the period replaces them. */
  int deletePeriod(@Param("regionCode") String regionCode, @Param("periodDate") LocalDate periodDate);

  int insertBatch(@Param("rows") List<RiskAssessment> rows);

  /** The latest earlier period of the region, or null. */
  LocalDate previousPeriod(@Param("regionCode") String regionCode, @Param("periodDate") LocalDate periodDate);

  List<RiskAssessment> findPeriod(@Param("regionCode") String regionCode, @Param("periodDate") LocalDate periodDate);

  /**
   * The RED and ORANGE rows of a region's period, node and consecutive count only: what the next
   * check needs to count consecutive serious checks (RiskAssessment.needsCorrection).
   */
  List<NodeCount> findSeriousOfPeriod(@Param("regionCode") String regionCode, @Param("periodDate") LocalDate periodDate);

  record NodeCount(long nodeId, int consecutiveChecks) {
  }

  List<RiskAssessment> findPeriodGraded(@Param("regionCode") String regionCode,
      @Param("periodDate") LocalDate periodDate, @Param("grades") Collection<String> grades);

  List<CategoryWorst> worstByCategory(@Param("regionCode") String regionCode, @Param("periodDate") LocalDate periodDate);

  /** worstRank: 0 GREEN, 1 YELLOW, 2 ORANGE, 3 RED. */
  record CategoryWorst(String projectCode, String category, int worstRank) {
  }

  List<RiskAssessment> findProjectLatest(String projectCode);

  /** One node's assessments from a period on, oldest first (the board's node drill-down). */
  List<RiskAssessment> findNodeHistory(@Param("nodeId") long nodeId, @Param("since") LocalDate since);

  /** Per period the RED and ORANGE assessments of the selected projects of the region. */
  List<GradeCount> countRedOrange(@Param("regionCode") String regionCode,
      @Param("periods") Collection<LocalDate> periods,
      @Param("selection") com.regionops.org.ProjectSelection selection);

  record GradeCount(LocalDate periodDate, int red, int orange) {
  }

  RiskCheck findCheck(@Param("regionCode") String regionCode, @Param("periodDate") LocalDate periodDate);

  List<RiskCheck> findChecks(@Param("regionCodes") Collection<String> regionCodes);

  int insertCheck(RiskCheck check);

  int finishCheck(RiskCheck check);

  /** A rerun of a check replaces what it found. */
  int deleteIssues(long checkId);

  int insertIssues(@Param("rows") List<DataQualityIssue> rows);

  List<DataQualityIssue> findIssues(long checkId);

  /** A node of a project (node ids are unique; the project code keeps a check's per-project reads exact). */
  record ProjectNode(String projectCode, long nodeId) {
  }

  /** The nodes of the region's projects with a status update in [since, until). */
  List<ProjectNode> findNodesUpdatedInRegion(@Param("regionCode") String regionCode,
      @Param("since") LocalDateTime since, @Param("until") LocalDateTime until);

  /** The nodes of the region's projects with a completion report in one of these (open) statuses. */
  List<ProjectNode> findNodesAwaitingConfirmationInRegion(@Param("regionCode") String regionCode,
      @Param("statuses") Collection<CompletionStatus> statuses);

  /**
   * The region's office completion reports (not withdrawn) reported in [since, until) more than
   * graceDays after their actual finish, by project, then as reported.
   */
  List<NodeCompletion> findReportedLateInRegion(@Param("regionCode") String regionCode,
      @Param("since") LocalDateTime since, @Param("until") LocalDateTime until,
      @Param("graceDays") int graceDays);
}
