package com.regionops.certificate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** When the certificate sweep runs: read by the timer start of certificate-review-sweep at deployment. */
@Component("certificateSchedule")
public class CertificateSchedule {

  private final String sweepCycle;

  public CertificateSchedule(@Value("${regionops.certificate.sweep-cycle:R/2026-01-01T08:00:00+08:00/P1D}") String cycle) {
    this.sweepCycle = cycle;
  }

  public String getSweepCycle() {
    return sweepCycle;
  }
}
