package com.regionops.org;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface ProjectMapper {

  /** Projects of the given regions; all projects when regionCodes is null. */
  List<Project> findByRegions(@Param("regionCodes") Collection<String> regionCodes);

  Project findByCode(String code);

  @Select("SELECT region_code FROM ro_project WHERE code = #{code}")
  String findRegionCode(String code);

  /**
   * Serialises concurrent starts for one project until the transaction ends: checking for an open
   * round and inserting the next one cannot interleave, and InnoDB takes no gap locks that could
   * deadlock concurrent inserts.
   */
  @Select("SELECT code FROM ro_project WHERE code = #{code} FOR UPDATE")
  String lockForUpdate(String code);

  void insert(Project project);

  @Select("SELECT code AS project_code, target_construction_start, target_first_opening, target_handover, target_sales,"
      + " target_net_profit, targets_fixed_at FROM ro_project WHERE code = #{code}")
  ProjectTargets findTargets(String code);

  int fixTargets(ProjectTargets targets);

  /** Returns the number of rows changed (0 when the project does not exist). */
  int update(Project project);
}
