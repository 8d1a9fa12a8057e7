package com.regionops.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.org.Project;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.support.Fixtures;
import com.regionops.support.TestDatabase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MeetingMapperTest {

  static final LocalDateTime AT = LocalDateTime.of(2026, 12, 10, 14, 30);

  static long insertMeeting(SqlSession session, Project project, String processInstanceId) {
    KeyedRow<Meeting> row = new KeyedRow<>(new Meeting(null, "GATE", project.regionCode(), project.code(), null,
        "项目启动会" + Fixtures.FOUR_BYTE_TEXT, AT, "8 楼会议室", "president.south", "fn-design,fn-cost", null, null, null,
        processInstanceId));
    session.getMapper(MeetingMapper.class).insert(row);
    return row.getId();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void meetingIsFoundByIdAndProcessAndTakesItsMinutes(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      MeetingMapper mapper = session.getMapper(MeetingMapper.class);
      Project project = Fixtures.project(session, Fixtures.region(session).code());
      String pid = Fixtures.code("pi-");
      long id = insertMeeting(session, project, pid);

      Meeting found = mapper.findByProcessInstance(pid);
      assertThat(found.id()).isEqualTo(id);
      assertThat(found.title()).isEqualTo("项目启动会" + Fixtures.FOUR_BYTE_TEXT);
      assertThat(found.scheduledAt()).isEqualTo(AT);
      assertThat(found.attendingFunctions()).isEqualTo("fn-design,fn-cost");

      mapper.updateSchedule(new Meeting(id, null, null, null, null, "改期", AT.plusDays(1), "线上", "ops.south", null,
          null, null, null, null));
      mapper.updateMinutes(id, "CONDITIONAL", "纪要正文😀", "president.south");
      Meeting updated = mapper.findById(id);
      assertThat(updated.scheduledAt()).isEqualTo(AT.plusDays(1));
      assertThat(updated.chairUser()).isEqualTo("ops.south");
      assertThat(updated.conclusion()).isEqualTo("CONDITIONAL");
      assertThat(updated.minutes()).isEqualTo("纪要正文😀");
      assertThat(updated.minutesApprovedBy()).isEqualTo("president.south");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void decisionsFollowTheirLifecycle(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      MeetingMapper mapper = session.getMapper(MeetingMapper.class);
      Project project = Fixtures.project(session, Fixtures.region(session).code());
      long meetingId = insertMeeting(session, project, Fixtures.code("pi-"));
      for (int seq = 1; seq <= 2; seq++) {
        mapper.insertDecision(new MeetingDecision(null, meetingId, seq, "决议" + seq, "office-" + project.code(), null,
            LocalDate.of(2026, 12, 20 + seq), DecisionStatus.OPEN, null, null, null, null, null, null,
            seq == 2 ? "inspector.south" : null));
      }

      assertThat(mapper.findDecisions(meetingId)).extracting(MeetingDecision::seq).containsExactly(1, 2);
      assertThat(mapper.findDecisions(meetingId)).extracting(MeetingDecision::verifierUser)
          .as("a named verifier, or none (region-ops verifies)").containsExactly(null, "inspector.south");
      long id = mapper.findDecisions(meetingId).get(0).id();
      mapper.linkDecisionProcess(id, "pi-follow");
      assertThat(mapper.findDecisionByProcess("pi-follow").id()).isEqualTo(id);
      assertThat(mapper.findDecisionByProcess("pi-none")).isNull();
      mapper.reportDecisionDone(id, "已完成，见 OA-1", LocalDate.of(2026, 12, 15));
      assertThat(mapper.findDecision(id).status()).isEqualTo(DecisionStatus.DONE);
      assertThat(mapper.findDecision(id).completedOn()).isEqualTo(LocalDate.of(2026, 12, 15));
      mapper.reviewDecision(id, DecisionStatus.VERIFIED, "通过", "ops.south", LocalDateTime.of(2026, 12, 16, 10, 0));

      MeetingDecision verified = mapper.findDecision(id);
      assertThat(verified.status()).isEqualTo(DecisionStatus.VERIFIED);
      assertThat(verified.processInstanceId()).isEqualTo("pi-follow");
      assertThat(verified.verifiedBy()).isEqualTo("ops.south");
      assertThat(verified.verifiedAt()).isEqualTo(LocalDateTime.of(2026, 12, 16, 10, 0));
      assertThat(verified.dueDate()).isEqualTo(LocalDate.of(2026, 12, 21));
    }
  }
}
