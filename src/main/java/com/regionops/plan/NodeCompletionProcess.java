package com.regionops.plan;

/** Process {@value #KEY} (节点完成确认): ids and variable names. */
public final class NodeCompletionProcess {

  public static final String KEY = "node-completion";
  public static final String DECISION_KEY = "node-completion-confirmation";

  public static final String START = "StartEvent_CompletionReported";
  public static final String TASK_SUBMIT_DELIVERABLES = "UserTask_SubmitDeliverables";
  public static final String TASK_CONFIRM = "UserTask_ConfirmCompletion";
  public static final String TASK_CORRECT = "UserTask_CorrectReport";
  public static final String SUBPROCESS_CONFIRMATION = "SubProcess_ConfirmationStep";
  public static final String END_COMPLETED = "EndEvent_NodeCompleted";
  public static final String END_WITHDRAWN = "EndEvent_ReportWithdrawn";

  // in from the office (start form or our API)
  public static final String PROJECT_CODE = "projectCode";
  public static final String NODE_CODE = "nodeCode";
  public static final String ACTUAL_FINISH = "actualFinish";
  public static final String NOTE = "note";
  /** Set by the application only (a certificate entered as obtained); a person's start is always OFFICE. */
  public static final String SOURCE = "completionSource";
  // set by the process
  public static final String COMPLETION_ID = "completionId";
  /** The node's id: what its 阶段成果 files belong to (ro_document owner PLAN_NODE). */
  public static final String NODE_ID = "nodeId";
  public static final String NODE_NAME = "nodeName";
  public static final String NODE_LEVEL = "nodeLevel";
  public static final String CATEGORY = "category";
  public static final String PLANNED_FINISH = "plannedFinish";
  public static final String REPORTED_BY = "reportedBy";
  /** Whether every required 阶段成果 has a file; routes past 提交阶段成果. */
  public static final String DELIVERABLES_COMPLETE = "deliverablesComplete";
  /** What the confirmer reads: each 阶段成果 and its files. */
  public static final String DELIVERABLES_SUMMARY = "deliverablesSummary";
  public static final String CONFIRMER_CHAIN = "confirmerChain";
  public static final String CONFIRMER_GROUP = "confirmerGroup";
  public static final String CONFIRMATION_DECISION = "confirmationDecision";
  public static final String CONFIRMATION_COMMENT = "confirmationComment";
  /** The outcome of the round so far, read by the loop's completion condition and the gateway. */
  public static final String COMPLETION_REVIEW = "completionReview";
  public static final String RETURN_REASON = "returnReason";
  /** The office's answer to a return: RESUBMIT or WITHDRAW. */
  public static final String CORRECTION_ACTION = "correctionAction";
  public static final String LOOP_COUNTER = "loopCounter";
  public static final String NR_OF_INSTANCES = "nrOfInstances";

  public static final String CONFIRMED = "CONFIRMED";
  public static final String RETURNED = "RETURNED";
  public static final String RESUBMIT = "RESUBMIT";
  public static final String WITHDRAW = "WITHDRAW";

  /** 阶段成果 as task slots: deliverable{n}Name / deliverable{n}Mandatory, like the 上会资料 of a review. */
  public static final int MAX_DELIVERABLES = 20;

  public static String deliverable(int n, String field) {
    return "deliverable" + n + field;
  }

  private NodeCompletionProcess() {
  }
}
