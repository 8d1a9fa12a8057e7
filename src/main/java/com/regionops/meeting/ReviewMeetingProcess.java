package com.regionops.meeting;

/** Process {@value #KEY} (上会评审): ids and variable names shared by model, delegates and tests. */
public final class ReviewMeetingProcess {

  public static final String KEY = "review-meeting";

  public static final String TASK_SUBMIT_MATERIALS = "UserTask_SubmitMaterials";
  public static final String TASK_REVIEW_MATERIALS = "UserTask_ReviewMaterials";
  public static final String TASK_SCHEDULE_MEETING = "UserTask_ScheduleMeeting";
  public static final String TASK_RECORD_MINUTES = "UserTask_RecordMinutes";
  public static final String TASK_APPROVE_MINUTES = "UserTask_ApproveMinutes";
  public static final String TIMER_MINUTES_OVERDUE = "BoundaryEvent_MinutesOverdue";
  public static final String END_APPROVED = "EndEvent_MinutesApproved";
  public static final String GATEWAY_MATERIALS_COLLECTED = "Gateway_MaterialsCollected";

  // in from the caller
  public static final String PROJECT_CODE = "projectCode";
  public static final String GATE_CODE = "gateCode";
  public static final String MEETING_KIND = "meetingKind";
  public static final String MEETING_TITLE = "meetingTitle";
  public static final String GATE_REVIEW_ID = "gateReviewId";
  public static final String OFFICE_GROUP = "officeGroup";
  public static final String PLANNED_MEETING_DATE = "plannedMeetingDate";
  public static final String ATTENDING_FUNCTIONS = "attendingFunctions";
  /**
   * A gate of a project a partner runs (不操盘): the department attends the partner's meeting and minutes it, so no
   * materials are collected and the minutes need no approval.
   */
  public static final String ATTENDED_ONLY = "attendedOnly";
  // set along the way
  /**
   * Materials and decisions travel as numbered slots ({@code material1Name},
   * {@code decision1Content} ...), not as JSON lists: Tasklist 7.24 never enables "Complete" on
   * a Camunda Form with a dynamic list (it counts form-js's empty per-row error entries as
   * errors), so the forms use fixed slots and so does every other client.
   */
  public static final int MAX_MATERIALS = 8;
  public static final int MAX_DECISIONS = 10;
  public static final String MATERIALS_NOTE = "materialsNote";
  public static final String MATERIALS_REVIEW = "materialsReview";
  public static final String MATERIALS_REVIEW_COMMENT = "materialsReviewComment";
  public static final String MEETING_TIME = "meetingTime";
  public static final String MEETING_LOCATION = "meetingLocation";
  public static final String CHAIR_USER = "chairUser";
  public static final String MEETING_ID = "meetingId";
  public static final String MINUTES_DUE = "minutesDueDate";
  public static final String CONCLUSION = "conclusion";
  public static final String MINUTES = "minutes";
  public static final String MINUTES_REVIEW = "minutesReview";
  public static final String MINUTES_REVIEW_COMMENT = "minutesReviewComment";

  public static final String APPROVED = "APPROVED";
  public static final String RETURNED = "RETURNED";
  public static final String KIND_GATE = "GATE";
  /** In from a caller that sets a deadline (协调会): 安排会议 is due then, and the meeting held by that day. */
  public static final String MEETING_DUE_BY = "meetingDueBy";
  /**
   * 经营分析会 gather their materials per project before the meeting, so review-meeting starts at
   * 安排会议 for them. Only operating-review sets this kind; a gate's opening step always writes
   * {@link #KIND_GATE}, so a gate cannot skip its materials by passing a variable.
   */
  public static final String KIND_OPERATING_REVIEW = "OPERATING_REVIEW";
  /**
   * 协调会: set only by coordination-meeting's own step. The problem is the material, so review-meeting
   * starts at 安排会议, and the minutes record decisions without a conclusion.
   */
  public static final String KIND_COORDINATION = "COORDINATION";

  /** Minutes are due two days after the meeting (department rule). */
  public static final int MINUTES_DUE_DAYS = 2;

  private ReviewMeetingProcess() {
  }

  /** material{n}Name, material{n}Mandatory, material{n}Reference (n from 1). */
  public static String material(int n, String part) {
    return "material" + n + part;
  }

  /** decision{n}Content, decision{n}OwnerGroup, decision{n}OwnerUser, decision{n}DueDate (n from 1). */
  public static String decision(int n, String part) {
    return "decision" + n + part;
  }
}
