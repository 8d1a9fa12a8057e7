package com.regionops.performance;

/** Process {@value #KEY} (三/五年业绩规划): ids and variable names shared by model, code and tests. */
public final class PerformancePlanProcess {

  public static final String KEY = "performance-plan";

  public static final String CALL_REVIEW = "CallActivity_FunctionReview";
  public static final String TASK_PRESIDENT = "UserTask_ApprovePlanByPresident";
  public static final String TASK_GROUP = "UserTask_ApprovePlanByGroup";
  public static final String END_APPROVED = "EndEvent_PlanApproved";
  public static final String END_RETURNED = "EndEvent_PlanReturned";

  public static final String REGION_CODE = "regionCode";
  public static final String PLAN_ID = "planId";
  public static final String VERSION_NO = "versionNo";
  /** What the tasks are about (审批业绩规划 · SOUTH · 2026–2030 五年业绩规划 v2). */
  public static final String SUBJECT = com.regionops.meeting.ReviewMeetingProcess.MEETING_TITLE;
  public static final String PLAN_SUMMARY = "planSummary";
  public static final String PRESIDENT_DECISION = "presidentDecision";
  public static final String PRESIDENT_COMMENT = "presidentComment";
  public static final String GROUP_DECISION = "groupDecision";
  public static final String GROUP_COMMENT = "groupComment";

  public static final String APPROVED = "APPROVED";
  public static final String RETURNED = "RETURNED";

  public static final String STAGE_REVIEW = "REVIEW";
  public static final String STAGE_PRESIDENT = "PRESIDENT";
  public static final String STAGE_GROUP = "GROUP_OPS";

  private PerformancePlanProcess() {
  }

  public static String businessKey(String regionCode, int versionNo) {
    return regionCode + ":PLAN:v" + versionNo;
  }
}
