package com.regionops.partner;

import java.math.BigDecimal;
import java.util.List;

/** Body of PUT /api/v1/projects/{code}/partnership: 操盘方式, partners, 并表 (default: yes). */
public record PartnershipRequest(String mode, List<PartnerRequest> partners, Boolean consolidated) {

  public record PartnerRequest(String name, BigDecimal sharePct, String role) {
  }
}
