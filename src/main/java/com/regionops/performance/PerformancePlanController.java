package com.regionops.performance;

import com.regionops.org.RegionService;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.web.ApiException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 三/五年业绩规划: a region's versions, a new version for approval, and the approved plan against the actuals. */
@RestController
@RequestMapping("/api/v1")
class PerformancePlanController {

  private final PerformancePlanService plans;
  private final RegionService regions;

  PerformancePlanController(PerformancePlanService plans, RegionService regions) {
    this.plans = plans;
    this.regions = regions;
  }

  @GetMapping("/regions/{regionCode}/performance-plans")
  List<PerformancePlanService.View> list(ApiUser user, @PathVariable String regionCode) {
    regions.visible(user, regionCode);
    return plans.list(regionCode);
  }

  @PostMapping("/regions/{regionCode}/performance-plans")
  @ResponseStatus(HttpStatus.CREATED)
  PerformancePlanService.View submit(ApiUser user, @PathVariable String regionCode,
      @RequestBody(required = false) PerformancePlanRequest request) {
    user.requireMasterDataWriter();
    regions.visible(user, regionCode);
    return plans.submit(user, regionCode, request);
  }

  /** The approved plan year by year against the actuals (for the 运营看板); 404 when none is approved yet. */
  @GetMapping("/regions/{regionCode}/performance-plans/current")
  PerformancePlanService.Current current(ApiUser user, @PathVariable String regionCode) {
    regions.visible(user, regionCode);
    PerformancePlanService.Current current = plans.current(regionCode);
    if (current == null) {
      throw ApiException.notFound(regionCode + " 尚无已批准的业绩规划");
    }
    return current;
  }
}
