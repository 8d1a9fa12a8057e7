package com.regionops.board;

import com.regionops.platform.security.ApiUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 区域运营看板's data: one call for the first paint; without regionCode, the caller's first region. */
@RestController
@RequestMapping("/api/v1")
class BoardController {

  private final BoardService board;
  private final ProcessTimes times;
  private final com.regionops.org.RegionService regions;

  BoardController(BoardService board, ProcessTimes times, com.regionops.org.RegionService regions) {
    this.board = board;
    this.times = times;
    this.regions = regions;
  }

  /** 流程时效 of a region (region users, group-ops): this month (or {@code month=yyyy-MM}) beside the one before. */
  @GetMapping("/board/process-times")
  ProcessTimes.Figures processTimes(ApiUser user, @RequestParam(required = false) String regionCode,
      @RequestParam(required = false) String month) {
    regions.visible(user, regionCode);
    java.time.YearMonth period;
    try {
      period = month == null || month.isBlank() ? java.time.YearMonth.from(com.regionops.platform.engine.EngineTime.today())
          : java.time.YearMonth.parse(month.trim());
    } catch (java.time.format.DateTimeParseException e) {
      throw com.regionops.platform.web.ApiException.badInput("month", "月份格式为 yyyy-MM（如 2026-11）：" + month);
    }
    if (period.getYear() < 2000 || period.isAfter(java.time.YearMonth.from(com.regionops.platform.engine.EngineTime.today()))) {
      throw com.regionops.platform.web.ApiException.badInput("month", "月份应在 2000 年至本月之间：" + month);
    }
    return times.of(regionCode, period);
  }

  @GetMapping("/board")
  Board board(ApiUser user, @RequestParam(required = false) String regionCode) {
    return board.board(user, regionCode);
  }
}
