package com.regionops.plan;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface PlanNodeMapper {

  List<PlanNode> findByProject(String projectCode);

  List<PlanNode> findMilestonesOfRegion(String regionCode);

  /** Holds the node's row until the transaction ends (see PlanAdjustmentService#open). */
  @org.apache.ibatis.annotations.Select("SELECT id FROM ro_plan_node WHERE id = #{id} FOR UPDATE")
  Long lockForUpdate(long id);

  PlanNode findByCode(@Param("projectCode") String projectCode, @Param("nodeCode") String nodeCode);

  void insert(PlanNode node);

  int update(PlanNode node);

  int deleteByIds(@Param("ids") Collection<Long> ids);

  /** Nodes among ids that plan adjustments or completion reports refer to; those cannot be deleted. */
  List<String> findCodesWithAdjustments(@Param("ids") Collection<Long> ids);

  List<PlanDependency> findDependencies(String projectCode);

  /** The project's dependencies by node id (PlanExcerpt). */
  List<DependencyRow> findDependencyRows(String projectCode);

  /** The nodes with these ids, in plan order (planned finish, then code); ids must not be empty. */
  List<PlanNode> findByIds(@Param("ids") Collection<Long> ids);

  /** Completes an open node on the day (progress 100); returns 0 when it was done already. */
  int complete(@Param("id") long id, @Param("day") java.time.LocalDate day);

  /** Codes of the project's nodes whose planned dates are under a baseline. */
  List<String> findBaselinedCodes(String projectCode);

  /** Sets the baseline from the planned dates of open nodes of the given levels or categories, once. */
  int baseline(@Param("projectCode") String projectCode, @Param("levels") Collection<NodeLevel> levels,
      @Param("categories") Collection<NodeCategory> categories, @Param("at") java.time.LocalDateTime at);

  int deleteDependencies(String projectCode);

  /** Inserts the nodes in one statement; the caller keeps a batch to a few hundred rows. */
  void insertBatch(@Param("nodes") List<PlanNode> nodes);

  /** A dependency by node ids, as written. */
  record DependencyRow(long predecessorId, long successorId, int lagDays) {
  }

  /** Inserts the dependencies in one statement; the caller keeps a batch to a few hundred rows. */
  void insertDependencies(@Param("rows") List<DependencyRow> rows);

  void insertDependency(@Param("predecessorId") long predecessorId, @Param("successorId") long successorId,
      @Param("lagDays") int lagDays);
}
