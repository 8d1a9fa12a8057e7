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

  /** The 阶段成果 a project's node requires: those of the template version its plan was built from. */
  List<PlanTemplate.Deliverable> findNodeDeliverables(@Param("projectCode") String projectCode,
      @Param("nodeCode") String nodeCode);

  /** Locks the template row while a new version is published; null when there is none. */
  PlanTemplate.Summary findByCodeForUpdate(String code);

  void insertTemplate(@Param("code") String code, @Param("name") String name, @Param("description") String description);

  int setCurrentVersion(@Param("code") String code, @Param("version") int version, @Param("name") String name,
      @Param("description") String description);

  void insertVersion(@Param("code") String code, @Param("version") int version, @Param("by") String by,
      @Param("note") String note);

  void insertNodes(@Param("code") String code, @Param("version") int version, @Param("nodes") List<PlanTemplate.Node> nodes);

  void insertDependencies(@Param("code") String code, @Param("version") int version,
      @Param("dependencies") List<PlanDependency> dependencies);

  void insertDeliverables(@Param("code") String code, @Param("version") int version, @Param("nodeCode") String nodeCode,
      @Param("deliverables") List<PlanTemplate.Deliverable> deliverables);

  int setProjectTemplate(@Param("projectCode") String projectCode, @Param("code") String code,
      @Param("version") int version);
}
