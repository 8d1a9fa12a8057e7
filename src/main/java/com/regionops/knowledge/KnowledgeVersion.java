package com.regionops.knowledge;

import java.time.LocalDateTime;

/** One version of an entry: its text and tags (vocabulary codes, comma-separated), and its review. */
public record KnowledgeVersion(
    long entryId,
    int versionNo,
    String title,
    String body,
    String tags,
    VersionStatus status,
    String editedBy,
    LocalDateTime createdAt,
    String processInstanceId,
    String reviewComment,
    String reviewedBy,
    LocalDateTime publishedAt) {
}
