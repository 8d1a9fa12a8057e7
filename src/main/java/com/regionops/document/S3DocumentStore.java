package com.regionops.document;

import java.io.IOException;
import java.io.InputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Content in S3-compatible object storage, one object per content row under
 * {@code <prefix><scope>/<sha256>/<uuid>}. Written before the upload's transaction; the object of
 * an upload whose rows were not committed (refused, failed, or beaten by the same content at the
 * same moment) is removed again by {@link #discard}.
 */
class S3DocumentStore implements DocumentStore {

  private final S3Client s3;
  private final String bucket;
  private final String prefix;

  S3DocumentStore(S3Client s3, String bucket, String prefix) {
    this.s3 = s3;
    this.bucket = bucket;
    this.prefix = prefix == null ? "" : prefix;
  }

  @Override
  public String name() {
    return "S3";
  }

  @Override
  public boolean writesInTransaction() {
    return false;
  }

  /** Unique per write: a rolled-back upload's cleanup can never remove the object of another. */
  static String key(String prefix, DocumentContent content) {
    return prefix + content.scope() + "/" + content.sha256() + "/" + java.util.UUID.randomUUID();
  }

  @Override
  public String put(DocumentContent content, InputStream bytes) {
    String key = key(prefix, content);
    s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).contentLength(content.sizeBytes()).build(),
        RequestBody.fromInputStream(bytes, content.sizeBytes()));
    return key;
  }

  @Override
  public InputStream open(DocumentContent content, long offset, long length) throws IOException {
    if (length == 0) {
      return InputStream.nullInputStream();
    }
    return s3.getObject(GetObjectRequest.builder().bucket(bucket).key(content.storageKey())
        .range("bytes=" + offset + "-" + (offset + length - 1)).build());
  }

  @Override
  public void discard(String key) {
    s3.deleteObject(DeleteObjectRequest.builder().bucket(bucket).key(key).build());
  }
}
