package com.regionops.plan;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The deadlines of an approval step, read by the model when each step's task and timers are created
 * ({@code ${approvalDeadlines.reminder}}, {@code ${approvalDeadlines.escalation}}): a reminder when
 * the step's SLA passes, the next level told two days after that. A bean rather than two variables
 * per instance: six fewer rows per start (bench/README.md, issue 11).
 */
@Component("approvalDeadlines")
public class ApprovalDeadlines {

  private final int slaDays;

  public ApprovalDeadlines(@Value("${regionops.plan.approval-sla-days:3}") int slaDays) {
    if (slaDays < 1) {
      throw new IllegalArgumentException("regionops.plan.approval-sla-days must be at least 1, was " + slaDays);
    }
    this.slaDays = slaDays;
  }

  public String getReminder() {
    return "P" + slaDays + "D";
  }

  public String getEscalation() {
    return "P" + (slaDays + 2) + "D";
  }
}
