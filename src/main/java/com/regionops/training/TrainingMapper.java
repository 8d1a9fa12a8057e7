package com.regionops.training;

import com.regionops.platform.engine.KeyedRow;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Training sessions, the people invited to them and their quiz attempts. Every step's update changes a row only from
 * the state it expects, so a job that runs twice leaves it as the first run did.
 */
@Mapper
public interface TrainingMapper {

  void insertSession(KeyedRow<TrainingSession> row);

  TrainingSession findSession(long id);

  /**
   * Sessions starting in [from, to) (either null: unbounded) of those regions (null: every region), the latest
   * start first.
   */
  List<TrainingSession> findSessions(@Param("regionCodes") Collection<String> regionCodes,
      @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

  int linkProcess(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

  /** Registration closed at the start: the session waits for its 签到. */
  int closeRegistration(long sessionId);

  /** 签到 recorded: the attendees' feedback is asked for. */
  int recordAttendance(@Param("id") long id, @Param("by") String by, @Param("at") LocalDateTime at);

  int closeSession(@Param("id") long id, @Param("at") LocalDateTime at);

  void insertParticipant(KeyedRow<TrainingParticipant> row);

  TrainingParticipant findParticipant(@Param("sessionId") long sessionId, @Param("userId") String userId);

  /** Everyone invited: registered first, then by user id. */
  List<TrainingParticipant> findParticipants(long sessionId);

  /** The invitations' multi-instance collection: user ids in order. */
  List<String> findInvitees(long sessionId);

  /** The feedback's multi-instance collection: the attendees' user ids in order. */
  List<String> findAttendees(long sessionId);

  /** The answer to an invitation (a pending one only). */
  int register(@Param("sessionId") long sessionId, @Param("userId") String userId,
      @Param("registration") Registration registration, @Param("reason") String reason,
      @Param("at") LocalDateTime at);

  /** Those who had not answered when registration closed. */
  int markNoResponse(long sessionId);

  /** 签到: attended, and asked for feedback. */
  int checkIn(@Param("sessionId") long sessionId, @Param("userId") String userId, @Param("by") String by,
      @Param("at") LocalDateTime at);

  int giveFeedback(@Param("sessionId") long sessionId, @Param("userId") String userId, @Param("score") int score,
      @Param("comment") String comment, @Param("at") LocalDateTime at);

  int expireFeedback(@Param("sessionId") long sessionId, @Param("userId") String userId);

  /** A graded attempt: one more attempt with its score, and passed with the time when it passed. */
  int recordQuizResult(@Param("sessionId") long sessionId, @Param("userId") String userId, @Param("score") int score,
      @Param("passed") boolean passed, @Param("at") LocalDateTime at);

  void insertAttempt(KeyedRow<TrainingQuizAttempt> row);

  List<TrainingQuizAttempt> findAttempts(@Param("sessionId") long sessionId, @Param("userId") String userId);

  /** Per session: invited, registered, attended, feedback given with the scores' sum, quizzes passed. */
  List<SessionCounts> countParticipants(@Param("sessionIds") Collection<Long> sessionIds);

  /** A person's attended sessions starting in [from, to), the latest first. */
  List<AttendedRow> findAttended(@Param("userId") String userId, @Param("from") LocalDateTime from,
      @Param("to") LocalDateTime to);

  /** A person's passed training quizzes, passed in [from, to), the latest first. */
  List<PassedQuizRow> findPassedQuizzes(@Param("userId") String userId, @Param("from") LocalDateTime from,
      @Param("to") LocalDateTime to);

  /** Everyone invited to a region's sessions in [from, to) whose 签到 is recorded, with the session's hours. */
  List<RecordRow> findRecordRows(@Param("regionCode") String regionCode, @Param("from") LocalDateTime from,
      @Param("to") LocalDateTime to);

  record SessionCounts(long sessionId, int invited, int registered, int attended, int feedbackGiven, int scoreSum,
      int quizPassed) {
  }

  record AttendedRow(long sessionId, String regionCode, String topic, String trainer, LocalDateTime startsAt,
      BigDecimal hours, Integer feedbackScore, boolean quizPassed) {
  }

  record PassedQuizRow(long sessionId, String topic, int score, int questionCount, int passMark, int attempts,
      LocalDateTime passedAt) {
  }

  record RecordRow(long sessionId, String userId, String groupId, String projectCode, boolean attended,
      BigDecimal hours) {
  }
}
