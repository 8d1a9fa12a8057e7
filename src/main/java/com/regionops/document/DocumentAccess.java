package com.regionops.document;

import java.time.LocalDateTime;

/** One upload, download or deletion of a document: who, when, and for a partial download which bytes. */
public record DocumentAccess(Long id, long documentId, String userId, String action, String byteRange,
    LocalDateTime at) {

  public static final String UPLOAD = "UPLOAD";
  public static final String DOWNLOAD = "DOWNLOAD";
  public static final String DELETE = "DELETE";
}
