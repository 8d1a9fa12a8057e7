package com.regionops.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.regionops.support.Fixtures;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against a chat robot that is down for a while: everything arrives, each once. The
 * shared context has no channel switched on (and keeps it so, for the other ITs); the test builds
 * its own service and outbox on the context's mappers and transactions, with a webhook to a robot
 * on loopback and a clock it moves instead of waiting. The context's own poller has no channel and
 * leaves these rows alone; its admin API, health and metrics read them like any other.
 */
@RegionOpsIT
class NotificationOutboxIT {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @LocalServerPort
  int port;

  @Autowired
  NotificationMapper notifications;

  @Autowired
  NotificationDeliveryMapper deliveries;

  @Autowired
  PlatformTransactionManager transactions;

  Http http;
  Robot robot;
  MovableClock clock;
  final String run = Fixtures.code("OUTBOX-IT-");

  @BeforeEach
  void start() throws IOException {
    http = new Http(port);
    robot = new Robot();
    clock = new MovableClock(Instant.now());
  }

  @AfterEach
  void stop() {
    robot.server.stop(0);
  }

  NotificationOutbox outbox(int maxAttempts) {
    WebhookChannel webhook = new WebhookChannel(robot.url(), Duration.ofSeconds(10));
    return new NotificationOutbox(deliveries, notifications, List.of(webhook), clock, transactions, maxAttempts,
        Backoff.DEFAULT);
  }

  /** Records the occasion in a business transaction of its own, as a delegate would. */
  boolean notify(NotificationService service, String key) {
    return new TransactionTemplate(transactions).execute(status ->
        service.notifyOnce(key, "region-ops", subject(key), "请在待办中处理。", "BK-" + run));
  }

  static String subject(String key) {
    return "测试提醒 " + key;
  }

  NotificationDelivery webhookRow(String key) {
    Long id = notifications.findIdByDedupKey(key);
    assertThat(id).as("the record of " + key + " committed").isNotNull();
    return deliveries.findByNotification(id).stream().filter(d -> d.channel().equals("WEBHOOK")).findFirst()
        .orElseThrow(() -> new AssertionError("no WEBHOOK row for " + key));
  }

  @Test
  void theRobotIsDownForAWhileAndThenBackEverythingArrivesOnce() {
    NotificationOutbox outbox = outbox(8);
    NotificationService service = new NotificationService(notifications, outbox);
    List<String> keys = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      keys.add("outbox-it:" + run + ":" + i);
    }
    robot.refuseNext.set(6);

    keys.forEach(key -> assertThat(notify(service, key)).isTrue());

    assertThat(robot.refused(run)).as("each was tried at once after its commit").isEqualTo(4);
    assertThat(robot.accepted(run)).isEmpty();
    keys.forEach(key -> assertThat(webhookRow(key)).satisfies(row -> {
      assertThat(row.status()).isEqualTo(DeliveryStatus.PENDING);
      assertThat(row.attempts()).isEqualTo(1);
      assertThat(row.lastError()).contains("503");
      assertThat(row.nextAttemptAt()).isEqualTo(clock.local().plusSeconds(30));
    }));
    assertThat(notify(service, keys.get(0))).as("a repeated occasion").isFalse();

    int polls = 0;
    while (keys.stream().anyMatch(key -> webhookRow(key).status() != DeliveryStatus.DELIVERED)) {
      assertThat(++polls).as("polls until everything is delivered").isLessThanOrEqualTo(10);
      clock.advance(Duration.ofMinutes(1));
      outbox.pollDue();
    }

    assertThat(robot.accepted(run)).as("every notification arrived exactly once")
        .containsOnlyKeys(keys.stream().map(NotificationOutboxIT::subject).toList())
        .allSatisfy((subject, times) -> assertThat(times).as(subject).hasValue(1));
    assertThat(robot.refused(run)).isEqualTo(6);
    assertThat(keys).allSatisfy(key -> assertThat(webhookRow(key).deliveredAt()).isNotNull());
    assertThat(webhookRow(keys.get(0)).attempts()).as("refused twice, then delivered").isEqualTo(3);

