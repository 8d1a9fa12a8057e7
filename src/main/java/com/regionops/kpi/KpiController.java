package com.regionops.kpi;

import com.regionops.org.ProjectSelection;
import com.regionops.org.ProjectService;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.web.ApiException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 计划运营考核: the ranking of the projects the caller may see, for an ended month
 * ({@code period=2026-10}) or a year ({@code period=2026}, the ended months so far).
 */
@RestController
@RequestMapping("/api/v1")
class KpiController {

  static final String PERIOD = "period";
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private final KpiService kpis;
  private final ProjectService projects;
  /** Assessment starts with the system: earlier years would only store empty snapshots. */
  private final int firstYear;

  KpiController(KpiService kpis, ProjectService projects,
      @org.springframework.beans.factory.annotation.Value("${regionops.kpi.first-year:2026}") int firstYear) {
    this.kpis = kpis;
    this.projects = projects;
    this.firstYear = firstYear;
  }

  @GetMapping("/kpi")
  KpiReport ranking(ApiUser user, @RequestParam(name = PERIOD, required = false) String period,
      @RequestParam(name = "orderBy", required = false) String orderBy) {
    boolean byScore = byScore(orderBy);
    if (period == null || period.isBlank()) {
      throw ApiException.badInput(PERIOD, "请指定考核期间：月度 yyyy-MM（如 2026-10）或年度 yyyy（如 2026）");
    }
    String value = period.trim();
    LocalDate today = EngineTime.today();
    Matcher month = MONTH.matcher(value);
    if (month.matches()) {
      int m = Integer.parseInt(month.group(2));
      if (m < 1 || m > 12) {
        throw ApiException.badInput(PERIOD, "月份应为 01–12：" + value);
      }
      YearMonth ym = YearMonth.of(Integer.parseInt(month.group(1)), m);
      requireInRange(ym.getYear(), today, value);
      if (!KpiService.hasEnded(ym)) {
        throw ApiException.badInput(PERIOD, "该月尚未结束，不能考核：" + value);
      }
      return storedOnce(() -> kpis.monthly(ym, visibleProjects(user), byScore));
    }
    if (YEAR.matcher(value).matches()) {
      int year = Integer.parseInt(value);
      requireInRange(year, today, value);
      if (KpiService.endedMonths(year).isEmpty()) {
        throw ApiException.badInput(PERIOD, "该年度尚无已结束的月份：" + value);
      }
      return storedOnce(() -> kpis.annual(year, visibleProjects(user), byScore));
    }
    throw ApiException.badInput(PERIOD, "考核期间格式为 yyyy-MM（月度）或 yyyy（年度）：" + value);
  }

  /** The same ranking as an .xlsx (empty rate cells: 无考核节点). */
  @GetMapping("/kpi.xlsx")
  org.springframework.http.ResponseEntity<byte[]> rankingSheet(ApiUser user,
      @RequestParam(name = PERIOD, required = false) String period,
      @RequestParam(name = "orderBy", required = false) String orderBy) {
    KpiReport report = ranking(user, period, orderBy);
    return com.regionops.platform.web.Downloads.xlsx("计划运营考核-" + report.period() + ".xlsx", KpiSheet.write(report));
  }

  /** rate (计划达成率, the default) or score (计划管理行为). */
  static boolean byScore(String orderBy) {
    if (orderBy == null || orderBy.isBlank() || orderBy.trim().equals("rate")) {
      return false;
    }
    if (orderBy.trim().equals("score")) {
      return true;
    }
    throw ApiException.badInput("orderBy", "排序方式为 rate（计划达成率，默认）或 score（计划管理行为）：" + orderBy);
  }

  private void requireInRange(int year, LocalDate today, String value) {
    if (year < firstYear || year > today.getYear()) {
      throw ApiException.badInput(PERIOD, "考核期间应在 " + firstYear + " 年至今年之间：" + value);
    }
  }

  /**
   * A missing snapshot is stored by the first request; when another request or the monthly job
   * stores the same one at the same moment, ours rolls back on the unique key and reads theirs.
   */
  private static KpiReport storedOnce(java.util.function.Supplier<KpiReport> report) {
    try {
      return report.get();
    } catch (org.springframework.dao.DuplicateKeyException concurrent) {
      return report.get();
    }
  }

  private ProjectSelection visibleProjects(ApiUser user) {
    return ProjectSelection.visibleTo(user, projects.list(user));
  }
}
