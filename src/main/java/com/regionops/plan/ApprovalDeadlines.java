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
    // 0 is allowed: every step is due at once (reliability/two-nodes.sh fires the reminders that way)
    if (slaDays < 0) {
      throw new IllegalArgumentException("regionops.plan.approval-sla-days must not be negative, was " + slaDays);
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
