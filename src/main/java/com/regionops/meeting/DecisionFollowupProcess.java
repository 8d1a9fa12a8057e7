package com.regionops.meeting;

/** Process {@value #KEY} (会议决议跟踪督办), one instance per decision item. */
public final class DecisionFollowupProcess {

  public static final String KEY = "decision-followup";

  public static final String TASK_CARRY_OUT = "UserTask_CarryOutDecision";
  public static final String TASK_VERIFY = "UserTask_VerifyDecision";
  public static final String TIMER_REMINDER = "BoundaryEvent_DueSoon";
  public static final String TIMER_OVERDUE = "BoundaryEvent_Overdue";
  public static final String END_VERIFIED = "EndEvent_DecisionVerified";

  // in from the caller
  public static final String DECISION_ID = "decisionId";
  public static final String MEETING_KIND = ReviewMeetingProcess.MEETING_KIND;
  // set by the process
  public static final String CONTENT = "decisionContent";
  public static final String OWNER_GROUP = "ownerGroup";
  public static final String OWNER_USER = "ownerUser";
  public static final String DUE_DATE = "decisionDueDate";
  public static final String REMINDER_DATE = "reminderDate";
  public static final String OVERDUE_CYCLE = "overdueCycle";
  /** Who verifies: the item's named verifier (an inspection's lead inspector), else region-ops. */
  public static final String VERIFIER_GROUP = "verifierGroup";
  public static final String VERIFIER_USER = "verifierUser";
  public static final String EVIDENCE = "evidence";
  public static final String COMPLETED_ON = "completedOn";
  public static final String DECISION_REVIEW = "decisionReview";
  public static final String DECISION_REVIEW_COMMENT = "decisionReviewComment";

  /** Days before the due date that the owner is reminded (department default). */
  public static final int REMINDER_DAYS = 3;
  /** Hour of day for reminders and escalations, China time: the start of the working day. */
  public static final int NOTICE_HOUR = 9;

  private DecisionFollowupProcess() {
  }
}
