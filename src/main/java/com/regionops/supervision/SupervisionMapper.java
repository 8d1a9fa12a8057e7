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

  record OpenDecision(long id, String kind, String regionCode, String projectCode, String title, String content,
      String ownerGroup, String ownerUser, LocalDate dueDate, int returns, String color) {
  }
}
