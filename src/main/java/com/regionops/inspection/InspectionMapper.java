package com.regionops.inspection;

import com.regionops.meeting.DecisionStatus;
import com.regionops.platform.engine.KeyedRow;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface InspectionMapper {

  void insert(KeyedRow<Inspection> row);

  Inspection findById(long id);

  /** A project's inspections, the latest planned first. */
  List<Inspection> findByProject(String projectCode);

  int linkProcess(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

  int updateStatus(@Param("id") long id, @Param("status") InspectionStatus status);

  int markReported(@Param("id") long id, @Param("meetingId") long meetingId, @Param("status") InspectionStatus status,
      @Param("reportedAt") LocalDateTime reportedAt);

  int markClosed(@Param("id") long id, @Param("closedAt") LocalDateTime closedAt);

  void insertFinding(InspectionFinding finding);

  List<InspectionFinding> findFindings(long inspectionId);

  /** A project's findings with their 整改 and the node they concern, newest inspection first. */
  List<FindingRow> findFindingRows(String projectCode);

  /** Per selected project: its findings, those whose 整改 is verified, and those past their due date not verified. */
  List<RectificationCount> countRectifications(@Param("selection") com.regionops.org.ProjectSelection selection,
      @Param("today") LocalDate today);

  record RectificationCount(String projectCode, int findings, int verified, int overdue) {
  }

  record FindingRow(long id, long inspectionId, String projectCode, LocalDate plannedDate, int seq,
      FindingCategory category, FindingSeverity severity, String nodeCode, String nodeName, String gateCode,
      String description, String cause, String recommendation, long decisionId, DecisionStatus status,
      LocalDate dueDate, LocalDate completedOn) {
  }
}
