package com.regionops.gate;

import java.util.Locale;

/**
 * The ten gate models {@code gate-<code in kebab-case>}: element ids and variables they share.
 * Each model is thin and the same in shape; the gate code comes from the model's own key.
 */
public final class GateProcess {

  public static final String KEY_PREFIX = "gate-";

  public static final String START = "StartEvent_GateRequested";
  public static final String TASK_OPEN_REVIEW = "ServiceTask_OpenGateReview";
  public static final String CALL_MEETING = "CallActivity_ReviewMeeting";
  public static final String CALL_FOLLOW_UP = "CallActivity_FollowUpDecisions";
  public static final String END_FAILED = "EndEvent_GateFailed";
  public static final String END_CLOSED = "EndEvent_GateClosed";

  public static final String PROJECT_CODE = "projectCode";
  public static final String PLANNED_MEETING_DATE = "plannedMeetingDate";
  public static final String GATE_CODE = "gateCode";
  public static final String GATE_REVIEW_ID = "gateReviewId";
  public static final String CONCLUSION = "conclusion";

  private GateProcess() {
  }

  /** gate-permit-planning → PERMIT_PLANNING */
  public static String gateCodeOf(String processKey) {
    return processKey.substring(KEY_PREFIX.length()).replace('-', '_').toUpperCase(Locale.ROOT);
  }

  /** PERMIT_PLANNING → gate-permit-planning */
  public static String keyOf(String gateCode) {
    return KEY_PREFIX + gateCode.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
