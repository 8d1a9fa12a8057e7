package com.regionops.projectsupport;

/** Process {@value #KEY} (重难点项目帮扶): one support case, from the president's approval to its closing review. */
public final class SupportProcess {

  public static final String KEY = "project-support";
  /** ro_meeting.kind of the case's guidance and decisions, and the follow-up's meetingKind. */
  public static final String MEETING_KIND_SUPPORT = "SUPPORT";

  public static final String TASK_APPROVE = "UserTask_ApproveSupport";
  public static final String TASK_FORM_TEAM = "UserTask_FormTeam";
  public static final String TIMER_MONTHLY = "TimerEvent_MonthlyReport";
  public static final String TASK_REPORT = "UserTask_ProgressReport";
  public static final String TASK_CLOSING = "UserTask_ClosingReview";
  public static final String END_CLOSED = "EndEvent_SupportClosed";
  public static final String END_DECLINED = "EndEvent_SupportDeclined";

  // in from the starter (our API only)
  public static final String CASE_ID = "supportCaseId";
  public static final String PROJECT_CODE = "projectCode";
  public static final String SUPPORT_TITLE = "supportTitle";
  public static final String PROBLEM = "supportProblem";
  public static final String GOAL = "supportGoal";
  // the president's approval
  public static final String SUPPORT_REVIEW = "supportReview";
  public static final String SUPPORT_REVIEW_COMMENT = "supportReviewComment";
  // 组建帮扶小组
  public static final String LEADER = "supportLeader";
  public static final String MEMBERS = "supportMembers";
  public static final String SUPPORT_PLAN = "supportPlan";
  public static final String VISITS_PLANNED = "visitsPlanned";
  public static final String GOAL_NODE_CODE = "goalNodeCode";
  public static final String GOAL_GATE_CODE = "goalGateCode";
  // the monthly round
  public static final String NEXT_REPORT_DATE = "nextReportDate";
  public static final String PROGRESS = "supportProgress";
  public static final String GOAL_MET = "goalMet";
  public static final String SUPPORT_DUE = "supportDue";
  public static final String ENDS_ON = "supportEndsOn";
  public static final String PROGRESS_SUMMARY = "progressSummary";
  // the closing review
  public static final String CLOSING_DECISION = "closingDecision";
  public static final String NEW_ENDS_ON = "newEndsOn";
  public static final String CLOSING_COMMENT = "closingComment";
  public static final String END = "END";
  public static final String EXTEND = "EXTEND";

  private SupportProcess() {
  }
}
