package com.regionops.knowledge;

import java.time.LocalDateTime;

/** An entry's published version with what search filters on: a row of the index's rebuild. */
public record PublishedEntry(
    long id,
    KnowledgeKind kind,
    String scope,
    String regionCode,
    String projectCode,
    String author,
    int version,
    String title,
    String body,
    String tags,
    LocalDateTime publishedAt) {
}
