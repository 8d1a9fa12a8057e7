package com.regionops.certificate;

import com.regionops.platform.security.ApiUser;
import java.util.List;
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

@RestController
@RequestMapping("/api/v1")
class CertificateController {

  private final CertificateService certificates;

  CertificateController(CertificateService certificates) {
    this.certificates = certificates;
  }

  @GetMapping("/certificate-types")
  List<CertificateType> types() {
    return certificates.types();
  }

  @GetMapping("/certificates")
  List<Certificate> list(ApiUser user,
      @RequestParam(required = false) String type, @RequestParam(required = false) String projectCode,
      @RequestParam(required = false) CertificateStatus status,
      @RequestParam(required = false) Integer expiringWithinDays) {
    return certificates.list(user, type, projectCode, status, expiringWithinDays);
  }

  @GetMapping("/certificates.xlsx")
  org.springframework.http.ResponseEntity<byte[]> ledger(ApiUser user,
      @RequestParam(required = false) String type, @RequestParam(required = false) String projectCode,
      @RequestParam(required = false) CertificateStatus status,
      @RequestParam(required = false) Integer expiringWithinDays) {
    return com.regionops.platform.web.Downloads.xlsx("证照台账.xlsx",
        CertificateLedgerSheet.write(certificates.list(user, type, projectCode, status, expiringWithinDays)));
  }

  @GetMapping("/certificates/{id}")
  Certificate get(ApiUser user, @PathVariable long id) {
    return certificates.get(user, id);
  }

  @PostMapping("/certificates")
  @ResponseStatus(HttpStatus.CREATED)
  Certificate create(ApiUser user, @RequestBody CertificateRequest request) {
    return certificates.create(user, request);
  }

  @PutMapping("/certificates/{id}")
  Certificate update(ApiUser user, @PathVariable long id,
      @RequestBody CertificateRequest request) {
    return certificates.update(user, id, request);
  }
}
