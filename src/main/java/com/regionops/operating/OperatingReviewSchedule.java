package com.regionops.operating;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the quarterly reviews start and how long the offices have: the timer start of
 * operating-review reads {@code ${operatingReviewSchedule.cycle}} when the model is deployed.
 */
@Component("operatingReviewSchedule")
public class OperatingReviewSchedule {

  private final String cycle;
  private final int submissionDays;

  public OperatingReviewSchedule(
      @Value("${regionops.operating-review.cycle:R/2026-01-01T09:00:00+08:00/P3M}") String cycle,
      @Value("${regionops.operating-review.submission-days:7}") int submissionDays) {
    if (submissionDays < 2 || submissionDays > 60) {
      throw new IllegalStateException("regionops.operating-review.submission-days must be 2..60, is " + submissionDays);
    }
    this.cycle = cycle;
    this.submissionDays = submissionDays;
  }

  public String getCycle() {
    return cycle;
  }

  public int getSubmissionDays() {
    return submissionDays;
  }
}
