package com.regionops.operating;

import com.regionops.org.Project;
import com.regionops.org.ProjectService;
import com.regionops.org.RegionService;
import com.regionops.partner.Basis;
import com.regionops.partner.PartnershipService;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.web.ApiException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 经营目标: decompositions and their approval, a project's target file, monthly actuals, grades. */
@RestController
@RequestMapping("/api/v1")
class TargetController {

  /** planGaps: per metric, the approved 业绩规划's 保底/控制 of the year and the region total's distance to each. */
  record VersionView(TargetVersion version, Map<String, BigDecimal> regionTargets, List<TargetReview> reviews,
      List<TargetRow> rows, List<com.regionops.performance.PerformancePlanService.PlanGap> planGaps) {
  }

  /** One metric of a project's year: plan (approved version) and actual per month, and the totals. */
  record MetricYear(Metric metric, String label, List<BigDecimal> plan, List<BigDecimal> actual, BigDecimal planTotal,
      BigDecimal actualTotal) {
  }

  record ProjectTargetFile(String projectCode, int year, Integer versionNo, Basis basis, String basisName,
      List<MetricYear> metrics) {
  }

  private final TargetService targets;
  private final TargetBasis targetBasis;
  private final RegionService regions;
  private final ProjectService projects;
  private final com.regionops.performance.PerformancePlanService plans;

  TargetController(TargetService targets, RegionService regions, ProjectService projects, TargetBasis targetBasis,
      com.regionops.performance.PerformancePlanService plans) {
    this.plans = plans;
    this.targetBasis = targetBasis;
    this.targets = targets;
    this.regions = regions;
    this.projects = projects;
  }

  @PostMapping("/regions/{regionCode}/target-decompositions")
  @ResponseStatus(HttpStatus.CREATED)
  TargetVersion submit(ApiUser user, @PathVariable String regionCode, @RequestBody TargetDecomposition draft) {
    user.requireMasterDataWriter();
    regions.visible(user, regionCode);
    return targets.submit(user, regionCode, draft);
  }

  @GetMapping("/regions/{regionCode}/target-decompositions")
  List<TargetVersion> versions(ApiUser user, @PathVariable String regionCode, @RequestParam int year) {
    regions.visible(user, regionCode);
    return targets.versions(regionCode, year);
  }

  @GetMapping("/regions/{regionCode}/target-decompositions/{year}/{versionNo}")
  VersionView version(ApiUser user, @PathVariable String regionCode, @PathVariable int year,
      @PathVariable int versionNo) {
    regions.visible(user, regionCode);
    TargetVersion version = targets.version(regionCode, year, versionNo);
    if (version == null) {
      throw ApiException.notFound(regionCode + " 没有 " + year + " 年目标分解 v" + versionNo);
    }
    Map<String, BigDecimal> totals = targets.regionTotals(version.id());
    return new VersionView(version, totals, targets.reviews(version.id()), targets.rows(version.id(), null),
        plans.gaps(regionCode, year, totals));
  }

  @GetMapping("/regions/{regionCode}/target-decompositions/{year}/{versionNo}.xlsx")
  org.springframework.http.ResponseEntity<byte[]> versionSheet(ApiUser user, @PathVariable String regionCode,
      @PathVariable int year, @PathVariable int versionNo) {
    VersionView view = version(user, regionCode, year, versionNo);
    return com.regionops.platform.web.Downloads.xlsx(regionCode + "-" + year + "-经营目标分解-v" + versionNo + ".xlsx",
        TargetWorkbook.write(regionCode + " " + year + " 年经营目标分解 v" + versionNo, view.regionTargets(), view.rows()));
  }

