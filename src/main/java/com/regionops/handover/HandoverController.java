package com.regionops.handover;

import com.regionops.platform.security.ApiUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 合同交楼时间审核: submitting a contract handover date, a project's reviews, and a region's margins. */
@RestController
@RequestMapping("/api/v1")
class HandoverController {

  private final HandoverService handover;

  HandoverController(HandoverService handover) {
    this.handover = handover;
  }

  @PostMapping("/projects/{code}/handover-date-reviews")
  @ResponseStatus(HttpStatus.CREATED)
  HandoverReview submit(ApiUser user, @PathVariable String code, @RequestBody(required = false) HandoverRequest request) {
    return handover.submit(user, code, request);
  }

  @GetMapping("/projects/{code}/handover-date-reviews")
  HandoverService.Reviews reviews(ApiUser user, @PathVariable String code) {
    return handover.reviews(user, code);
  }

  @GetMapping("/regions/{code}/handover-margins")
  HandoverService.RegionMargins margins(ApiUser user, @PathVariable String code) {
    return handover.regionMargins(user, code);
  }
}
