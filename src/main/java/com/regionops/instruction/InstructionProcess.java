package com.regionops.instruction;

/**
 * Process {@value #KEY} (指令下达与反馈): one instance per region's copy of an instruction, in that region's
 * tenant; a region's own instruction to its projects runs the same model without the region's 签收 and 汇总.
 */
public final class InstructionProcess {

  public static final String KEY = "instruction";

  public static final String TASK_ACKNOWLEDGE = "UserTask_AcknowledgeInstruction";
  public static final String TASK_ACKNOWLEDGE_PROJECT = "UserTask_AcknowledgeProjectInstruction";
  public static final String TASK_REPORT = "UserTask_ReportFeedback";
  public static final String TASK_REVIEW = "UserTask_ReviewFeedback";
  public static final String TASK_CONSOLIDATE = "UserTask_ConsolidateFeedback";
  public static final String TASK_CLOSE = "UserTask_CloseInstruction";
  public static final String TASK_APPROVE_EXTENSION = "UserTask_ApproveExtension";
  public static final String TIMER_ACK_OVERDUE = "BoundaryEvent_AcknowledgementOverdue";
  public static final String TIMER_PROJECT_ACK_OVERDUE = "BoundaryEvent_ProjectAcknowledgementOverdue";
  public static final String SUBPROCESS_PROJECTS = "SubProcess_ProjectItems";
  public static final String END_CLOSED = "EndEvent_InstructionClosed";
  public static final String END_PROJECT_ACKNOWLEDGED = "EndEvent_ProjectAcknowledged";
  public static final String END_PROJECT_ACCEPTED = "EndEvent_ProjectAnswerAccepted";
  public static final String END_EXTENSION_DECIDED = "EndEvent_ExtensionDecided";
  public static final String MESSAGE_EXTENSION = "InstructionExtensionRequested";

  // in from the starter (the application only)
  public static final String REGION_CODE = "regionCode";
  public static final String INSTRUCTION_ID = "instructionId";
  public static final String REGION_ITEM_ID = "regionItemId";
  // set by 读取指令, for the gateways and the forms
  public static final String ISSUER_LEVEL = "issuerLevel";
  public static final String FEEDBACK_MODE = "feedbackMode";
  public static final String TITLE = "instructionTitle";
  public static final String CONTENT = "instructionContent";
  public static final String CATEGORY_NAME = "instructionCategoryName";
  public static final String ISSUER_NAME = "issuerName";
  public static final String FEEDBACK_MODE_NAME = "feedbackModeName";
  public static final String REGION_NAME = "regionName";
  public static final String REGION_DEADLINE = "regionDeadline";
  public static final String REGION_DUE_DATE = "regionDueDate";
  public static final String ACK_DUE_DATE = "ackDueDate";
  public static final String ACK_OVERDUE_AT = "ackOverdueAt";
  /** The region's active projects as checklist options ({label, value}) for 转发项目. */
  public static final String REGION_PROJECTS = "regionProjects";
  public static final String RELAYED = "relayed";
  /** The instruction's 下发文件 as Markdown links, kept current when the issuer attaches one. */
  public static final String FILES = "instructionFiles";
  // written by 签收指令 (region)
  public static final String HANDLING = "handling";
  public static final String RELAY_PROJECTS = "relayProjects";
  public static final String RELAY_DEADLINE = "relayDeadline";
  // local to each project's pass through 项目签收与反馈
  public static final String PROJECT_ITEM_ID = "projectItemId";
  /** The project's code, local to its pass: task names and Tasklist's 项目 column read it. */
  public static final String PROJECT_CODE = "projectCode";
  public static final String OFFICE_GROUP = "officeGroup";
  public static final String PROJECT_NAME = "projectName";
  public static final String PROJECT_DEADLINE = "projectDeadline";
  public static final String PROJECT_DUE_DATE = "projectDueDate";
  public static final String PROJECT_ACK_DUE_DATE = "projectAckDueDate";
  public static final String PROJECT_ACK_OVERDUE_AT = "projectAckOverdueAt";
  public static final String FEEDBACK_TEXT = "feedbackText";
  public static final String FEEDBACK_REVIEW = "feedbackReview";
  public static final String FEEDBACK_REVIEW_COMMENT = "feedbackReviewComment";
  public static final String LAST_REVIEW_COMMENT = "lastReviewComment";
  // the region's answer and group-ops' review of it
  public static final String PROJECT_ANSWERS = "projectAnswers";
  public static final String REGION_ANSWER = "regionAnswer";
  public static final String CLOSING_REVIEW = "closingReview";
  public static final String CLOSING_REVIEW_COMMENT = "closingReviewComment";
  // local to each 延期申请
  public static final String EXTENSION_ID = "extensionId";
  public static final String APPROVER_GROUP = "approverGroup";
  public static final String EXTENSION_SUBJECT = "extensionSubject";
  public static final String EXTENSION_PREVIOUS_DEADLINE = "extensionPreviousDeadline";
  public static final String EXTENSION_REQUESTED_DATE = "extensionRequestedDate";
  public static final String EXTENSION_REASON = "extensionReason";
  public static final String EXTENSION_REVIEW = "extensionReview";
  public static final String EXTENSION_REVIEW_COMMENT = "extensionReviewComment";

  public static final String SELF = "SELF";
  public static final String RELAY = "RELAY";

  private InstructionProcess() {
  }
}
