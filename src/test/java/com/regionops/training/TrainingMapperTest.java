package com.regionops.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.regionops.org.Project;
import com.regionops.org.Region;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.policy.Quiz;
import com.regionops.support.Fixtures;
import com.regionops.support.TestDatabase;
import com.regionops.training.TrainingMapper.RecordRow;
import com.regionops.training.TrainingMapper.SessionCounts;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** ro_training_plan and its items, sessions, participants and quiz attempts, on H2 and MariaDB. */
class TrainingMapperTest {

  static final LocalDateTime AT = LocalDateTime.of(2027, 3, 1, 10, 0);
  static final String QUIZ = new Quiz(List.of(new Quiz.Question("节点填报几天内提交？" + Fixtures.FOUR_BYTE_TEXT,
      List.of("3 天", "5 天"), "A"))).toJson();

  static long plan(TrainingPlanMapper mapper, String region, int year, PlanStatus status) {
    KeyedRow<TrainingPlan> row = new KeyedRow<>(new TrainingPlan(null, region, year, year + " 年度培训计划" + Fixtures.FOUR_BYTE_TEXT,
        status, null, "ops.south", AT, 0, null, null, null, null, null));
    mapper.insert(row);
    return row.getId();
  }

  static long item(TrainingPlanMapper mapper, long planId, int no, String topic, int month) {
    KeyedRow<TrainingPlanItem> row = new KeyedRow<>(new TrainingPlanItem(null, planId, no, topic, month,
        "region-ops,project-office", new BigDecimal("2.5")));
    mapper.insertItem(row);
    return row.getId();
  }

  static long session(TrainingMapper mapper, String region, Long itemId, LocalDateTime startsAt, String quiz) {
    KeyedRow<TrainingSession> row = new KeyedRow<>(new TrainingSession(null, region, itemId,
        "工程质量管理与样板先行" + Fixtures.FOUR_BYTE_TEXT, "李工", startsAt, new BigDecimal("3.5"), "总部 3 楼", null,
        "project-office,fn-engineering", "要点" + Fixtures.FOUR_BYTE_TEXT, quiz, quiz == null ? null : 1,
        quiz == null ? null : 1, "ops.south", SessionStatus.REGISTRATION, null, AT, null, null, null));
    mapper.insertSession(row);
    return row.getId();
  }

