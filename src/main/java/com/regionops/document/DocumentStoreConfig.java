package com.regionops.document;

import jakarta.servlet.MultipartConfigElement;
import java.net.URI;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;

/** The one {@link DocumentStore} of the app, as regionops.document.store says. */
@Configuration
@EnableConfigurationProperties(DocumentSettings.class)
class DocumentStoreConfig {

  /** What a multipart upload may carry besides the file: the form's text fields. */
  static final long FORM_FIELDS = 64 * 1024;

  /**
   * Uploads go to a temporary file from the first byte (threshold 0), so concurrent large uploads
   * cost disk, not heap. The request may exceed the file limit by the form's fields: with the
   * same limit for both, a file of exactly the limit could never arrive. Replaces the
   * spring.servlet.multipart sizes, which cannot add the two.
   */
  @Bean
  MultipartConfigElement multipartConfigElement(DocumentSettings settings) {
    long max = settings.maxSize().toBytes();
    return new MultipartConfigElement(null, max, max + FORM_FIELDS, 0);
  }

  @Bean
  DocumentStore documentStore(DocumentSettings settings, DocumentMapper documents) {
    if (!DocumentSettings.S3_STORE.equals(settings.store())) {
      return new DatabaseDocumentStore(documents);
    }
    DocumentSettings.S3 s3 = settings.s3();
    if (s3 == null || blank(s3.bucket()) || blank(s3.accessKey()) || blank(s3.secretKey())) {
      throw new IllegalStateException("regionops.document.store=s3 needs regionops.document.s3.bucket, "
          + "access-key and secret-key (REGIONOPS_S3_BUCKET, REGIONOPS_S3_ACCESS_KEY, REGIONOPS_S3_SECRET_KEY)");
    }
    S3Client client = s3Client(s3);
    // Fail at start, with the bucket's name, rather than at the first upload.
    client.headBucket(HeadBucketRequest.builder().bucket(s3.bucket()).build());
    return new S3DocumentStore(client, s3.bucket(), s3.prefix());
  }

  static S3Client s3Client(DocumentSettings.S3 s3) {
    var builder = S3Client.builder()
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .region(Region.of(blank(s3.region()) ? "us-east-1" : s3.region()))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())))
        .forcePathStyle(s3.pathStyle() == null || s3.pathStyle())
        // Checksums only where the protocol requires them: the SDK's default trailing CRC
        // (aws-chunked uploads) is not understood by every S3-compatible server.
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    if (!blank(s3.endpoint())) {
      builder.endpointOverride(URI.create(s3.endpoint()));
    }
    return builder.build();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
