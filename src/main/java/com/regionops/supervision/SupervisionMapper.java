package com.regionops.supervision;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The meeting decisions and 整改 items whose owner still has to act, for 三色督办. */
@Mapper
public interface SupervisionMapper {

  List<OpenDecision> findOpenDecisions();

  int updateDecisionColor(@Param("id") long id, @Param("color") String color);

  /** Open items of a region by project (null: the region's own) and colour: instruction copies and decisions. */
  List<ColorCount> countColors(String regionCode);

  /**
   * The copies (not a region's own relay containers) with 签收 or the (extended) deadline in the range, of a
   * region, or of one project when projectCode is given.
   */
  List<DueCopy> findDueCopies(@Param("regionCode") String regionCode, @Param("projectCode") String projectCode,
      @Param("from") LocalDate from, @Param("to") LocalDate to);

  record ColorCount(String projectCode, String color, int items) {
  }

  record DueCopy(long id, String projectCode, String feedbackMode, LocalDate ackDue,
      java.time.LocalDateTime acknowledgedAt, LocalDate deadline, java.time.LocalDateTime firstAnsweredAt) {
  }

  record OpenDecision(long id, String kind, String regionCode, String projectCode, String title, String content,
      String ownerGroup, String ownerUser, LocalDate dueDate, int returns, String color) {
  }
}
