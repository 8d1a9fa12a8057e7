package com.regionops.training;

import com.regionops.platform.engine.KeyedRow;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** ro_training_plan and its items. The president's decisions change a plan in approval only, so a repeat is a no-op. */
@Mapper
public interface TrainingPlanMapper {

  void insert(KeyedRow<TrainingPlan> row);

  TrainingPlan findById(long id);

  TrainingPlan findByYear(@Param("regionCode") String regionCode, @Param("year") int year);

  /** A region's plans, the latest year first. */
  List<TrainingPlan> findByRegion(@Param("regionCode") String regionCode);

  int linkProcess(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

  /** 批准: the plan is frozen from here on. */
  int approve(@Param("id") long id, @Param("by") String by, @Param("at") LocalDateTime at);

  /** 退回修改 with the president's comment. */
  int returnPlan(@Param("id") long id, @Param("by") String by, @Param("at") LocalDateTime at,
      @Param("comment") String comment);

  /** 重新提交 after a return, under the (possibly changed) title. */
  int resubmit(@Param("id") long id, @Param("title") String title);

  void insertItem(KeyedRow<TrainingPlanItem> row);

  TrainingPlanItem findItem(long id);

  List<TrainingPlanItem> findItems(long planId);

  /** A returned plan's items, before its revision writes them anew (never an approved plan's). */
  int deleteItems(long planId);

  /** How many sessions refer to each item of a plan (items without any are left out). */
  List<ItemSessions> countSessions(long planId);

  record ItemSessions(long itemId, int sessions) {
  }
}
