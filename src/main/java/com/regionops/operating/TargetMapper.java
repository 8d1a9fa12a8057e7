package com.regionops.operating;

import com.regionops.platform.engine.KeyedRow;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface TargetMapper {

  void insertVersion(KeyedRow<TargetVersion> version);

  TargetVersion findVersion(long id);

  /** The version an approval instance claimed: what its tasks act on, whatever their variables say. */
  TargetVersion findVersionByProcess(String processInstanceId);

  /** A PENDING version whose approval instance is gone (cancelled in Cockpit) is withdrawn. */
  int withdraw(long id);

  TargetVersion findVersionByNo(@Param("regionCode") String regionCode, @Param("year") int year,
      @Param("versionNo") int versionNo);

  List<TargetVersion> findVersions(@Param("regionCode") String regionCode, @Param("year") int year);

  /** The version under review for the region and year, if any. */
  TargetVersion findPending(@Param("regionCode") String regionCode, @Param("year") int year);

  TargetVersion findApproved(@Param("regionCode") String regionCode, @Param("year") int year);

  int nextVersionNo(@Param("regionCode") String regionCode, @Param("year") int year);

  /**
   * Ties a PENDING, not yet claimed version of the region to its approval instance; 0 when there
   * is no such version (an instance started around our API).
   */
  int claim(@Param("id") long id, @Param("regionCode") String regionCode,
      @Param("processInstanceId") String processInstanceId);

  /** Moves a PENDING version on; returns 0 when it was decided already (a rerun). */
  int decide(@Param("id") long id, @Param("status") TargetVersionStatus status, @Param("decidedBy") String decidedBy,
      @Param("comment") String comment);

  int supersede(@Param("regionCode") String regionCode, @Param("year") int year, @Param("exceptId") long exceptId);

  void freezeRows(long versionId);

  void insertRegionTotal(@Param("versionId") long versionId, @Param("metric") Metric metric,
      @Param("amount") BigDecimal amount);

  List<Map<String, Object>> findRegionTotals(long versionId);

  void insertRows(@Param("versionId") long versionId, @Param("versionNo") int versionNo,
      @Param("rows") Collection<TargetRow> rows);

  List<TargetRow> findRows(@Param("versionId") long versionId, @Param("projectCode") String projectCode);

  /** Plan per project and metric summed over the version's months 1..throughMonth. */
  List<Map<String, Object>> sumPlans(@Param("versionId") long versionId, @Param("throughMonth") int throughMonth,
      @Param("projectCode") String projectCode);

  void insertReview(TargetReview review);

  List<TargetReview> findReviews(long versionId);

  /** Returns 0 when the month has no actual yet (then {@link #insertActual}). */
  int updateActual(ActualRow actual);

  void insertActual(ActualRow actual);

  List<ActualRow> findActuals(@Param("projectCode") String projectCode, @Param("year") int year);

  /** Actuals per project and metric summed over months 1..throughMonth for the region's projects. */
  List<Map<String, Object>> sumActuals(@Param("regionCode") String regionCode, @Param("year") int year,
      @Param("throughMonth") int throughMonth, @Param("projectCode") String projectCode);
}
