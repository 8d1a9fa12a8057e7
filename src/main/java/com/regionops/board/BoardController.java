package com.regionops.board;

import com.regionops.gate.GateCatalog;
import com.regionops.org.Project;
import com.regionops.org.ProjectMapper;
import com.regionops.org.RegionService;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.web.ApiException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 区域运营看板's data: one call for the first paint (without regionCode, the caller's first region), and its drill-downs. */
@RestController
@RequestMapping("/api/v1")
class BoardController {

  private final BoardService board;
  private final BoardDrillDowns drillDowns;
  private final ProcessTimes times;
  private final RegionService regions;
  private final ProjectMapper projects;
  private final GateCatalog catalog;

  BoardController(BoardService board, BoardDrillDowns drillDowns, ProcessTimes times, RegionService regions,
      ProjectMapper projects, GateCatalog catalog) {
    this.projects = projects;
    this.catalog = catalog;
    this.board = board;
    this.drillDowns = drillDowns;
    this.times = times;
    this.regions = regions;
  }

  @GetMapping("/board")
  Board board(ApiUser user, @RequestParam(required = false) String regionCode,
      @RequestParam(required = false) String basis) {
    return board.board(user, regionCode, com.regionops.partner.PartnershipService.basis(basis));
  }

  /** A gate cell: the gate's rounds for the project, their decisions, and the tasks still open in them. */
  @GetMapping("/board/gates/{projectCode}/{gateCode}")
  BoardDrillDowns.GateDrill gate(ApiUser user, @PathVariable String projectCode, @PathVariable String gateCode) {
    return drillDowns.gate(user, projectCode, gateCode);
  }

  /** A risk node: its grades over the recent checks, its open correction and its plan adjustments. */
  @GetMapping("/board/nodes/{projectCode}/{nodeCode}")
  BoardDrillDowns.NodeDrill node(ApiUser user, @PathVariable String projectCode, @PathVariable String nodeCode) {
    return drillDowns.node(user, projectCode, nodeCode);
  }

  /**
   * 流程时效 of a region (region users, group-ops): this month (or {@code month=yyyy-MM}) beside the one
   * before; {@code projectCode} and {@code gateCode} narrow it to a project's or a gate's processes.
   */
  @GetMapping("/board/process-times")
  ProcessTimes.Figures processTimes(ApiUser user, @RequestParam(required = false) String regionCode,
      @RequestParam(required = false) String month, @RequestParam(required = false) String projectCode,
      @RequestParam(required = false) String gateCode) {
    regions.visible(user, regionCode);
    YearMonth period;
    try {
      period = month == null || month.isBlank() ? YearMonth.from(EngineTime.today()) : YearMonth.parse(month.trim());
    } catch (DateTimeParseException e) {
      throw ApiException.badInput("month", "月份格式为 yyyy-MM（如 2026-11）：" + month);
    }
    if (period.getYear() < 2000 || period.isAfter(YearMonth.from(EngineTime.today()))) {
      throw ApiException.badInput("month", "月份应在 2000 年至本月之间：" + month);
    }
    ProcessTimes.Scope scope = new ProcessTimes.Scope(blankToNull(projectCode), blankToNull(gateCode));
    if (scope.projectCode() != null) {
      Project project = projects.findByCode(scope.projectCode());
      if (project == null || !project.regionCode().equals(regionCode)) {
        throw ApiException.badInput("projectCode", "该区域没有这个项目：" + scope.projectCode());
      }
    }
    if (scope.gateCode() != null && catalog.find(scope.gateCode()) == null) {
      throw ApiException.badInput("gateCode", "节点会议不存在：" + scope.gateCode());
    }
    return times.of(regionCode, period, scope);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
