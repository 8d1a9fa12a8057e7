package com.regionops.training;

/**
 * Process {@value #KEY} (年度培训计划审批): one instance per plan, in its region's tenant. Region-ops submits the
 * plan; the president approves it or returns it with a comment, and region-ops revises and resubmits until it is
 * approved (and frozen).
 */
public final class TrainingPlanProcess {

  public static final String KEY = "training-plan";

  public static final String TASK_APPROVE = "UserTask_ApproveTrainingPlan";
  public static final String TASK_REVISE = "UserTask_ReviseTrainingPlan";
  public static final String END_APPROVED = "EndEvent_TrainingPlanApproved";

  /** Rows of the revision form, and so the most topics a plan may have (about one a month). */
  public static final int MAX_ITEMS = 12;

  // in from the starter (the application only)
  public static final String REGION_CODE = "regionCode";
  public static final String PLAN_ID = "trainingPlanId";
  // set by 读取培训计划, for the forms
  public static final String PLAN_TITLE = "trainingPlanTitle";
  public static final String PLAN_YEAR = "trainingPlanYear";
  public static final String REGION_NAME = "regionName";
  /** The items as the president reads them, one line each. */
  public static final String PLAN_SUMMARY = "trainingPlanSummary";
  public static final String SUBMITTER = "trainingPlanSubmitter";
  /** The region's audience groups as checklist options ({label, value}) for the revision form. */
  public static final String AUDIENCE_OPTIONS = "audienceOptions";
  // written by the president
  public static final String REVIEW = "trainingPlanReview";
  public static final String REVIEW_COMMENT = "trainingPlanReviewComment";
  // written by 登记审批结果, for the gateway
  public static final String APPROVED = "trainingPlanApproved";
  // written by region-ops in 修改培训计划: the title, a note for the president, and the item rows
  public static final String REVISION_NOTE = "trainingPlanRevisionNote";
  public static final String ITEM_PREFIX = "item";

  public static final String DECISION_APPROVED = "APPROVED";
  public static final String DECISION_RETURNED = "RETURNED";

  private TrainingPlanProcess() {
  }

  public static String itemTopic(int n) {
    return ITEM_PREFIX + n + "Topic";
  }

  public static String itemMonth(int n) {
    return ITEM_PREFIX + n + "Month";
  }

  public static String itemGroups(int n) {
    return ITEM_PREFIX + n + "Groups";
  }

  public static String itemHours(int n) {
    return ITEM_PREFIX + n + "Hours";
  }

  public static String businessKey(long planId) {
    return "TRAINING-PLAN:" + planId;
  }
}
