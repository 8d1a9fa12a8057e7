package com.regionops.plan;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface PlanTemplateMapper {

  /** A template node's row; its deliverables are read separately. */
  record NodeRow(String nodeCode, String name, NodeLevel nodeLevel, NodeCategory category, String responsible,
      int durationDays, PlanTemplate.Anchor anchor, String anchorNode, int offsetDays, int sortOrder) {
  }

  record DeliverableRow(String nodeCode, int seq, String name, boolean mandatory) {
  }

  List<PlanTemplate.Summary> findAll();

  PlanTemplate.Summary findByCode(String code);

  List<NodeRow> findNodes(@Param("code") String code, @Param("version") int version);

  List<PlanDependency> findDependencies(@Param("code") String code, @Param("version") int version);

  List<DeliverableRow> findDeliverables(@Param("code") String code, @Param("version") int version);

  int setProjectTemplate(@Param("projectCode") String projectCode, @Param("code") String code,
      @Param("version") int version);
}
