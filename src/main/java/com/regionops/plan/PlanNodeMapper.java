package com.regionops.plan;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface PlanNodeMapper {

  List<PlanNode> findByProject(String projectCode);

  PlanNode findByCode(@Param("projectCode") String projectCode, @Param("nodeCode") String nodeCode);

  void insert(PlanNode node);

  int update(PlanNode node);

  int deleteByIds(@Param("ids") Collection<Long> ids);

  /** Nodes among ids that plan adjustments refer to; those cannot be deleted. */
  List<String> findCodesWithAdjustments(@Param("ids") Collection<Long> ids);

  List<PlanDependency> findDependencies(String projectCode);

  int deleteDependencies(String projectCode);

  void insertDependency(@Param("predecessorId") long predecessorId, @Param("successorId") long successorId,
      @Param("lagDays") int lagDays);
}
