package com.regionops.partner;

import com.regionops.document.Document;
import com.regionops.document.MultipartUpload;
import com.regionops.platform.security.ApiUser;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 合作方事项审批. */
@RestController
@RequestMapping("/api/v1")
class PartnerMatterController {

  private final PartnerMatterService matters;

  PartnerMatterController(PartnerMatterService matters) {
    this.matters = matters;
  }

  @PostMapping("/projects/{code}/partner-matters")
  @ResponseStatus(HttpStatus.CREATED)
  PartnerMatterService.View submit(ApiUser user, @PathVariable String code,
      @RequestBody(required = false) PartnerMatterRequest request) {
    return matters.submit(user, code, request);
  }

  @GetMapping("/projects/{code}/partner-matters")
  List<PartnerMatterService.View> list(ApiUser user, @PathVariable String code) {
    return matters.list(user, code);
  }

  @GetMapping("/partner-matters/{id}")
  PartnerMatterService.View get(ApiUser user, @PathVariable long id) {
    return matters.get(user, id);
  }

  @PostMapping(path = "/partner-matters/{id}/documents", consumes = "multipart/form-data")
  @ResponseStatus(HttpStatus.CREATED)
  Document attach(ApiUser user, @PathVariable long id,
      @RequestPart(name = "file", required = false) MultipartFile file) {
    return matters.attach(user, id, file == null ? null : new MultipartUpload(file));
  }
}
