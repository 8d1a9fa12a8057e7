package com.regionops.operating;

/** Process {@value #KEY} (经营分析会): ids and variable names shared by model, code and tests. */
public final class OperatingReviewProcess {

  public static final String KEY = "operating-review";
  public static final String MESSAGE_REQUESTED = "OperatingReviewRequested";

  public static final String START_TIMER = "StartEvent_QuarterEnded";
  public static final String TASK_SUBMIT = "UserTask_SubmitAnalysis";
  public static final String TIMER_REMIND = "BoundaryEvent_SubmissionsDueSoon";
  public static final String TIMER_LATE = "BoundaryEvent_SubmissionsOverdue";
  public static final String TASK_REVIEW_PACK = "UserTask_ReviewPack";
  public static final String CALL_MEETING = "CallActivity_ReviewMeeting";
  public static final String CALL_FOLLOW_UP = "CallActivity_FollowUpDecisions";
  public static final String END_CLOSED = "EndEvent_ReviewClosed";

  public static final String REGION_CODE = "regionCode";
  public static final String REVIEW_KIND = "reviewKind";
  public static final String REVIEW_YEAR = "reviewYear";
  /** 1–4 for QUARTERLY; for HALF_YEAR and ANNUAL it is implied (2 and 4). */
  public static final String QUARTER = "quarter";
  public static final String REVIEW_ID = "operatingReviewId";
  public static final String PROJECT_CODE = "projectCode";
  public static final String SUBMISSION_DUE = "submissionDueDate";
  public static final String SUBMISSION_REMIND_AT = "submissionRemindAt";
  public static final String PROJECT_GRADES = "projectGrades";
  public static final String REPORT_REFERENCE = "analysisReference";
  public static final String ANALYSIS_SUMMARY = "analysisSummary";
  public static final String PACK_SUMMARY = "packSummary";
  public static final String PACK_REFERENCE = "packReference";

  private OperatingReviewProcess() {
  }
}
