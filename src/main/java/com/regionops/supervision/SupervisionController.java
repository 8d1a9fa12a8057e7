package com.regionops.supervision;

import com.regionops.org.RegionService;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.web.ApiException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 督办通报 of a region for a month (default: this month), for whoever may see the region. */
@RestController
class SupervisionController {

  private final RegionService regions;
  private final SupervisionReports reports;

  SupervisionController(RegionService regions, SupervisionReports reports) {
    this.regions = regions;
    this.reports = reports;
  }

  @GetMapping("/api/v1/regions/{regionCode}/supervision")
  SupervisionReport report(ApiUser user, @PathVariable String regionCode, @RequestParam(required = false) String month) {
    YearMonth period;
    try {
      period = month == null || month.isBlank() ? YearMonth.from(EngineTime.today()) : YearMonth.parse(month.strip());
    } catch (DateTimeParseException e) {
      throw ApiException.badInput("month", "月份格式为 yyyy-MM");
    }
    if (period.getYear() < EngineTime.MIN_YEAR || period.getYear() > EngineTime.MAX_YEAR) {
      throw ApiException.badInput("month", "月份超出范围");
    }
    return reports.report(regions.visible(user, regionCode), period);
  }
}
