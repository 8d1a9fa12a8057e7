package com.regionops.knowledge;

/** knowledge-review: element ids and variables. */
public final class KnowledgeProcess {

  public static final String KEY = "knowledge-review";

  public static final String TASK_REVIEW = "UserTask_ReviewKnowledge";
  public static final String TASK_APPROVE_GROUP = "UserTask_ApproveGroupKnowledge";
  public static final String TASK_REVISE = "UserTask_ReviseKnowledge";
  public static final String END_PUBLISHED = "EndEvent_KnowledgePublished";

  public static final String REGION_CODE = "regionCode";
  public static final String ENTRY_ID = "entryId";
  public static final String VERSION_NO = "versionNo";
  public static final String SCOPE = "scope";
  public static final String FOR_GROUP = "forGroup";
  public static final String AUTHOR = "author";
  public static final String AUTHOR_GROUP = "authorGroup";
  public static final String KIND_NAME = "kindName";
  public static final String TITLE = "entryTitle";
  public static final String BODY = "entryBody";
  public static final String TAG_NAMES = "tagNames";
  public static final String ORIGIN = "origin";
  public static final String FILES = "knowledgeFiles";
  /** The decision and comment of both review steps: one form serves region-ops and group-ops. */
  public static final String REVIEW = "knowledgeReview";
  public static final String REVIEW_COMMENT = "knowledgeReviewComment";

  private KnowledgeProcess() {
  }

  public static String businessKey(long entryId, int versionNo) {
    return "knowledge:" + entryId + ":v" + versionNo;
  }
}
