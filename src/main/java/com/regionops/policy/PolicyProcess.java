package com.regionops.policy;

/**
 * Process {@value #KEY} (制度宣贯): one instance per policy version and region, in that region's tenant. Every
 * member of the policy's groups in the region reads and acknowledges it (已阅知悉) or passes its quiz, in a
 * pass of their own; a reminder goes out before the deadline, and a newer version ends the instance.
 */
public final class PolicyProcess {

  public static final String KEY = "policy-rollout";

  public static final String TASK_READ = "UserTask_ReadPolicy";
  public static final String TASK_QUIZ = "UserTask_TakePolicyQuiz";
  public static final String SUBPROCESS_MEMBERS = "SubProcess_MemberAcknowledgement";
  public static final String TIMER_REMINDER = "StartEvent_ReminderDue";
  public static final String END_ACKNOWLEDGED = "EndEvent_PolicyAcknowledged";
  public static final String END_QUIZ_PASSED = "EndEvent_QuizPassed";
  public static final String END_REMINDED = "EndEvent_MemberReminded";
  public static final String END_COMPLETED = "EndEvent_RolloutCompleted";
  public static final String END_SUPERSEDED = "EndEvent_PolicySuperseded";
  public static final String MESSAGE_SUPERSEDED = "PolicySuperseded";

  /** Questions a quiz may have: the quiz form has this many slots. */
  public static final int MAX_QUESTIONS = 5;
  /** Options a question may have (A to F). */
  public static final int MAX_OPTIONS = 6;
  /** The reminder goes out this many days before the acknowledgement deadline (never on the day of publishing). */
  public static final int REMINDER_DAYS = 3;
  /** Reminders go out at the start of the working day, China time. */
  public static final int NOTICE_HOUR = 9;

  // in from the starter (the application only)
  public static final String REGION_CODE = "regionCode";
  public static final String POLICY_ID = "policyId";
  // set by 读取制度, for the forms, the gateways and the timers (the same for every member)
  public static final String TITLE = "policyTitle";
  public static final String NUMBER = "policyNumber";
  public static final String VERSION = "policyVersion";
  public static final String ISSUER = "policyIssuer";
  public static final String EFFECTIVE_DATE = "effectiveDate";
  public static final String ACKNOWLEDGE_BY = "acknowledgeBy";
  public static final String SUMMARY = "policySummary";
  /** The policy's files as Markdown links, kept current when the publisher attaches one. */
  public static final String FILES = "policyFiles";
  public static final String HAS_QUIZ = "hasQuiz";
  public static final String QUESTION_COUNT = "questionCount";
  public static final String QUIZ_RULE = "quizRule";
  public static final String DUE_DATE = "policyDueDate";
  public static final String REMIND_AT = "remindAt";
  /** question{n}Text and question{n}Options ({label, value} for the radio), n = 1..{@link #MAX_QUESTIONS}. */
  public static final String QUESTION_PREFIX = "question";
  public static final String QUESTION_TEXT_SUFFIX = "Text";
  public static final String QUESTION_OPTIONS_SUFFIX = "Options";
  // each member's pass
  public static final String MEMBER = "member";
  public static final String MEMBER_GROUP = "memberGroup";
  /** An office member's project: the task's name and Tasklist's 项目 column read it. */
  public static final String PROJECT_CODE = "projectCode";
  // written by the member
  public static final String ACKNOWLEDGED = "acknowledged";
  /** answer{n}: the letter of the chosen option. */
  public static final String ANSWER_PREFIX = "answer";
  // written by 评阅答卷
  public static final String QUIZ_PASSED = "quizPassed";
  public static final String LAST_QUIZ_RESULT = "lastQuizResult";

  private PolicyProcess() {
  }

  public static String questionText(int n) {
    return QUESTION_PREFIX + n + QUESTION_TEXT_SUFFIX;
  }

  public static String questionOptions(int n) {
    return QUESTION_PREFIX + n + QUESTION_OPTIONS_SUFFIX;
  }

  public static String answer(int n) {
    return ANSWER_PREFIX + n;
  }

  public static String businessKey(long policyId, String regionCode) {
    return "POLICY:" + policyId + ":" + regionCode;
  }
}
