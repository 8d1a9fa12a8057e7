package com.regionops.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.support.Http;
import com.regionops.support.Multipart;
import java.net.URI;
import java.time.Duration;
import java.util.Random;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app with regionops.document.store=s3 against a real S3-protocol server (S3Proxy on loopback):
 * the demo's generated files and an upload land in the bucket, not in ro_document_chunk, and come
 * back whole (ranges against S3 are S3DocumentStoreTest's).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:regionops-s3;MODE=MySQL;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false", "camunda.bpm.generate-unique-process-engine-name=true",
    "regionops.document.store=s3", "regionops.document.s3.bucket=" + S3StoreAppIT.BUCKET,
    "regionops.document.s3.access-key=regionops", "regionops.document.s3.secret-key=regionops-secret",
    "regionops.document.s3.prefix=app/"})
@ActiveProfiles("demo")
class S3StoreAppIT {

  static final String BUCKET = "regionops-app";
  static final BlobStore BLOBS;
  static final int S3_PORT;

  static {
    try {
      BlobStoreContext context = ContextBuilder.newBuilder("transient").credentials("identity", "credential")
          .build(BlobStoreContext.class);
      BLOBS = context.getBlobStore();
      BLOBS.createContainerInLocation(null, BUCKET);
      S3Proxy server = S3Proxy.builder().blobStore(BLOBS).endpoint(URI.create("http://127.0.0.1:0"))
          .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "regionops", "regionops-secret").build();
      server.start();
      while (!AbstractLifeCycle.STARTED.equals(server.getState())) {
        Thread.sleep(10);
      }
      S3_PORT = server.getPort();
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @DynamicPropertySource
  static void endpoint(DynamicPropertyRegistry registry) {
    registry.add("regionops.document.s3.endpoint", () -> "http://127.0.0.1:" + S3_PORT);
  }

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void filesGoToTheBucketOnceAndComeBackWhole() {
    Http http = new Http(port);
    byte[] content = new byte[2 * 1024 * 1024 + 99];
    new Random(5).nextBytes(content);
    byte[] head = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    System.arraycopy(head, 0, content, 0, head.length);
    Multipart body = new Multipart().field("projectCode", "GZ01").field("kind", "OTHER").field("ownerType", "PROJECT")
        .file("对象存储测试.pdf", "application/pdf", content);

    Http.Response first = http.sendBytes("POST", "ops.south", "/api/v1/documents", body.bytes(), body.headers(),
        Duration.ofSeconds(60));
    Http.Response again = http.sendBytes("POST", "ops.south", "/api/v1/documents", body.bytes(), body.headers(),
        Duration.ofSeconds(60));

    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(again.json().get("version").asInt()).isEqualTo(2);
    String sha = first.json().get("sha256").asText();
    String key = jdbc.queryForObject("SELECT storage_key FROM ro_document_content WHERE scope = 'GZ01' AND sha256 = ?",
        String.class, sha);
    assertThat(key).startsWith("app/GZ01/" + sha + "/");
    assertThat(BLOBS.blobExists(BUCKET, key)).isTrue();
    assertThat(BLOBS.list(BUCKET, org.jclouds.blobstore.options.ListContainerOptions.Builder.prefix("app/GZ01/" + sha)
        .recursive())).as("the same content is written once").hasSize(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ro_document_chunk", Integer.class))
        .as("nothing in the database store").isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ro_document_content WHERE store <> 'S3'", Integer.class))
        .as("the demo's generated files too").isZero();
    assertThat(http.bytes("office.gz01", "/api/v1/documents/" + first.json().get("id").asText() + "/content"))
        .isEqualTo(content);
  }
}
