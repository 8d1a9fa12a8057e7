package com.regionops.gate;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface GateReviewMapper {

  GateReview findById(long id);

  List<GateReview> findByProject(String projectCode);

  /** Every round of every project of a region. */
  List<GateReview> findByRegion(String regionCode);

  GateReview findLatest(@Param("projectCode") String projectCode, @Param("gateCode") String gateCode);

  int insert(GateReview review);

  int linkProcess(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

  int updateStatus(@Param("id") long id, @Param("status") GateReviewStatus status,
      @Param("conclusion") String conclusion, @Param("finishedAt") LocalDateTime finishedAt);

  /** Open and overdue decision items per gate review of a project. */
  List<DecisionCounts> countDecisions(@Param("projectCode") String projectCode, @Param("today") java.time.LocalDate today);

  /** As {@link #countDecisions} for every project of a region. */
  List<DecisionCounts> countDecisionsOfRegion(@Param("regionCode") String regionCode,
      @Param("today") java.time.LocalDate today);

  record DecisionCounts(String projectCode, long gateReviewId, int openDecisions, int overdueDecisions) {
  }
}
