package com.regionops.operating;

/** Process {@value #KEY} (年度经营目标分解): ids and variable names shared by model, code and tests. */
public final class TargetDecompositionProcess {

  public static final String KEY = "target-decomposition";

  /** The functions' review: a call of function-review, whose task is {@link #TASK_REVIEW_SPLIT}. */
  public static final String CALL_REVIEW = "CallActivity_FunctionReview";
  public static final String TASK_REVIEW_SPLIT = FunctionReviewProcess.TASK_REVIEW;
  public static final String TASK_APPROVE = "UserTask_ApproveDecomposition";
  public static final String END_APPROVED = "EndEvent_DecompositionApproved";
  public static final String END_REJECTED = "EndEvent_DecompositionRejected";

  public static final String REGION_CODE = "regionCode";
  public static final String TARGET_YEAR = "targetYear";
  public static final String VERSION_ID = "versionId";
  public static final String VERSION_NO = "versionNo";
  public static final String SPLIT_SUMMARY = "splitSummary";
  /** What the tasks are about (task names: 审核目标分解 · SOUTH · 2027 年目标分解 v2). */
  public static final String SUBJECT = com.regionops.meeting.ReviewMeetingProcess.MEETING_TITLE;
  public static final String REVIEW_FUNCTION = FunctionReviewProcess.FUNCTION;
  public static final String REVIEW_OUTCOME = FunctionReviewProcess.OUTCOME;
  public static final String REVIEW_COMMENT = FunctionReviewProcess.COMMENT;
  public static final String REVIEW_SUMMARY = FunctionReviewProcess.SUMMARY;
  public static final String DECISION = "decompositionDecision";
  public static final String DECISION_COMMENT = "decompositionComment";

  public static final String APPROVED = "APPROVED";
  public static final String COMMENTED = "COMMENTED";
  public static final String REJECTED = "REJECTED";

  private TargetDecompositionProcess() {
  }

  public static String businessKey(String regionCode, int year, int versionNo) {
    return regionCode + ":" + year + ":v" + versionNo;
  }
}
