package com.regionops.document;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDateTime;

/**
 * One version of a file: what it belongs to, its name as uploaded (Chinese kept), the media type
 * sniffed from its content, size and SHA-256. {@code chainId} is the first version's id; a new
 * upload for the same slot and name (or naming the document it replaces) is the next version.
 */
public record Document(
    Long id,
    String regionCode,
    String projectCode,
    DocumentKind kind,
    OwnerType ownerType,
    String ownerId,
    String slot,
    String fileName,
    String mediaType,
    long size,
    String sha256,
    @JsonIgnore Long contentId,
    Long chainId,
    int version,
    boolean latest,
    String taskId,
    String uploadedBy,
    LocalDateTime uploadedAt) {
}
