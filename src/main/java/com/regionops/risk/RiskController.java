package com.regionops.risk;

import com.regionops.org.Project;
import com.regionops.org.ProjectService;
import com.regionops.org.RegionService;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.web.ApiException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The biweekly checks: their reports, a project's current grades, and starting a check now. */
@RestController
@RequestMapping("/api/v1")
class RiskController {

  record CheckRequest(String regionCode, String periodDate) {
  }

  record CheckStarted(String processInstanceId, String businessKey, String regionCode, String periodDate) {
  }

  private final RiskCheckService checks;
  private final ProjectService projects;
  private final RegionService regions;
  private final RuntimeService runtime;
  private final Clock clock;
  private final CheckReportFiling filing;

  RiskController(RiskCheckService checks, ProjectService projects, RegionService regions, RuntimeService runtime,
      Clock clock, CheckReportFiling filing) {
    this.filing = filing;
    this.checks = checks;
    this.projects = projects;
    this.regions = regions;
    this.runtime = runtime;
    this.clock = clock;
  }

  @GetMapping("/risk/checks")
  List<RiskCheck> checks(ApiUser user) {
    return checks.checks(user.seesAllRegions() ? null
        : user.tenants().stream().filter(user::canSeeRegion).toList());
  }

  @GetMapping("/risk/checks/{period}")
  RiskReport report(ApiUser user, @PathVariable String period, @RequestParam(required = false) String regionCode) {
    String region = regionOf(user, regionCode);
    RiskReport report = checks.report(region, parse("period", period));
    if (report == null) {
      throw ApiException.notFound("该区域在 " + period + " 没有双周检查");
    }
    return report;
  }

  @GetMapping("/risk/checks/{period}.xlsx")
  org.springframework.http.ResponseEntity<byte[]> reportSheet(ApiUser user, @PathVariable String period,
      @RequestParam(required = false) String regionCode) {
    RiskReport report = report(user, period, regionCode);
    return com.regionops.platform.web.Downloads.xlsx("双周通报-" + report.check().regionCode() + "-" + period + ".xlsx",
        filing.spreadsheet(report, report.check().regionCode()));
  }

  @GetMapping("/projects/{projectCode}/risk")
  List<RiskAssessment> projectRisk(ApiUser user, @PathVariable String projectCode) {
    Project project = projects.get(user, projectCode);
    return checks.projectLatest(project.code());
  }

  /** Region-ops starts its region's check now; grading runs in the background (202). */
  @PostMapping("/risk/checks")
  @ResponseStatus(HttpStatus.ACCEPTED)
  CheckStarted start(ApiUser user, @RequestBody CheckRequest request) {
    user.requireMasterDataWriter();
    String region = regionOf(user, request == null ? null : request.regionCode());
    user.requireMasterDataWriter(region);
    LocalDate period = request.periodDate() == null ? LocalDate.now(clock) : parse("periodDate", request.periodDate());
    Map<String, Object> variables = new HashMap<>();
    variables.put(RiskProcesses.REGION_CODE, region);
    variables.put(RiskProcesses.PERIOD_DATE, period.toString());
    ProcessInstance instance = runtime.startProcessInstanceByMessage(RiskProcesses.MESSAGE_CHECK,
        region + ":" + period, variables);
    return new CheckStarted(instance.getId(), instance.getBusinessKey(), region, period.toString());
  }

  /** The named region when the caller may see it; without a name, the caller's only region. */
  private String regionOf(ApiUser user, String regionCode) {
    if (regionCode == null) {
      List<String> own = user.tenants().stream().filter(user::canSeeRegion).toList();
      if (own.size() != 1) {
        throw ApiException.badInput("regionCode", "请指定区域");
      }
      return own.get(0);
    }
    return regions.visible(user, regionCode).code();
  }

  private static LocalDate parse(String field, String value) {
    try {
      LocalDate date = LocalDate.parse(value);
      if (!EngineTime.plausible(date)) {
        throw ApiException.badInput(field, "日期超出范围（" + EngineTime.MIN_YEAR + "–"
            + EngineTime.MAX_YEAR + " 年）：" + value);
      }
      return date;
    } catch (DateTimeParseException e) {
      throw ApiException.badInput(field, "日期格式为 yyyy-MM-dd：" + value);
    }
  }
}
