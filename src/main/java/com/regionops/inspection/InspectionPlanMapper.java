package com.regionops.inspection;

import com.regionops.platform.engine.KeyedRow;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface InspectionPlanMapper {

  void insertPlan(KeyedRow<InspectionPlan> row);

  InspectionPlan findPlan(long id);

  /** A region's plans, the latest quarter first. */
  List<InspectionPlan> findPlans(String regionCode);

  int updatePlanStatus(@Param("id") long id, @Param("status") String status, @Param("approvedBy") String approvedBy,
      @Param("approvedAt") LocalDateTime approvedAt);

  void insertItem(PlanItem item);

  int deleteItems(long planId);

  List<PlanItem> findItems(long planId);

  int linkItemInspection(@Param("id") long id, @Param("inspectionId") long inspectionId);

  /** Per project of the region, the day of its latest inspection that took place (reported or closed). */
  List<LastInspection> findLastInspections(String regionCode);

  /** Per project of the region, its 严重 findings whose 整改 is not verified yet. */
  List<OpenSerious> countOpenSeriousFindings(String regionCode);

  record LastInspection(String projectCode, LocalDate plannedDate) {
  }

  record OpenSerious(String projectCode, int findings) {
  }
}
