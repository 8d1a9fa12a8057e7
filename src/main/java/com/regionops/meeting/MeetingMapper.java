package com.regionops.meeting;

import com.regionops.platform.engine.KeyedRow;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface MeetingMapper {

  Meeting findById(long id);

  Meeting findByProcessInstance(String processInstanceId);

  /** A project's meetings of one kind, the latest scheduled first. */
  java.util.List<Meeting> findByProjectAndKind(@Param("projectCode") String projectCode, @Param("kind") String kind);

  /** Sets row.id to the generated key. */
  void insert(KeyedRow<Meeting> row);

  int updateSchedule(Meeting meeting);

  int updateMinutes(@Param("id") long id, @Param("conclusion") String conclusion, @Param("minutes") String minutes,
      @Param("approvedBy") String approvedBy);

  List<MeetingDecision> findDecisions(long meetingId);

  MeetingDecision findDecision(long id);

  MeetingDecision findDecisionByProcess(String processInstanceId);

  void insertDecision(MeetingDecision decision);

  int linkDecisionProcess(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

  int reportDecisionDone(@Param("id") long id, @Param("evidence") String evidence,
      @Param("completedOn") LocalDate completedOn);

  int reviewDecision(@Param("id") long id, @Param("status") DecisionStatus status,
      @Param("comment") String comment, @Param("verifiedBy") String verifiedBy,
      @Param("verifiedAt") LocalDateTime verifiedAt);
}
