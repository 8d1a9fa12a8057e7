package com.regionops.operating;

/**
 * Process {@value #KEY} (职能部门审核): the functions' parallel review that target-decomposition and
 * performance-plan share as a call activity. In: the subject's title ({@link #SUBJECT}), its region, a summary
 * text ({@link #BRIEF}) and the functions that review ({@link #FUNCTIONS}, comma-separated groups). Out: the
 * answers ({@link #REVIEWS}, JSON) and the text the president reads ({@link #SUMMARY}).
 */
public final class FunctionReviewProcess {

  public static final String KEY = "function-review";

  public static final String TASK_REVIEW = "UserTask_ReviewByFunction";
  public static final String END_DONE = "EndEvent_FunctionReviewDone";

  public static final String REGION_CODE = "regionCode";
  public static final String SUBJECT = com.regionops.meeting.ReviewMeetingProcess.MEETING_TITLE;
  public static final String BRIEF = "reviewBrief";
  public static final String GUIDE = "reviewGuide";
  public static final String FUNCTIONS = "reviewFunctions";
  public static final String FUNCTION = "reviewFunction";
  public static final String OUTCOME = "functionReview";
  public static final String COMMENT = "functionReviewComment";
  public static final String REVIEWS = "functionReviews";
  public static final String SUMMARY = "reviewSummary";

  public static final String APPROVED = "APPROVED";
  public static final String COMMENTED = "COMMENTED";

  private FunctionReviewProcess() {
  }
}
