package com.regionops.plan;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The deadlines of an approval step, read by the model when each step's task and timers are created
 * ({@code ${approvalDeadlines.reminder}}, {@code ${approvalDeadlines.escalationAfterReminder}}): a reminder when
 * the step's SLA passes, the next level told two days after that. A bean rather than two variables
 * per instance: six fewer rows per start (bench/README.md, issue 11).
 */
@Component("approvalDeadlines")
public class ApprovalDeadlines {

  static final int ESCALATION_AFTER_REMINDER_DAYS = 2;

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

  /** The escalation's timer starts when the reminder has gone out, so a step that is answered in time has one timer. */
  public String getEscalationAfterReminder() {
    return "P" + ESCALATION_AFTER_REMINDER_DAYS + "D";
  }

  /**
   * From the step's start: read by the definitions deployed before the escalation waited for the reminder (their
   * running instances still open steps with both timers attached).
   */
  public String getEscalation() {
    return "P" + (slaDays + ESCALATION_AFTER_REMINDER_DAYS) + "D";
  }
}
