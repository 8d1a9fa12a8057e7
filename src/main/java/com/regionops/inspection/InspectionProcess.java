package com.regionops.inspection;

/** Process {@value #KEY} (巡检): one inspection of a project, from its day to every 整改 verified. */
public final class InspectionProcess {

  public static final String KEY = "inspection";
  /** ro_meeting.kind of an inspection's report, and the follow-up's meetingKind. */
  public static final String MEETING_KIND_INSPECTION = "INSPECTION";

  public static final String TIMER_INSPECTION_DAY = "TimerEvent_InspectionDay";
  public static final String TASK_RECORD_FINDINGS = "UserTask_RecordFindings";
  public static final String CALL_FOLLOW_UP = "CallActivity_FollowUpRectifications";
  public static final String END_CLOSED = "EndEvent_InspectionClosed";

  // in from the starter
  public static final String INSPECTION_ID = "inspectionId";
  public static final String PROJECT_CODE = "projectCode";
  // set by the process
  public static final String INSPECTION_TITLE = "inspectionTitle";
  public static final String LEAD_INSPECTOR = "leadInspector";
  public static final String INSPECTION_START = "inspectionStart";
  public static final String REPORT_DUE_DATE = "reportDueDate";
  public static final String MEETING_KIND = "meetingKind";
  public static final String MEETING_ID = "meetingId";
  public static final String FINDING_COUNT = "findingCount";
  public static final String CORRECTIONS_OPENED = "correctionsOpened";
  // written by the findings form
  public static final String REPORT_SUMMARY = "reportSummary";
  /** Numbered finding slots of the form: finding{n}{part}, n from 1 to {@value #MAX_FINDINGS}. */
  public static final int MAX_FINDINGS = 8;
  public static final String PART_DESCRIPTION = "Description";
  public static final String PART_CATEGORY = "Category";
  public static final String PART_SEVERITY = "Severity";
  public static final String PART_NODE_CODE = "NodeCode";
  public static final String PART_GATE_CODE = "GateCode";
  /** The form's 不涉及 choice of gate. */
  public static final String NO_GATE = "NONE";
  public static final String PART_CAUSE = "Cause";
  public static final String PART_RECOMMENDATION = "Recommendation";

  /** Hour the inspection day starts and the report is due, China time. */
  public static final int START_HOUR = 9;
  /** Days after the last day on site that the report is due (calendar days, as every due date here). */
  public static final int REPORT_DAYS = 2;

  private InspectionProcess() {
  }

  public static String finding(int n, String part) {
    return "finding" + n + part;
  }

  public static String businessKey(String projectCode, long inspectionId) {
    return projectCode + ":INSPECTION:" + inspectionId;
  }
}
