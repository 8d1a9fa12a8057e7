package com.regionops.projectsupport;

import com.regionops.platform.engine.KeyedRow;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface SupportMapper {

  void insertCase(KeyedRow<SupportCase> row);

  SupportCase findCase(long id);

  /** A project's cases, the latest first. */
  List<SupportCase> findByProject(String projectCode);

  /** Codes of the projects among these with a case 帮扶中 (ACTIVE). */
  List<String> findSupported(@Param("projectCodes") Collection<String> projectCodes);

  int linkProcess(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

  int updateStatus(@Param("id") long id, @Param("status") String status);

  int saveTeam(@Param("id") long id, @Param("leader") String leader, @Param("members") String members,
      @Param("supportPlan") String supportPlan, @Param("visitsPlanned") Integer visitsPlanned,
      @Param("goalNodeId") Long goalNodeId, @Param("goalGateCode") String goalGateCode);

  int activate(@Param("id") long id, @Param("meetingId") long meetingId);

  int extend(@Param("id") long id, @Param("endsOn") LocalDate endsOn);

  int close(@Param("id") long id, @Param("closedAt") LocalDateTime closedAt);

  void insertVisit(SupportVisit visit);

  List<SupportVisit> findVisits(long caseId);

  void insertReport(SupportReport report);

  List<SupportReport> findReports(long caseId);
}
