package com.regionops.partner;

import com.regionops.platform.security.ApiUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 合作方管理: a project's 操盘方式, partners and 并表. */
@RestController
@RequestMapping("/api/v1/projects/{code}/partnership")
class PartnershipController {

  private final PartnershipService partnerships;

  PartnershipController(PartnershipService partnerships) {
    this.partnerships = partnerships;
  }

  @GetMapping
  Partnership get(ApiUser user, @PathVariable String code) {
    return partnerships.get(user, code);
  }

  @PutMapping
  Partnership set(ApiUser user, @PathVariable String code, @RequestBody(required = false) PartnershipRequest request) {
    return partnerships.set(user, code, request);
  }
}
