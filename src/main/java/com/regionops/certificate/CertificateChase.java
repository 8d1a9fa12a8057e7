package com.regionops.certificate;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One annual-review or renewal chase of a certificate for one due date (ro_certificate_review). */
public record CertificateChase(Long id, long certificateId, String kind, LocalDate dueDate, String status,
    String processInstanceId, LocalDateTime completedAt, LocalDate newValidUntil, String remarks) {

  public static final String OPEN = "OPEN";
  public static final String DONE = "DONE";
  public static final String ANNUAL_REVIEW = "ANNUAL_REVIEW";
  public static final String RENEWAL = "RENEWAL";
}
