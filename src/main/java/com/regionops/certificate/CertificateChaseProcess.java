package com.regionops.certificate;

/** Processes certificate-review-sweep (证照年审扫描) and certificate-annual-review (证照年审/换证催办). */
public final class CertificateChaseProcess {

  public static final String SWEEP_KEY = "certificate-review-sweep";
  public static final String REVIEW_KEY = "certificate-annual-review";
  public static final String MESSAGE_SWEEP = "CertificateSweepRequested";

  public static final String SWEEP_TIMER = "StartEvent_DailySweep";
  public static final String TASK_START_CHASES = "ServiceTask_StartChases";
  public static final String TASK_FILE = "UserTask_FileReview";
  public static final String TASK_VERIFY = "UserTask_VerifyReview";
  public static final String TIMER_DAILY = "BoundaryEvent_DailyNotice";
  public static final String END_UPDATED = "EndEvent_LedgerUpdated";

  public static final String REGION_CODE = "regionCode";
  public static final String CHUNKS = "chunks";
  public static final String CHUNK = "chunk";
  public static final String DUE_COUNT = "dueCount";
  public static final int CHUNK_SIZE = 100;

  public static final String CHASE_ID = "chaseId";
  public static final String CERTIFICATE_ID = "certificateId";
  public static final String DUE_DATE = "dueDate";
  public static final String KIND = "kind";
  public static final String PROJECT_CODE = "projectCode";
  public static final String RESPONSIBLE_GROUP = "responsibleGroup";
  public static final String CERTIFICATE_NAME = "certificateName";
  public static final String NOTICE_CYCLE = "noticeCycle";
  public static final String FILING_DATE = "filingDate";
  public static final String NEW_VALID_UNTIL = "newValidUntil";
  public static final String NEW_NEXT_REVIEW_DUE = "newNextReviewDue";
  public static final String DOCUMENT_REF = "documentRef";
  public static final String FILING_NOTES = "filingNotes";
  public static final String CERTIFICATE_REVIEW = "certificateReview";
  public static final String CERTIFICATE_REVIEW_COMMENT = "certificateReviewComment";

  private CertificateChaseProcess() {
  }
}
