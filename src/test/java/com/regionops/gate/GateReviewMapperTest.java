package com.regionops.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.regionops.meeting.DecisionStatus;
import com.regionops.meeting.Meeting;
import com.regionops.meeting.MeetingDecision;
import com.regionops.meeting.MeetingMapper;
import com.regionops.org.Project;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.support.Fixtures;
import com.regionops.support.TestDatabase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GateReviewMapperTest {

  static GateReview round(Project project, String gate, int round, GateReviewStatus status) {
    return new GateReview(null, project.code(), gate, round, "pi-" + round, status, null, "office.gz01", null, null,
        LocalDate.of(2026, 12, 10));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void latestRoundWinsAndRoundsAreUniquePerProjectAndGate(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      GateReviewMapper mapper = session.getMapper(GateReviewMapper.class);
      Project project = Fixtures.project(session, Fixtures.region(session).code());
      mapper.insert(round(project, "PROJECT_KICKOFF", 1, GateReviewStatus.FAILED));
      mapper.insert(round(project, "PROJECT_KICKOFF", 2, GateReviewStatus.IN_REVIEW));

      GateReview latest = mapper.findLatest(project.code(), "PROJECT_KICKOFF");
      assertThat(latest.roundNo()).isEqualTo(2);
      assertThat(latest.status()).isEqualTo(GateReviewStatus.IN_REVIEW);
      assertThat(latest.plannedMeetingDate()).isEqualTo(LocalDate.of(2026, 12, 10));
      assertThat(latest.startedAt()).isNotNull();
      assertThat(mapper.findLatest(project.code(), "PERMIT_PLANNING")).isNull();
      assertThat(mapper.findByProject(project.code())).hasSize(2);
      // the service stamps the round with engine time (China); unstamped rows get the database's clock
      LocalDateTime stamped = LocalDateTime.of(2026, 9, 1, 9, 30);
      mapper.insert(new GateReview(null, project.code(), "DESIGN_PLANNING", 1, "pi-d", GateReviewStatus.IN_REVIEW, null,
          "office.gz01", stamped, null, LocalDate.of(2026, 9, 10)));
      assertThat(mapper.findLatest(project.code(), "DESIGN_PLANNING").startedAt()).isEqualTo(stamped);
      assertThatThrownBy(() -> mapper.insert(round(project, "PROJECT_KICKOFF", 2, GateReviewStatus.IN_REVIEW)))
          .satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains("uk_gate_review_round"));

      mapper.updateStatus(latest.id(), GateReviewStatus.PASSED, "PASS", null);
      mapper.updateStatus(latest.id(), GateReviewStatus.CLOSED, null, LocalDateTime.of(2026, 12, 30, 18, 0));
      GateReview closed = mapper.findById(latest.id());
      assertThat(closed.status()).isEqualTo(GateReviewStatus.CLOSED);
      assertThat(closed.conclusion()).as("kept when not given").isEqualTo("PASS");
      assertThat(closed.finishedAt()).isEqualTo(LocalDateTime.of(2026, 12, 30, 18, 0));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void decisionsAreCountedPerRoundAsOpenAndOverdue(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      GateReviewMapper mapper = session.getMapper(GateReviewMapper.class);
      MeetingMapper meetings = session.getMapper(MeetingMapper.class);
      Project project = Fixtures.project(session, Fixtures.region(session).code());
      mapper.insert(round(project, "PROJECT_KICKOFF", 1, GateReviewStatus.PASSED));
      long reviewId = mapper.findLatest(project.code(), "PROJECT_KICKOFF").id();
      KeyedRow<Meeting> row = new KeyedRow<>(new Meeting(null, "GATE", project.regionCode(), project.code(), reviewId, "会",
          null, null, null, null, null, null, null, Fixtures.code("pi-")));
      meetings.insert(row);
      LocalDate today = LocalDate.of(2026, 12, 20);
      Object[][] decisions = {{today.minusDays(1), DecisionStatus.OPEN}, {today, DecisionStatus.OPEN},
          {today.minusDays(5), DecisionStatus.DONE}, {today.minusDays(5), DecisionStatus.VERIFIED}};
      int seq = 1;
      for (Object[] d : decisions) {
        meetings.insertDecision(new MeetingDecision(null, row.getId(), seq++, "决议", "office-X", null,
            (LocalDate) d[0], (DecisionStatus) d[1], null, null, null, null, null, null, null));
      }

      assertThat(mapper.countDecisions(project.code(), today))
          .containsExactly(new GateReviewMapper.DecisionCounts(project.code(), reviewId, 3, 1));
      assertThat(mapper.countDecisionsOfRegion(project.regionCode(), today))
          .containsExactly(new GateReviewMapper.DecisionCounts(project.code(), reviewId, 3, 1));
      assertThat(mapper.countDecisionsOfRegion(Fixtures.region(session).code(), today)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aRegionsRoundsAreThoseOfItsProjectsOnly(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      GateReviewMapper mapper = session.getMapper(GateReviewMapper.class);
      String region = Fixtures.region(session).code();
      Project first = Fixtures.project(session, region);
      Project second = Fixtures.project(session, region);
      Project elsewhere = Fixtures.project(session, Fixtures.region(session).code());
      mapper.insert(round(first, "PROJECT_KICKOFF", 1, GateReviewStatus.FAILED));
      mapper.insert(round(first, "PROJECT_KICKOFF", 2, GateReviewStatus.IN_REVIEW));
      mapper.insert(round(second, "PERMIT_PLANNING", 1, GateReviewStatus.PASSED));
      mapper.insert(round(elsewhere, "PROJECT_KICKOFF", 1, GateReviewStatus.PASSED));

      assertThat(mapper.findByRegion(region))
          .extracting(GateReview::projectCode, GateReview::gateCode, GateReview::roundNo, GateReview::status)
          .containsExactlyInAnyOrder(
              tuple(first.code(), "PROJECT_KICKOFF", 1, GateReviewStatus.FAILED),
              tuple(first.code(), "PROJECT_KICKOFF", 2, GateReviewStatus.IN_REVIEW),
              tuple(second.code(), "PERMIT_PLANNING", 1, GateReviewStatus.PASSED));
    }
  }
}
