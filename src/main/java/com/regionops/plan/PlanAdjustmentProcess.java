package com.regionops.plan;

/** Process {@value #KEY} (计划调整审批): ids and variable names. */
public final class PlanAdjustmentProcess {

  public static final String KEY = "plan-adjustment";

  public static final String TASK_APPROVE = "UserTask_ApproveAdjustment";
  public static final String SUBPROCESS_APPROVAL = "SubProcess_ApprovalStep";
  public static final String TIMER_SLA = "BoundaryEvent_SlaPassed";
  public static final String TIMER_ESCALATION = "IntermediateCatchEvent_EscalationDue";
  public static final String END_STEP = "EndEvent_StepDone";
  public static final String END_APPLIED = "EndEvent_AdjustmentApplied";
  public static final String END_REJECTED = "EndEvent_AdjustmentRejected";

  // in from the applicant
  public static final String PROJECT_CODE = "projectCode";
  public static final String NODE_CODE = "nodeCode";
  public static final String NEW_PLANNED_FINISH = "newPlannedFinish";
  public static final String REASON = "reason";
  /** The partner's approval (文号 or 会议纪要): required when the partner runs the project (PartnerRules). */
  public static final String PARTNER_APPROVAL = "partnerApproval";
  // set by the process (nodeLevel, category, adjustmentsThisYear and the contract's two only for the decision, transient)
  public static final String ADJUSTMENT_ID = "adjustmentId";
  public static final String NODE_NAME = "nodeName";
  public static final String NODE_LEVEL = "nodeLevel";
  public static final String CATEGORY = "category";
  public static final String OLD_PLANNED_FINISH = "oldPlannedFinish";
  public static final String DELAY_DAYS = "delayDays";
  public static final String MILESTONE_IMPACT_DAYS = "milestoneImpactDays";
  public static final String ADJUSTMENTS_THIS_YEAR = "adjustmentsThisYear";
  public static final String IMPACT_SUMMARY = "impactSummary";
  /**
   * Days from the pushed planned handover to the approved contract handover date, and the product type's buffer
   * (handover-date-check): null unless the project has an approved contract date and the adjustment pushes its
   * planned handover later (ContractHandover).
   */
  public static final String CONTRACT_MARGIN_DAYS = "contractMarginDays";
  public static final String HANDOVER_BUFFER_DAYS = "handoverBufferDays";
  /** The project's 操盘方式 (PartnerRules), a decision input: a partner-run project's adjustment is filed, not escalated. */
  public static final String OPERATING_MODE = "operatingMode";
  /** The chain as text, e.g. "region-ops,region-president" (ApprovalChain). */
  public static final String APPROVER_CHAIN = "approverChain";
  /** The chain as a JSON list, in instances started before approverChain replaced it. */
  public static final String APPROVER_HITS = "approverHits";
  public static final String APPROVER_GROUP = "approverGroup";
  /** Each approver's answer; cleared after each step so the next approver starts blank. */
  public static final String APPROVAL_DECISION = "approvalDecision";
  public static final String APPROVAL_COMMENT = "approvalComment";
  /** The outcome so far, read by the multi-instance completion condition and the gateway. */
  public static final String ADJUSTMENT_REVIEW = "adjustmentReview";
  /** The approval loop's own variables (Camunda's multi-instance). */
  public static final String LOOP_COUNTER = "loopCounter";
  public static final String NR_OF_INSTANCES = "nrOfInstances";

  public static final String APPROVED = "APPROVED";
  public static final String REJECTED = "REJECTED";
  public static final int MIN_REASON_LENGTH = 10;

  private PlanAdjustmentProcess() {
  }
}
