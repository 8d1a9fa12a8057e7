package com.regionops.performance;

import com.regionops.platform.engine.KeyedRow;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface PerformancePlanMapper {

  void insert(KeyedRow<PerformancePlan> plan);

  PerformancePlan findById(long id);

  PerformancePlan findByProcess(String processInstanceId);

  /** The region's versions, newest first. */
  List<PerformancePlan> findByRegion(String regionCode);

  PerformancePlan findInReview(String regionCode);

  PerformancePlan findApproved(String regionCode);

  int nextVersionNo(String regionCode);

  /** Ties an IN_REVIEW, not yet claimed plan of the region to its approval instance; 0 otherwise. */
  int claim(@Param("id") long id, @Param("regionCode") String regionCode,
      @Param("processInstanceId") String processInstanceId);

  /** Moves an IN_REVIEW plan on; 0 when it was decided already (a rerun). */
  int decide(@Param("id") long id, @Param("status") PlanStatus status, @Param("decidedBy") String decidedBy,
      @Param("comment") String comment, @Param("at") LocalDateTime at);

  /** Every other APPROVED version of the region becomes SUPERSEDED. */
  int supersede(@Param("regionCode") String regionCode, @Param("exceptId") long exceptId);

  void insertLines(@Param("planId") long planId, @Param("lines") Collection<PlanLine> lines);

  List<PlanLine> findLines(long planId);

  void insertOpinion(PlanOpinion opinion);

  List<PlanOpinion> findOpinions(long planId);

  /** The region's actuals per year and metric (sum over its projects and months), years from..to. */
  List<Map<String, Object>> sumActuals(@Param("regionCode") String regionCode, @Param("fromYear") int fromYear,
      @Param("toYear") int toYear);
}
