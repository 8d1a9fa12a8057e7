package com.regionops.partner;

/** partner-matter: element ids and variables. */
public final class PartnerMatterProcess {

  public static final String KEY = "partner-matter";
  public static final String DECISION = "partner-matter-approval";

  public static final String TASK_APPROVE = "UserTask_ApprovePartnerMatter";
  public static final String END_APPROVED = "EndEvent_MatterApproved";
  public static final String END_REJECTED = "EndEvent_MatterRejected";

  public static final String PROJECT_CODE = "projectCode";
  public static final String MATTER_ID = "matterId";
  public static final String KIND = "matterKind";
  public static final String KIND_NAME = "matterKindName";
  public static final String AMOUNT = "matterAmount";
  public static final String MODE = "operatingMode";
  public static final String MODE_NAME = "operatingModeName";
  public static final String TITLE = "matterTitle";
  public static final String DESCRIPTION = "matterDescription";
  public static final String MEETING_DATE = "matterMeetingDate";
  public static final String PARTNERS = "partnerNames";
  public static final String SUBMITTER = "submitter";
  public static final String APPROVER_CHAIN = "approverChain";
  public static final String REVIEW = "partnerMatterReview";
  public static final String REVIEW_COMMENT = "partnerMatterReviewComment";

  private PartnerMatterProcess() {
  }

  public static String businessKey(String projectCode, long matterId) {
    return projectCode + ":PARTNER-" + matterId;
  }
}
