package com.regionops.projectsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.org.Project;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.support.Fixtures;
import com.regionops.support.TestDatabase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** ro_support_case, its visits and reports, on H2 and on MariaDB. */
class SupportMapperTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aCaseRunsItsCourse(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      SupportMapper mapper = session.getMapper(SupportMapper.class);
      Project project = Fixtures.project(session, Fixtures.region(session).code());
      Project other = Fixtures.project(session, project.regionCode());
      KeyedRow<SupportCase> row = new KeyedRow<>(new SupportCase(null, project.regionCode(), project.code(),
          "问题" + Fixtures.FOUR_BYTE_TEXT, "目标", "ON_SITE", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 1),
          "连续两次红色", null, null, null, null, null, null, SupportCase.PROPOSED, null, null, "ops.south",
          LocalDateTime.of(2027, 3, 1, 10, 0), null));
      mapper.insertCase(row);
      long id = row.getId();
      SupportCase proposed = mapper.findCase(id);
      assertThat(proposed.problem()).isEqualTo("问题" + Fixtures.FOUR_BYTE_TEXT);
      assertThat(proposed.createdAt()).isEqualTo(LocalDateTime.of(2027, 3, 1, 10, 0));
      assertThat(mapper.findSupported(List.of(project.code()))).as("not yet 帮扶中").isEmpty();

      mapper.linkProcess(id, "pi-support");
      mapper.updateStatus(id, SupportCase.FORMING);
      mapper.saveTeam(id, "engineering.south", "design.south", "方案", 4, null, "OPENING_PLANNING");
      long meetingId = new com.regionops.meeting.MeetingService(session.getMapper(com.regionops.meeting.MeetingMapper.class))
          .recordSchedule(new com.regionops.meeting.Meeting(null, "SUPPORT", project.regionCode(), project.code(), null,
              "帮扶", LocalDateTime.of(2027, 3, 1, 9, 0), null, "engineering.south", null, null, null, null,
              "pi-support")).id();
      mapper.activate(id, meetingId);
      SupportCase active = mapper.findCase(id);
      assertThat(active.status()).isEqualTo(SupportCase.ACTIVE);
      assertThat(active.meetingId()).isEqualTo(meetingId);
      assertThat(active.visitsPlanned()).isEqualTo(4);
      assertThat(active.goalGateCode()).isEqualTo("OPENING_PLANNING");
      assertThat(mapper.findSupported(List.of(project.code(), other.code()))).containsExactly(project.code());
      assertThat(mapper.findSupported(List.of())).isEmpty();

      mapper.insertVisit(new SupportVisit(null, id, LocalDate.of(2027, 3, 8), "ON_SITE", "engineering.south",
          "问题", "指导", "ops.south", LocalDateTime.of(2027, 3, 8, 18, 0)));
      mapper.insertReport(new SupportReport(null, id, LocalDate.of(2027, 4, 1), "进展", false, "engineering.south"));
      mapper.insertReport(new SupportReport(null, id, LocalDate.of(2027, 5, 1), "进展", true, "engineering.south"));
      assertThat(mapper.findVisits(id)).singleElement().satisfies(v -> assertThat(v.guidance()).isEqualTo("指导"));
      assertThat(mapper.findReports(id)).extracting(SupportReport::goalMet).containsExactly(false, true);

      mapper.extend(id, LocalDate.of(2027, 8, 1));
      mapper.close(id, LocalDateTime.of(2027, 7, 20, 9, 0));
      SupportCase closed = mapper.findCase(id);
      assertThat(closed.endsOn()).isEqualTo(LocalDate.of(2027, 8, 1));
      assertThat(closed.status()).isEqualTo(SupportCase.CLOSED);
      assertThat(closed.closedAt()).isEqualTo(LocalDateTime.of(2027, 7, 20, 9, 0));
      assertThat(mapper.findByProject(project.code())).extracting(SupportCase::id).containsExactly(id);
    }
  }
}
