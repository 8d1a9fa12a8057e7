package com.regionops.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * regionops.document.*: where content lives and how large a file may be.
 *
 * @param store {@code database} (default: the app's own database, which every node of a cluster
 *     shares) or {@code s3} (S3-compatible object storage: MinIO, 阿里云 OSS, 腾讯云 COS ...)
 * @param maxSize the largest file accepted (413 above it); keep spring.servlet.multipart in step
 */
@ConfigurationProperties("regionops.document")
public record DocumentSettings(String store, DataSize maxSize, S3 s3) {

  public static final String DATABASE = "database";
  public static final String S3_STORE = "s3";

  public DocumentSettings {
    store = store == null || store.isBlank() ? DATABASE : store.trim().toLowerCase(java.util.Locale.ROOT);
    maxSize = maxSize == null ? DataSize.ofMegabytes(50) : maxSize;
    if (!DATABASE.equals(store) && !S3_STORE.equals(store)) {
      throw new IllegalArgumentException("regionops.document.store must be database or s3, not " + store);
    }
  }

  /**
   * @param pathStyle bucket in the path rather than the host name: MinIO and most private
   *     deployments need it; 阿里云 OSS wants virtual-host style (false)
   * @param prefix prepended to every object key, so one bucket can hold several environments
   */
  public record S3(String endpoint, String region, String bucket, String accessKey, String secretKey,
      Boolean pathStyle, String prefix) {
  }
}