    clock.advance(Duration.ofDays(1));
    assertThat(outbox.pollDue()).as("nothing is sent twice").isZero();
    assertThat(robot.accepted(run).values()).allSatisfy(times -> assertThat(times).hasValue(1));
  }

  @Test
  void aGivenUpNotificationIsShownToTheAdminAndSentAgainOnRetry() {
    NotificationOutbox outbox = outbox(2);
    NotificationService service = new NotificationService(notifications, outbox);
    String key = "outbox-it:" + run + ":failed";
    robot.down = true;

    assertThat(notify(service, key)).as("the business transaction commits though the robot is down").isTrue();
    clock.advance(Duration.ofMinutes(1));
    outbox.pollDue();

    NotificationDelivery failed = webhookRow(key);
    assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(failed.attempts()).isEqualTo(2);
    long id = failed.notificationId();

    Http.Response list = http.get("admin", "/api/v1/admin/notifications/undelivered");
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    JsonNode shown = StreamSupport.stream(list.json().spliterator(), false)
        .filter(n -> n.get("notificationId").asLong() == id).findFirst()
        .orElseThrow(() -> new AssertionError("notification " + id + " not listed: " + list));
    assertThat(shown.get("dedupKey").asText()).isEqualTo(key);
    assertThat(shown.get("channel").asText()).isEqualTo("WEBHOOK");
    assertThat(shown.get("status").asText()).isEqualTo("FAILED");
    assertThat(shown.get("attempts").asInt()).isEqualTo(2);
    assertThat(shown.get("lastError").asText()).contains("503");

    Http.Response refused = http.get("ops.south", "/api/v1/admin/notifications/undelivered");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(http.get("admin", "/api/v1/admin/notifications/undelivered?limit=0").status()).isEqualTo(400);

    JsonNode health = http.get("admin", "/actuator/health").json().get("components").get("notifications");
    assertThat(health.get("status").asText()).as("undelivered notifications keep the app UP").isEqualTo("UP");
    assertThat(health.get("details").get("failed").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(health.get("details").get("undelivered").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(http.get(null, "/actuator/health").json().get("status").asText()).isEqualTo("UP");
    Matcher gauge = Pattern.compile("(?m)^regionops_notifications_undelivered\\{[^}]*} ([0-9.E]+)$")
        .matcher(http.get("admin", "/actuator/prometheus").raw());
    assertThat(gauge.find()).as("the gauge is exported").isTrue();
    assertThat(Double.parseDouble(gauge.group(1))).isGreaterThanOrEqualTo(1);

    String retry = "/api/v1/admin/notifications/" + id + "/retry";
    Http.Response notAdmin = http.post("ops.south", retry, null);
    assertThat(notAdmin.status()).isEqualTo(403);
    assertThat(notAdmin.contentType()).startsWith("application/problem+json");
    assertThat(webhookRow(key).status()).isEqualTo(DeliveryStatus.FAILED);

    Http.Response queued = http.post("admin", retry, null);
    assertThat(queued.status()).as(queued.toString()).isEqualTo(202);
    assertThat(queued.json()).singleElement().satisfies(d -> {
      assertThat(d.get("status").asText()).isEqualTo("PENDING");
      assertThat(d.get("attempts").asInt()).isZero();
    });
    assertThat(http.post("admin", retry, null).status()).as("nothing FAILED any more").isEqualTo(409);
    assertThat(http.post("admin", "/api/v1/admin/notifications/" + Long.MAX_VALUE + "/retry", null).status())
        .isEqualTo(404);

    robot.down = false;
    // Re-queued by the app's clock; this test's clock is moved well past it.
    clock.advance(Duration.ofHours(1));
    outbox.pollDue();

    assertThat(webhookRow(key).status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(robot.accepted(run)).containsOnlyKeys(subject(key));
    assertThat(robot.accepted(run).get(subject(key))).as("sent once after the retry").hasValue(1);
    assertThat(http.get("admin", "/api/v1/admin/notifications/undelivered").json())
        .noneMatch(n -> n.get("notificationId").asLong() == id);
  }

  /** A chat robot on loopback that refuses (503) the next N calls, or all while down; counts by subject. */
  static final class Robot {
    private static final ObjectMapper JSON = new ObjectMapper();

    final HttpServer server;
    final AtomicInteger refuseNext = new AtomicInteger();
    volatile boolean down;
    private final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> refused = new ConcurrentHashMap<>();

    Robot() throws IOException {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/robot", exchange -> {
        String content = JSON.readTree(exchange.getRequestBody().readAllBytes()).get("text").get("content").asText();
        String subject = content.lines().findFirst().orElse("").replace("【RegionOps】", "");
        boolean refuse = down || refuseNext.getAndDecrement() > 0;
        (refuse ? refused : accepted).computeIfAbsent(subject, s -> new AtomicInteger()).incrementAndGet();
        byte[] answer = (refuse ? "busy" : "{\"errcode\":0}").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(refuse ? 503 : 200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
      });
      server.start();
    }

    URI url() {
      return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/robot");
    }

    /** Accepted calls per subject, of this test run's notifications. */
    Map<String, AtomicInteger> accepted(String run) {
      Map<String, AtomicInteger> mine = new TreeMap<>();
      accepted.forEach((subject, times) -> {
        if (subject.contains(run)) {
          mine.put(subject, times);
        }
      });
      return mine;
    }

    int refused(String run) {
      return refused.entrySet().stream().filter(e -> e.getKey().contains(run)).mapToInt(e -> e.getValue().get()).sum();
    }
  }

  /** China time that the test moves; the outbox reads nothing else. */
  static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    LocalDateTime local() {
      return LocalDateTime.ofInstant(now, CHINA).withNano(0);
    }

    @Override
    public ZoneId getZone() {
      return CHINA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
