package com.regionops.policy;

import com.regionops.platform.security.ApiUser;
import com.regionops.document.Document;
import com.regionops.document.MultipartUpload;
import java.util.List;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 制度宣贯: publishing a policy version, the policies each person may see, and who acknowledged them. */
@RestController
@RequestMapping("/api/v1/policies")
class PolicyController {

  private final PolicyService policies;

  PolicyController(PolicyService policies) {
    this.policies = policies;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  PolicyService.Published publish(ApiUser user, @RequestBody(required = false) PolicyRequest request) {
    return policies.publish(user, request);
  }

  @GetMapping
  List<PolicyService.PolicyView> list(ApiUser user) {
    return policies.list(user);
  }

  @GetMapping("/{id}")
  PolicyService.Detail get(ApiUser user, @PathVariable long id) {
    return policies.get(user, id);
  }

  @PostMapping(path = "/{id}/documents", consumes = "multipart/form-data")
  @ResponseStatus(HttpStatus.CREATED)
  Document attach(ApiUser user, @PathVariable long id,
      @RequestPart(name = "file", required = false) MultipartFile file) {
    return policies.attach(user, id, file == null ? null : new MultipartUpload(file));
  }

  @GetMapping("/{id}/acknowledgements")
  PolicyService.Acknowledgements acknowledgements(ApiUser user, @PathVariable long id) {
    return policies.acknowledgements(user, id);
  }
}