  static void invite(TrainingMapper mapper, long sessionId, String user, String group, String project) {
    mapper.insertParticipant(new KeyedRow<>(new TrainingParticipant(null, sessionId, user, group, project, AT,
        Registration.PENDING, null, null, false, null, null, null, null, null, null, 0, null, false, null)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aPlanIsOnePerRegionAndYearDecidedOnceAndFrozenWhenApproved(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      TrainingPlanMapper mapper = session.getMapper(TrainingPlanMapper.class);
      TrainingMapper trainings = session.getMapper(TrainingMapper.class);
      Region south = Fixtures.region(session);
      long id = plan(mapper, south.code(), 2027, PlanStatus.IN_APPROVAL);
      long earlier = plan(mapper, south.code(), 2026, PlanStatus.APPROVED);
      long first = item(mapper, id, 1, "计划运营管理办法解读" + Fixtures.FOUR_BYTE_TEXT, 3);
      item(mapper, id, 2, "安全生产专题", 6);

      TrainingPlan read = mapper.findById(id);
      assertThat(read.title()).endsWith(Fixtures.FOUR_BYTE_TEXT);
      assertThat(read.planYear()).isEqualTo(2027);
      assertThat(read.status()).isEqualTo(PlanStatus.IN_APPROVAL);
      assertThat(read.submittedAt()).isEqualTo(AT);
      assertThat(read.reviewRounds()).isZero();
      assertThat(mapper.findByYear(south.code(), 2027).id()).isEqualTo(id);
      assertThat(mapper.findByYear(south.code(), 2028)).isNull();
      assertThat(mapper.findByRegion(south.code())).extracting(TrainingPlan::id).containsExactly(id, earlier);
      assertThat(mapper.linkProcess(id, "pi-1")).isEqualTo(1);
      assertThat(mapper.findById(id).processInstanceId()).isEqualTo("pi-1");
      TrainingPlanItem item = mapper.findItem(first);
      assertThat(item.topic()).endsWith(Fixtures.FOUR_BYTE_TEXT);
      assertThat(item.groups()).containsExactly("region-ops", "project-office");
      assertThat(item.plannedHours()).isEqualByComparingTo("2.5");
      assertThat(mapper.findItems(id)).extracting(TrainingPlanItem::itemNo, TrainingPlanItem::planMonth)
          .containsExactly(tuple(1, 3), tuple(2, 6));

      assertThat(mapper.returnPlan(id, "president.south", AT.plusDays(1), "请增加安全专题")).isEqualTo(1);
      assertThat(mapper.returnPlan(id, "president.south", AT.plusDays(2), "again")).as("decided once").isZero();
      assertThat(mapper.approve(id, "president.south", AT.plusDays(2))).as("not in approval").isZero();
      TrainingPlan returned = mapper.findById(id);
      assertThat(returned.status()).isEqualTo(PlanStatus.RETURNED);
      assertThat(returned.reviewComment()).isEqualTo("请增加安全专题");
      assertThat(returned.reviewRounds()).isEqualTo(1);
      assertThat(mapper.deleteItems(id)).isEqualTo(2);
      item(mapper, id, 1, "安全生产专题", 4);
      assertThat(mapper.resubmit(id, "修订版")).isEqualTo(1);
      assertThat(mapper.resubmit(id, "修订版")).as("once").isZero();
      assertThat(mapper.approve(id, "president.south", AT.plusDays(3))).isEqualTo(1);
      TrainingPlan approved = mapper.findById(id);
      assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
      assertThat(approved.title()).isEqualTo("修订版");
      assertThat(approved.approvedBy()).isEqualTo("president.south");
      assertThat(approved.approvedAt()).isEqualTo(AT.plusDays(3));
      assertThat(approved.reviewRounds()).isEqualTo(2);
      assertThat(mapper.deleteItems(id)).as("an approved plan is frozen").isZero();

      long kept = mapper.findItems(id).get(0).id();
      session(trainings, south.code(), kept, AT.plusMonths(1), null);
      session(trainings, south.code(), kept, AT.plusMonths(2), null);
      assertThat(mapper.countSessions(id)).singleElement().satisfies(c -> {
        assertThat(c.itemId()).isEqualTo(kept);
        assertThat(c.sessions()).isEqualTo(2);
      });
      assertThatThrownBy(() -> plan(mapper, south.code(), 2027, PlanStatus.IN_APPROVAL))
          .as("one plan per region and year").isInstanceOf(RuntimeException.class);
      assertThatThrownBy(() -> item(mapper, id, 2, "月份", 13)).as("a month is 1–12")
          .isInstanceOf(RuntimeException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void sessionsInviteAttendGiveFeedbackAndPassTheirQuizOnce(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      TrainingMapper mapper = session.getMapper(TrainingMapper.class);
      Region south = Fixtures.region(session);
      Region east = Fixtures.region(session);
      Project project = Fixtures.project(session, south.code());
      long id = session(mapper, south.code(), null, AT, QUIZ);
      long later = session(mapper, south.code(), null, AT.plusMonths(10), null);
      long eastern = session(mapper, east.code(), null, AT, null);

      TrainingSession read = mapper.findSession(id);
      assertThat(read.topic()).endsWith(Fixtures.FOUR_BYTE_TEXT);
      assertThat(read.description()).endsWith(Fixtures.FOUR_BYTE_TEXT);
      assertThat(read.hours()).isEqualByComparingTo("3.5");
      assertThat(read.startsAt()).isEqualTo(AT);
      assertThat(read.groups()).containsExactly("project-office", "fn-engineering");
      assertThat(read.parsedQuiz().questions().get(0).text()).endsWith(Fixtures.FOUR_BYTE_TEXT);
      assertThat(read.status()).isEqualTo(SessionStatus.REGISTRATION);
      assertThat(mapper.findSessions(Set.of(south.code()), null, null)).extracting(TrainingSession::id)
          .as("the latest start first").containsExactly(later, id);
      assertThat(mapper.findSessions(Set.of(south.code()), AT, AT.plusMonths(1))).extracting(TrainingSession::id)
          .containsExactly(id);
      assertThat(mapper.findSessions(Set.of(), null, null)).isEmpty();
      assertThat(mapper.findSessions(null, AT, AT.plusSeconds(1))).extracting(TrainingSession::id).contains(id, eastern);

      invite(mapper, id, "u.ops", "region-ops", null);
      invite(mapper, id, "u.office", "project-office", project.code());
      invite(mapper, id, "u.late", "project-office", null);
      assertThat(mapper.findInvitees(id)).containsExactly("u.late", "u.office", "u.ops");
      assertThat(mapper.register(id, "u.office", Registration.REGISTERED, null, AT.minusDays(1))).isEqualTo(1);
      assertThat(mapper.register(id, "u.office", Registration.DECLINED, "改了", AT)).as("answered once").isZero();
      assertThat(mapper.register(id, "u.ops", Registration.DECLINED, "出差" + Fixtures.FOUR_BYTE_TEXT, AT)).isEqualTo(1);
      assertThat(mapper.markNoResponse(id)).isEqualTo(1);
      assertThat(mapper.closeRegistration(id)).isEqualTo(1);
      assertThat(mapper.closeRegistration(id)).isZero();
      assertThat(mapper.findParticipant(id, "u.late").registration()).isEqualTo(Registration.NO_RESPONSE);
      assertThat(mapper.findParticipant(id, "u.ops").declineReason()).endsWith(Fixtures.FOUR_BYTE_TEXT);
      assertThat(mapper.findParticipants(id)).extracting(TrainingParticipant::userId).as("the registered first")
          .containsExactly("u.office", "u.late", "u.ops");

      assertThat(mapper.checkIn(id, "u.office", "u.ops", AT.plusHours(3))).isEqualTo(1);
      assertThat(mapper.checkIn(id, "u.office", "u.ops", AT.plusHours(4))).as("once").isZero();
      assertThat(mapper.checkIn(id, "u.ops", "u.ops", AT.plusHours(3))).isEqualTo(1);
      assertThat(mapper.recordAttendance(id, "u.ops", AT.plusHours(3))).isEqualTo(1);
      assertThat(mapper.recordAttendance(id, "u.ops", AT.plusHours(5))).isZero();
      assertThat(mapper.findAttendees(id)).containsExactly("u.office", "u.ops");
      TrainingParticipant office = mapper.findParticipant(id, "u.office");
      assertThat(office.attended()).isTrue();
      assertThat(office.checkedInAt()).isEqualTo(AT.plusHours(3));
      assertThat(office.feedbackStatus()).isEqualTo(FeedbackStatus.PENDING);
      assertThat(office.projectCode()).isEqualTo(project.code());

      assertThat(mapper.giveFeedback(id, "u.office", 5, "很好" + Fixtures.FOUR_BYTE_TEXT, AT.plusDays(1))).isEqualTo(1);
      assertThat(mapper.giveFeedback(id, "u.office", 1, null, AT.plusDays(2))).as("once").isZero();
      assertThat(mapper.expireFeedback(id, "u.office")).as("given stays given").isZero();
      assertThat(mapper.expireFeedback(id, "u.ops")).isEqualTo(1);
      assertThat(mapper.giveFeedback(id, "u.ops", 3, null, AT.plusDays(9))).as("too late").isZero();
      assertThat(mapper.findParticipant(id, "u.office").feedbackComment()).endsWith(Fixtures.FOUR_BYTE_TEXT);
      assertThat(mapper.findParticipant(id, "u.ops").feedbackStatus()).isEqualTo(FeedbackStatus.EXPIRED);

      mapper.insertAttempt(new KeyedRow<>(new TrainingQuizAttempt(null, id, "u.office", 1, 0, 1, false, "B", AT.plusDays(1))));
      assertThat(mapper.recordQuizResult(id, "u.office", 0, false, AT.plusDays(1))).isEqualTo(1);
      mapper.insertAttempt(new KeyedRow<>(new TrainingQuizAttempt(null, id, "u.office", 2, 1, 1, true, "A", AT.plusDays(2))));
      assertThat(mapper.recordQuizResult(id, "u.office", 1, true, AT.plusDays(2))).isEqualTo(1);
      assertThat(mapper.recordQuizResult(id, "u.office", 0, false, AT.plusDays(3))).as("passed stays passed").isZero();
      TrainingParticipant passed = mapper.findParticipant(id, "u.office");
      assertThat(passed.quizAttempts()).isEqualTo(2);
      assertThat(passed.quizPassed()).isTrue();
      assertThat(passed.quizPassedAt()).isEqualTo(AT.plusDays(2));
      assertThat(mapper.findAttempts(id, "u.office")).extracting(TrainingQuizAttempt::attemptNo,
          TrainingQuizAttempt::answers).containsExactly(tuple(1, "B"), tuple(2, "A"));
      assertThatThrownBy(() -> mapper.insertAttempt(new KeyedRow<>(new TrainingQuizAttempt(null, id, "u.office", 2, 1,
          1, true, "A", AT)))).as("an attempt is recorded once").isInstanceOf(RuntimeException.class);
      assertThat(mapper.closeSession(id, AT.plusDays(8))).isEqualTo(1);
      assertThat(mapper.findSession(id).status()).isEqualTo(SessionStatus.CLOSED);

      List<SessionCounts> counts = mapper.countParticipants(List.of(id, later));
      assertThat(counts).singleElement().isEqualTo(new SessionCounts(id, 3, 1, 2, 1, 5, 1));
      assertThat(mapper.findAttended("u.office", AT.minusDays(1), AT.plusYears(1))).singleElement().satisfies(a -> {
        assertThat(a.sessionId()).isEqualTo(id);
        assertThat(a.hours()).isEqualByComparingTo("3.5");
        assertThat(a.feedbackScore()).isEqualTo(5);
        assertThat(a.quizPassed()).isTrue();
      });
      assertThat(mapper.findAttended("u.office", AT.plusDays(1), AT.plusYears(1))).as("another year").isEmpty();
      assertThat(mapper.findAttended("u.late", AT.minusDays(1), AT.plusYears(1))).isEmpty();
      assertThat(mapper.findPassedQuizzes("u.office", AT, AT.plusYears(1))).singleElement().satisfies(q -> {
        assertThat(q.score()).isEqualTo(1);
        assertThat(q.questionCount()).isEqualTo(1);
        assertThat(q.passMark()).isEqualTo(1);
        assertThat(q.attempts()).isEqualTo(2);
        assertThat(q.passedAt()).isEqualTo(AT.plusDays(2));
      });
      invite(mapper, later, "u.office", "project-office", project.code());
      assertThat(mapper.findRecordRows(south.code(), AT.minusDays(1), AT.plusYears(1)))
          .as("sessions whose 签到 is recorded").extracting(RecordRow::userId, RecordRow::attended)
          .containsExactly(tuple("u.late", false), tuple("u.office", true), tuple("u.ops", true));
      assertThat(mapper.findRecordRows(east.code(), AT.minusDays(1), AT.plusYears(1))).isEmpty();

      assertThatThrownBy(() -> invite(mapper, id, "u.ops", "region-ops", null)).as("one row per person and session")
          .isInstanceOf(RuntimeException.class);
      assertThat(mapper.giveFeedback(later, "u.office", 4, null, AT)).as("not asked for feedback").isZero();
    }
  }
}
