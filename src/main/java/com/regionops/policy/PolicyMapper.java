package com.regionops.policy;

import com.regionops.platform.engine.KeyedRow;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface PolicyMapper {

  void insert(KeyedRow<Policy> row);

  Policy findById(long id);

  /** Every version of a number in its issuer's series, the highest first. */
  List<Policy> findVersions(@Param("issuer") String issuer, @Param("number") String number);

  /** Marks an earlier version as replaced by a newer one (once). */
  int supersede(@Param("id") long id, @Param("supersededBy") long supersededBy, @Param("at") LocalDateTime at);

  /**
   * Policies newest first: regionCodes null for every one, else the group's and those regions' own (an empty
   * collection: the group's only).
   */
  List<Policy> findVisible(@Param("regionCodes") Collection<String> regionCodes);

  void insertAcknowledgement(KeyedRow<PolicyAcknowledgement> row);

  PolicyAcknowledgement findAcknowledgement(@Param("policyId") long policyId, @Param("userId") String userId);

  /** The people a region's instance asks, by user id: the multi-instance's collection. */
  List<String> findAudience(@Param("policyId") long policyId, @Param("regionCode") String regionCode);

  /** The rows of every version of a number, with the version, in those regions (null: all); newest version first. */
  List<AcknowledgementRow> findHistory(@Param("issuer") String issuer, @Param("number") String number,
      @Param("regionCodes") Collection<String> regionCodes);

  /** 已阅知悉: a pending row only, so a repeat changes nothing. */
  int acknowledge(@Param("policyId") long policyId, @Param("userId") String userId, @Param("at") LocalDateTime at);

  /** A graded attempt: one more attempt with its score, and PASSED with the time when it passed. */
  int recordQuizResult(@Param("policyId") long policyId, @Param("userId") String userId, @Param("score") int score,
      @Param("passed") boolean passed, @Param("at") LocalDateTime at);

  /** A newer version asked again: the region's rows still pending are closed as SUPERSEDED. */
  int supersedePending(@Param("policyId") long policyId, @Param("regionCode") String regionCode);

  void insertAttempt(KeyedRow<QuizAttempt> row);

  List<QuizAttempt> findAttempts(@Param("policyId") long policyId, @Param("userId") String userId);

  /** A person's passed quizzes, newest first: their training records. */
  List<TrainingRecord> findTrainingRecords(@Param("userId") String userId);

  /** A row as the acknowledgement list shows it: the person's row beside the version it is for. */
  record AcknowledgementRow(long policyId, int version, String userId, String regionCode, String projectCode,
      String groupId, AckStatus status, int attempts, Integer score, LocalDateTime acknowledgedAt) {
  }
}
