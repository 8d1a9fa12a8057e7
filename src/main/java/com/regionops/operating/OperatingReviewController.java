package com.regionops.operating;

import com.regionops.org.RegionService;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.web.ApiException;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 经营分析会: region-ops starts one now (the quarterly timer does it otherwise); anyone of the region reads them. */
@RestController
@RequestMapping("/api/v1")
class OperatingReviewController {

  record ReviewRequest(String reviewKind, Integer year, Integer quarter) {
  }

  record ReviewStarted(String processInstanceId, String businessKey, OperatingReview review) {
  }

  record ReviewView(OperatingReview review, List<OperatingSubmission> submissions) {
  }

  private final OperatingReviewService reviews;
  private final RegionService regions;
  private final RuntimeService runtime;

  OperatingReviewController(OperatingReviewService reviews, RegionService regions, RuntimeService runtime) {
    this.reviews = reviews;
    this.regions = regions;
    this.runtime = runtime;
  }

  @PostMapping("/regions/{regionCode}/operating-reviews")
  @ResponseStatus(HttpStatus.CREATED)
  ReviewStarted start(ApiUser user, @PathVariable String regionCode, @RequestBody ReviewRequest request) {
    user.requireMasterDataWriter();
    regions.visible(user, regionCode);
    user.requireMasterDataWriter(regionCode);
    if (request == null) {
      throw ApiException.badInput("body", "请提交会议类型与期间");
    }
    OperatingReviewService.Period period = OperatingReviewService.period(request.reviewKind(), request.year(),
        request.quarter());
    Map<String, Object> variables = new HashMap<>();
    variables.put(OperatingReviewProcess.REGION_CODE, regionCode);
    variables.put(OperatingReviewProcess.REVIEW_KIND, period.kind().name());
    variables.put(OperatingReviewProcess.REVIEW_YEAR, period.year());
    variables.put(OperatingReviewProcess.QUARTER, period.quarter());
    ProcessInstance instance = runtime.startProcessInstanceByMessage(OperatingReviewProcess.MESSAGE_REQUESTED,
        period.businessKey(regionCode), variables);
    return new ReviewStarted(instance.getId(), instance.getBusinessKey(), reviews.review(regionCode, period));
  }

  @GetMapping("/regions/{regionCode}/operating-reviews")
  List<OperatingReview> list(ApiUser user, @PathVariable String regionCode) {
    regions.visible(user, regionCode);
    return reviews.reviews(List.of(regionCode));
  }

  @GetMapping("/operating-reviews/{id}")
  ReviewView get(ApiUser user, @PathVariable long id) {
    OperatingReview review = reviews.review(id);
    if (review == null || !user.canSeeRegion(review.regionCode())) {
      throw ApiException.notFound("经营分析会不存在或无权查看：" + id);
    }
    return new ReviewView(review, reviews.submissions(id));
  }
}
