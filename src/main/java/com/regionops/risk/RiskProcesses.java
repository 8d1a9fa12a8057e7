package com.regionops.risk;

/** Processes biweekly-plan-check (双周计划检查) and risk-correction (进度风险纠偏): ids and variables. */
public final class RiskProcesses {

  public static final String CHECK_KEY = "biweekly-plan-check";
  public static final String CORRECTION_KEY = "risk-correction";

  public static final String CHECK_START_TIMER = "StartEvent_Biweekly";
  public static final String CHECK_START = "StartEvent_CheckRequested";
  public static final String TASK_GRADE = "ServiceTask_GradePlan";
  public static final String TASK_REVIEW_REPORT = "UserTask_ReviewReport";
  public static final String TASK_PLAN_CORRECTION = "UserTask_PlanCorrection";
  public static final String TASK_REVIEW_CORRECTION = "UserTask_ReviewCorrection";
  public static final String CALL_ADJUSTMENT = "CallActivity_PlanAdjustment";
  public static final String WAIT_RECOVERY = "ReceiveTask_AwaitRecovery";
  public static final String TIMER_REVIEW_DUE = "BoundaryEvent_ReviewDue";
  public static final String END_CLOSED = "EndEvent_CorrectionClosed";
  public static final String MESSAGE_RESOLVED = "RiskResolved";
  /**
   * Starts a check of one region: the engine allows only one none-or-timer start per process,
   * and the fortnightly timer has it, so the region's check starts by this message (from the
   * timer path and from our API alike).
   */
  public static final String MESSAGE_CHECK = "BiweeklyCheckRequested";

  public static final String REGION_CODE = "regionCode";
  public static final String PERIOD_DATE = "periodDate";
  public static final String CHECK_SUMMARY = "checkSummary";
  public static final String CORRECTIONS_STARTED = "correctionsStarted";

  public static final String PROJECT_CODE = "projectCode";
  public static final String NODE_ID = "nodeId";
  public static final String NODE_CODE = "nodeCode";
  public static final String NODE_NAME = "nodeName";
  public static final String NODE_LEVEL = "nodeLevel";
  public static final String GRADE = "grade";
  public static final String GRADE_REASON = "gradeReason";
  public static final String CONSECUTIVE_CHECKS = "consecutiveChecks";
  public static final String ESCALATE_TO_GROUP = "escalateToGroup";
  public static final String MEASURE = "measure";
  public static final String REVIEW_DUE_DATE = "reviewDueDate";
  public static final String OFFICE_GROUP = "officeGroup";
  public static final String CAUSE = "cause";
  public static final String MEASURES = "measures";
  public static final String FORECAST_FINISH = "forecastFinish";
  public static final String NEEDS_ADJUSTMENT = "needsAdjustment";
  public static final String CORRECTION_REVIEW = "correctionReview";
  public static final String CORRECTION_REVIEW_COMMENT = "correctionReviewComment";

  private RiskProcesses() {
  }
}
