package com.regionops.certificate;

/**
 * A kind of certificate and its chase rules. scope COMPANY (营业执照, 开发资质) or PROJECT;
 * chainOrder places project certificates in the 不动产权证 → … → 竣工备案 chain.
 */
public record CertificateType(
    String code,
    String name,
    String scope,
    Integer chainOrder,
    Integer validityMonths,
    boolean annualReport,
    String reviewWindowStart,
    String reviewWindowEnd,
    String description) {

  public boolean isProjectLevel() {
    return "PROJECT".equals(scope);
  }
}
