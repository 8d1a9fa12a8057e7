package com.regionops.certificate;

/** PLANNED: expected but not yet obtained; the rest follow the certificate through its life. */
public enum CertificateStatus {
  PLANNED,
  VALID,
  REVIEW_DUE,
  IN_REVIEW,
  EXPIRED,
  REVOKED
}
