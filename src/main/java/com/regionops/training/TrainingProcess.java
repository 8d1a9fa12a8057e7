package com.regionops.training;

/**
 * Process {@value #KEY} (培训组织): one instance per session, in its region's tenant. Every member of the audience
 * groups in the region is invited and registers (or not) until the session starts; the organiser's region-ops records
 * the 签到; each attendee then gives feedback and, when the session has a quiz, passes it. Feedback not given in time
 * expires and never holds the session open.
 */
public final class TrainingProcess {

  public static final String KEY = "training";

  public static final String TASK_REGISTER = "UserTask_RegisterForTraining";
  public static final String TASK_CHECK_IN = "UserTask_CheckInAttendees";
  public static final String TASK_FEEDBACK = "UserTask_GiveTrainingFeedback";
  public static final String TASK_QUIZ = "UserTask_TakeTrainingQuiz";
  public static final String SUBPROCESS_REGISTRATION = "SubProcess_Registration";
  public static final String SUBPROCESS_FEEDBACK = "SubProcess_Feedback";
  public static final String TIMER_REGISTRATION_CLOSED = "BoundaryEvent_RegistrationClosed";
  public static final String TIMER_TRAINING_STARTS = "IntermediateCatchEvent_TrainingStarts";
  public static final String TIMER_FEEDBACK_REMINDER = "StartEvent_FeedbackReminderDue";
  public static final String TIMER_FEEDBACK_EXPIRED = "StartEvent_FeedbackExpiryDue";
  public static final String END_REGISTRATION_ANSWERED = "EndEvent_RegistrationAnswered";
  public static final String END_ATTENDEE_DONE = "EndEvent_AttendeeDone";
  public static final String END_FEEDBACK_REMINDED = "EndEvent_FeedbackReminded";
  public static final String END_FEEDBACK_EXPIRED = "EndEvent_FeedbackExpired";
  public static final String END_CLOSED = "EndEvent_TrainingClosed";

  /** Feedback (and the quiz) is due this many days after the 签到, at the end of the day. */
  public static final int FEEDBACK_DAYS = 3;
  /** Unanswered feedback (and an unpassed quiz) expires this many days after the 签到, at the end of the day. */
  public static final int EXPIRY_DAYS = 7;
  /** Reminders go out at the start of the working day, China time. */
  public static final int NOTICE_HOUR = 9;
  /** The 签到 is due the day after the session. */
  public static final int CHECK_IN_DAYS = 1;

  // in from the starter (the application only)
  public static final String REGION_CODE = "regionCode";
  public static final String SESSION_ID = "trainingId";
  // set by 读取培训安排, for the forms, the timers and the gateway (the same for everyone)
  public static final String TOPIC = "trainingTopic";
  public static final String TRAINER = "trainingTrainer";
  public static final String TIME = "trainingTime";
  public static final String HOURS = "trainingHours";
  public static final String PLACE = "trainingPlace";
  public static final String LINK = "trainingLink";
  public static final String AUDIENCE = "trainingAudience";
  public static final String DESCRIPTION = "trainingDescription";
  public static final String PLAN_ITEM = "trainingPlanItem";
  public static final String ORGANISER = "trainingOrganiser";
  public static final String ORGANISER_NAME = "trainingOrganiserName";
  public static final String REGION_NAME = "regionName";
  /** The session's materials as Markdown links, kept current when the organiser attaches one. */
  public static final String FILES = "trainingFiles";
  /** When the session starts: registration closes, and the 签到 comes round. */
  public static final String STARTS_AT = "startsAt";
  public static final String HAS_QUIZ = "hasQuiz";
  public static final String QUESTION_COUNT = "questionCount";
  public static final String QUIZ_RULE = "quizRule";
  /** question{n}Text and question{n}Options ({label, value} for the radio), n = 1..MAX_QUESTIONS. */
  public static final String QUESTION_PREFIX = "question";
  // set by 截止报名, for the 签到 form
  /** Everyone invited as checklist options ({label, value}), the registered first. */
  public static final String INVITEE_OPTIONS = "inviteeOptions";
  public static final String REGISTRATION_SUMMARY = "registrationSummary";
  public static final String CHECK_IN_DUE_DATE = "checkInDueDate";
  // written by the organiser in 培训签到
  public static final String ATTENDEES = "attendees";
  // set by 登记签到, for the feedback tasks and their timers
  public static final String FEEDBACK_DUE_DATE = "feedbackDueDate";
  public static final String FEEDBACK_DUE = "feedbackDue";
  public static final String FEEDBACK_REMIND_AT = "feedbackRemindAt";
  public static final String FEEDBACK_EXPIRES_AT = "feedbackExpiresAt";
  // each person's pass (local to it)
  public static final String PARTICIPANT = "participant";
  public static final String MEMBER_GROUP = "memberGroup";
  /** An office member's project: the task's name and Tasklist's 项目 column read it. */
  public static final String PROJECT_CODE = "projectCode";
  // written by the participant
  public static final String REGISTRATION = "registration";
  public static final String DECLINE_REASON = "declineReason";
  public static final String FEEDBACK_SCORE = "feedbackScore";
  public static final String FEEDBACK_COMMENT = "feedbackComment";
  /** answer{n}: the letter of the chosen option. */
  public static final String ANSWER_PREFIX = "answer";
  // written by 评阅答卷
  public static final String QUIZ_PASSED = "quizPassed";
  public static final String LAST_QUIZ_RESULT = "lastQuizResult";

  public static final String REGISTER_YES = "YES";
  public static final String REGISTER_NO = "NO";

  private TrainingProcess() {
  }

  public static String questionText(int n) {
    return QUESTION_PREFIX + n + "Text";
  }

  public static String questionOptions(int n) {
    return QUESTION_PREFIX + n + "Options";
  }

  public static String answer(int n) {
    return ANSWER_PREFIX + n;
  }

  public static String businessKey(long sessionId) {
    return "TRAINING:" + sessionId;
  }
}
