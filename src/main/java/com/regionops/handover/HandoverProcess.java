package com.regionops.handover;

/** handover-date-review (合同交楼时间审核): element ids, variables and the decision it evaluates. */
public final class HandoverProcess {

  public static final String KEY = "handover-date-review";
  public static final String DECISION_KEY = "handover-date-check";

  public static final String TASK_EVALUATE = "BusinessRuleTask_EvaluateHandoverDate";
  public static final String TASK_REVIEW = "UserTask_ReviewHandoverDate";
  public static final String TASK_APPROVE = "UserTask_ApproveHandoverDate";
  public static final String TASK_RECORD_REFUSAL = "ServiceTask_RecordRefusal";
  public static final String TASK_RECORD_RETURN = "ServiceTask_RecordReturn";
  public static final String TASK_SAVE = "ServiceTask_SaveHandoverDate";
  public static final String END_APPROVED = "EndEvent_HandoverDateApproved";
  public static final String END_RETURNED = "EndEvent_HandoverDateReturned";
  public static final String END_REFUSED = "EndEvent_HandoverDateRefused";

  // in from the API
  public static final String PROJECT_CODE = "projectCode";
  public static final String REVIEW_ID = "reviewId";
  public static final String PROJECT_NAME = "projectName";
  public static final String OFFICE_GROUP = "officeGroup";
  /** The decision's inputs: the project's type code and the contract date minus the planned handover, in days. */
  public static final String PRODUCT_TYPE = "productType";
  public static final String MARGIN_DAYS = "marginDays";
  public static final String PRODUCT_TYPE_NAME = "productTypeName";
  public static final String PLANNED_HANDOVER = "plannedHandoverDate";
  public static final String CONTRACT_HANDOVER = "contractHandoverDate";
  public static final String DECORATION_CONTRACTOR = "decorationContractor";
  public static final String DECORATION_COMPLETION = "decorationCompletionDate";
  public static final String PRESALE_PERMIT_NO = "presalePermitNo";
  public static final String NOTE = "note";
  // the decision's answer (output mapping of the business rule task)
  public static final String CHECK_RESULT = "checkResult";
  public static final String CHECK_RESULT_NAME = "checkResultName";
  public static final String CHECK_REASON = "checkReason";
  public static final String BUFFER_DAYS = "bufferDays";
  // the reviewers' answers: APPROVED or RETURNED, and a comment (required with RETURNED)
  public static final String REVIEW = "handoverReview";
  public static final String REVIEW_COMMENT = "handoverReviewComment";
  public static final String APPROVAL = "handoverApproval";
  public static final String APPROVAL_COMMENT = "handoverApprovalComment";
  /** Who answered last, and their comment: what the closing step records. */
  public static final String DECIDED_BY = "handoverDecidedBy";

  public static final String OK = "OK";
  public static final String CONDITIONAL = "CONDITIONAL";
  public static final String REFUSED = "REFUSED";

  private HandoverProcess() {
  }

  public static String businessKey(String projectCode, long reviewId) {
    return projectCode + ":HANDOVER-" + reviewId;
  }

  public static String resultName(String result) {
    return switch (result == null ? "" : result) {
      case OK -> "通过（余量充足）";
      case CONDITIONAL -> "有条件通过（需区域总裁审批）";
      case REFUSED -> "不通过";
      default -> result;
    };
  }
}