  /** The split as the .xlsx the department keeps: read, checked as the JSON draft is, and submitted as a new draft version. */
  @PostMapping(path = "/regions/{regionCode}/target-decompositions/imports", consumes = "multipart/form-data")
  @ResponseStatus(HttpStatus.CREATED)
  TargetVersion importSheet(ApiUser user, @PathVariable String regionCode, @RequestParam(required = false) Integer year,
      @org.springframework.web.bind.annotation.RequestPart(name = "file", required = false)
      org.springframework.web.multipart.MultipartFile file) throws java.io.IOException {
    user.requireMasterDataWriter();
    regions.visible(user, regionCode);
    if (year == null) {
      throw ApiException.badInput("year", "请指定年度");
    }
    if (file == null || file.isEmpty()) {
      throw ApiException.badInput("file", "必填：请选择目标分解 .xlsx 文件");
    }
    java.io.File copy = java.nio.file.Files.createTempFile("regionops-targets-", ".xlsx").toFile();
    try {
      file.transferTo(copy);
      return targets.submitSheet(user, regionCode, copy, year);
    } finally {
      java.nio.file.Files.deleteIfExists(copy.toPath());
    }
  }

  @GetMapping("/regions/{regionCode}/target-grades")
  List<TargetGrade> grades(ApiUser user, @PathVariable String regionCode, @RequestParam int year,
      @RequestParam(required = false) Integer month, @RequestParam(required = false) String basis) {
    regions.visible(user, regionCode);
    Basis wanted = PartnershipService.basis(basis);
    int through = month != null ? month : defaultMonth(year);
    if (through < 1 || through > 12) {
      throw ApiException.badInput("month", "月份为 1–12");
    }
    return targetBasis.grades(targets.grades(regionCode, year, through, null), wanted);
  }

  /** The project's 经营目标文件: the approved version's plan beside the recorded actuals. */
  @GetMapping("/projects/{projectCode}/operating-targets")
  ProjectTargetFile targetFile(ApiUser user, @PathVariable String projectCode, @RequestParam int year,
      @RequestParam(required = false) String basis) {
    Project project = projects.get(user, projectCode);
    Basis wanted = PartnershipService.basis(basis);
    com.regionops.partner.Partnership partnership = wanted == Basis.ASSESSMENT
        ? com.regionops.partner.Partnership.alone(project.code()) : targetBasis.partnership(project.code());
    TargetVersion version = targets.approved(project.regionCode(), year);
    List<TargetRow> rows = version == null ? List.of() : targets.rows(version.id(), project.code());
    List<ActualRow> actuals = targets.actuals(project.code(), year);
    List<MetricYear> metrics = new ArrayList<>();
    for (Metric metric : Metric.values()) {
      List<BigDecimal> plan = new ArrayList<>(Collections.nCopies(12, (BigDecimal) null));
      List<BigDecimal> actual = new ArrayList<>(Collections.nCopies(12, (BigDecimal) null));
      rows.stream().filter(r -> r.metric() == metric).forEach(r -> plan.set(r.targetMonth() - 1, r.planAmount()));
      actuals.stream().filter(a -> a.metric() == metric).forEach(a -> actual.set(a.targetMonth() - 1, a.amount()));
      List<BigDecimal> planIn = TargetBasis.amounts(partnership, plan, wanted);
      List<BigDecimal> actualIn = TargetBasis.amounts(partnership, actual, wanted);
      metrics.add(new MetricYear(metric, metric.label(), planIn, actualIn, total(planIn), total(actualIn)));
    }
    return new ProjectTargetFile(project.code(), year, version == null ? null : version.versionNo(), wanted,
        wanted.label(), metrics);
  }

  @PutMapping("/projects/{projectCode}/operating-actuals/{year}/{month}")
  List<ActualRow> recordActuals(ApiUser user, @PathVariable String projectCode, @PathVariable int year,
      @PathVariable int month, @RequestBody Map<String, BigDecimal> amounts) {
    Project project = projects.get(user, projectCode);
    return targets.recordActuals(user, project, year, month, amounts);
  }

  private static BigDecimal total(List<BigDecimal> months) {
    return months.stream().filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
  }

  /** This year: through last month (the current month's actuals are not in yet); a past year: all of it. */
  private static int defaultMonth(int year) {
    var today = EngineTime.today();
    if (year < today.getYear()) {
      return 12;
    }
    return Math.max(1, today.getMonthValue() - 1);
  }
}
