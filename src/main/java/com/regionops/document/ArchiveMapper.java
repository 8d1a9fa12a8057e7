package com.regionops.document;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** The objects a project's archive is arranged by: gate rounds, their decisions, certificates, plan nodes. */
@Mapper
public interface ArchiveMapper {

  record GateRound(long id, String gateCode, String gateName, int sortOrder, int roundNo, String status,
      String conclusion, LocalDateTime startedAt, LocalDateTime finishedAt, Long meetingId) {
  }

  record Decision(long id, long meetingId, int seq, String content, String status, LocalDate dueDate) {
  }

  record Named(String id, String code, String name) {
  }

  record MeetingRow(long id, String kind, String title, LocalDateTime scheduledAt, Long gateReviewId) {
  }

  List<GateRound> gateRounds(String projectCode);

  List<MeetingRow> meetings(String projectCode);

  List<Decision> decisions(String projectCode);

  List<Named> certificates(String projectCode);

  List<Named> planNodes(String projectCode);
}
