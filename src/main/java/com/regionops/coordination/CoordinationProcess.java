package com.regionops.coordination;

/** Process {@value #KEY} (协调会): a project problem settled in a meeting, and every decision followed up. */
public final class CoordinationProcess {

  public static final String KEY = "coordination-meeting";

  public static final String TASK_ACCEPT = "UserTask_AcceptRequest";
  public static final String CALL_MEETING = "CallActivity_CoordinationMeeting";
  public static final String CALL_FOLLOW_UP = "CallActivity_FollowUpDecisions";
  public static final String END_SETTLED = "EndEvent_CoordinationSettled";
  public static final String END_DECLINED = "EndEvent_RequestDeclined";

  // in from the starter (our API only: the process is started by the application)
  public static final String PROJECT_CODE = "projectCode";
  public static final String SUBJECT = "coordinationSubject";
  public static final String PROBLEM = "coordinationProblem";
  public static final String REQUESTED_BY = "requestedBy";
  public static final String REQUESTED_AT = "requestedAt";
  /** true: the project's office asked, and region-ops accepts or declines first. */
  public static final String REQUESTED_BY_OFFICE = "requestedByOffice";
  public static final String PLANNED_MEETING_DATE = "plannedMeetingDate";
  public static final String ATTENDING_FUNCTIONS = "attendingFunctions";
  // written by 受理协调申请
  public static final String COORDINATION_REVIEW = "coordinationReview";
  public static final String COORDINATION_REVIEW_COMMENT = "coordinationReviewComment";
  // set by the process, for review-meeting
  public static final String MEETING_DUE_BY = com.regionops.meeting.ReviewMeetingProcess.MEETING_DUE_BY;

  /** The first meeting within this many days of the request (department rule): 安排会议 is due then. */
  public static final int MEETING_WITHIN_DAYS = 3;

  private CoordinationProcess() {
  }
}
