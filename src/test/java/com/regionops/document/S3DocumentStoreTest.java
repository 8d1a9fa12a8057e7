package com.regionops.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.Random;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CreateBucketRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The object store against a real S3-protocol server (S3Proxy on loopback, in-memory blobs),
 * through the same client settings the app builds from regionops.document.s3.*.
 */
class S3DocumentStoreTest {

  static final String BUCKET = "regionops-test";
  static S3Proxy server;
  static BlobStoreContext blobs;
  static S3Client client;
  static S3DocumentStore store;

  @BeforeAll
  static void startServer() throws Exception {
    blobs = ContextBuilder.newBuilder("transient").credentials("identity", "credential").build(BlobStoreContext.class);
    server = S3Proxy.builder().blobStore(blobs.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "regionops", "regionops-secret").build();
    server.start();
    while (!AbstractLifeCycle.STARTED.equals(server.getState())) {
      Thread.sleep(10);
    }
    DocumentSettings.S3 settings = new DocumentSettings.S3("http://127.0.0.1:" + server.getPort(), "us-east-1", BUCKET,
        "regionops", "regionops-secret", true, "test/");
    client = DocumentStoreConfig.s3Client(settings);
    client.createBucket(CreateBucketRequest.builder().bucket(BUCKET).build());
    store = new S3DocumentStore(client, BUCKET, settings.prefix());
  }

  @AfterAll
  static void stopServer() throws Exception {
    client.close();
    server.stop();
    blobs.close();
  }

  static DocumentContent content(String scope, String sha, long size, String key) {
    return new DocumentContent(1L, scope, sha, size, "S3", key);
  }

  @Test
  void aFileGoesUnderItsScopeAndHashAndComesBackWholeOrInPart() throws IOException {
    byte[] bytes = new byte[3 * 1024 * 1024 + 17];
    new Random(7).nextBytes(bytes);
    DocumentContent content = content("GZ01", "a".repeat(64), bytes.length, null);

    String key = store.put(content, new ByteArrayInputStream(bytes));

    assertThat(key).startsWith("test/GZ01/" + "a".repeat(64) + "/");
    DocumentContent stored = content("GZ01", "a".repeat(64), bytes.length, key);
    assertThat(read(store.open(stored, 0, bytes.length))).isEqualTo(bytes);
    assertThat(read(store.open(stored, 1_000_000, 100))).isEqualTo(Arrays.copyOfRange(bytes, 1_000_000, 1_000_100));
    assertThat(read(store.open(stored, bytes.length - 1, 1))).containsExactly(bytes[bytes.length - 1]);
    assertThat(read(store.open(stored, 5, 0))).isEmpty();
  }

  @Test
  void everyWriteHasAKeyOfItsOwnSoADiscardTouchesNoOtherUpload() throws IOException {
    byte[] bytes = "同一份文件".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    DocumentContent content = content("GZ02", "b".repeat(64), bytes.length, null);

    String first = store.put(content, new ByteArrayInputStream(bytes));
    String second = store.put(content, new ByteArrayInputStream(bytes));
    store.discard(second);

    assertThat(second).isNotEqualTo(first);
    assertThat(client.headObject(HeadObjectRequest.builder().bucket(BUCKET).key(first).build()).contentLength())
        .isEqualTo(bytes.length);
  }

  @Test
  void anObjectWhoseUploadRolledBackIsDiscarded() throws IOException {
    DocumentContent content = content("GZ03", "c".repeat(64), 3, null);
    String key = store.put(content, new ByteArrayInputStream(new byte[] {1, 2, 3}));

    store.discard(key);

    assertThatThrownBy(() -> client.headObject(HeadObjectRequest.builder().bucket(BUCKET).key(key).build()))
        .isInstanceOf(NoSuchKeyException.class);
  }

  static byte[] read(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }
}
