package com.regionops.inspection;

/** Process {@value #KEY} (巡检计划): a region's quarter of inspections, proposed, edited, approved, carried out. */
public final class InspectionPlanProcess {

  public static final String KEY = "inspection-plan";
  public static final String MESSAGE_PLAN = "InspectionPlanRequested";

  public static final String START_TIMER = "StartEvent_Quarterly";
  public static final String START_REQUESTED = "StartEvent_PlanRequested";
  public static final String TASK_EDIT = "UserTask_EditPlan";
  public static final String TASK_APPROVE = "UserTask_ApprovePlan";
  public static final String CALL_INSPECTIONS = "CallActivity_Inspections";
  public static final String END_CARRIED_OUT = "EndEvent_PlanCarriedOut";

  // in from the starter
  public static final String REGION_CODE = "regionCode";
  public static final String QUARTER = "quarter";
  // set by the process
  public static final String PLAN_ID = "planId";
  public static final String PLAN_TITLE = "planTitle";
  public static final String PLAN_SUMMARY = "planSummary";
  // written by the forms
  public static final String PLAN_REVIEW = "planReview";
  public static final String PLAN_REVIEW_COMMENT = "planReviewComment";
  /** Numbered rows of the edit form: item{n}{part}, n from 1 to {@value #MAX_ITEMS}. */
  public static final int MAX_ITEMS = 10;
  public static final String PART_PROJECT = "Project";
  public static final String PART_REASON = "Reason";
  public static final String PART_INCLUDE = "Include";
  public static final String PART_KIND = "Kind";
  public static final String PART_DATE = "Date";
  public static final String PART_STAY_DAYS = "StayDays";
  public static final String PART_LEAD = "Lead";
  public static final String PART_INSPECTORS = "Inspectors";

  private InspectionPlanProcess() {
  }

  public static String item(int n, String part) {
    return "item" + n + part;
  }

  public static String businessKey(String regionCode, String quarter) {
    return regionCode + ":INSPECTION-PLAN:" + quarter;
  }
}
