package com.regionops.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.regionops.support.Fixtures;
import com.regionops.support.TestDatabase;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The outbox rows on H2 and MariaDB: due rows, the exclusive lease, outcomes, re-queue and the backlog. */
class NotificationDeliveryMapperTest {

  /** Far from the wall clock and from other tests' rows, so "due" and "overdue" here concern these rows only. */
  static final LocalDateTime T0 = LocalDateTime.of(2071, 3, 1, 9, 0, 0);

  record Fixture(NotificationMapper notifications, NotificationDeliveryMapper deliveries, long notificationId) {
  }

  static Fixture fixture(SqlSession session) {
    NotificationMapper notifications = session.getMapper(NotificationMapper.class);
    String key = Fixtures.code("outbox:");
    notifications.insertOnce(new Notification(null, key, "region-ops", NotificationService.CHANNEL_INBOX,
        "决议逾期" + Fixtures.FOUR_BYTE_TEXT, "请督促落实", Fixtures.code("BK"), null));
    long id = notifications.findIdByDedupKey(key);
    assertThat(notifications.findById(id).dedupKey()).isEqualTo(key);
    return new Fixture(notifications, session.getMapper(NotificationDeliveryMapper.class), id);
  }

  static NotificationDelivery row(Fixture f, String channel) {
    return f.deliveries().findByNotification(f.notificationId()).stream()
        .filter(d -> d.channel().equals(channel)).findFirst().orElseThrow();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aClaimIsExclusiveUntilItsLeaseRunsOut(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      Fixture f = fixture(session);
      NotificationDeliveryMapper mapper = f.deliveries();
      assertThat(mapper.insertPending(f.notificationId(), "WEBHOOK", T0)).isEqualTo(1);
      long id = row(f, "WEBHOOK").id();
      assertThat(mapper.findDue(List.of("WEBHOOK"), T0, 100)).contains(id);
      assertThat(mapper.findDue(List.of("MAIL"), T0, 100)).doesNotContain(id);

      LocalDateTime lease = T0.plusMinutes(5);
      assertThat(mapper.claim(id, T0, lease)).as("the first node wins").isEqualTo(1);
      assertThat(mapper.claim(id, T0.plusMinutes(1), T0.plusMinutes(6))).as("a second node within the lease")
          .isZero();
      assertThat(mapper.findDue(List.of("WEBHOOK"), T0.plusMinutes(1), 100)).doesNotContain(id);

      LocalDateTime takenOver = T0.plusMinutes(10);
      assertThat(mapper.claim(id, lease, takenOver)).as("the lease of a node that died runs out").isEqualTo(1);
      assertThat(mapper.markDelivered(id, lease, lease)).as("the first node's lease is gone").isZero();
      assertThat(mapper.markDelivered(id, takenOver, lease.plusSeconds(3))).isEqualTo(1);

      NotificationDelivery delivered = mapper.findById(id);
      assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
      assertThat(delivered.attempts()).isEqualTo(1);
      assertThat(delivered.deliveredAt()).isEqualTo(lease.plusSeconds(3));
      assertThat(delivered.claimedUntil()).isNull();
      assertThat(mapper.claim(id, T0.plusDays(1), T0.plusDays(2))).as("delivered is never sent again").isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aFailedAttemptWaitsUntilItsNextTimeAndAGivenUpRowIsReQueuedByHand(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      Fixture f = fixture(session);
      NotificationDeliveryMapper mapper = f.deliveries();
      mapper.insertPending(f.notificationId(), "MAIL", T0);
      mapper.insertPending(f.notificationId(), "WEBHOOK", T0);
      long mail = row(f, "MAIL").id();
      long webhook = row(f, "WEBHOOK").id();

      LocalDateTime lease = T0.plusMinutes(5);
      assertThat(mapper.claim(webhook, T0, lease)).isEqualTo(1);
      String error = "Webhook answered 503: " + "忙".repeat(480);
      assertThat(mapper.markAttemptFailed(webhook, lease, 1, DeliveryStatus.PENDING, T0.plusSeconds(30),
          NotificationOutbox.truncate(error))).isEqualTo(1);
      NotificationDelivery retried = mapper.findById(webhook);
      assertThat(retried.attempts()).isEqualTo(1);
      assertThat(retried.lastError()).hasSize(500).startsWith("Webhook answered 503");
      assertThat(retried.claimedUntil()).isNull();
      assertThat(mapper.claim(webhook, T0.plusSeconds(29), T0.plusMinutes(6))).as("not due yet").isZero();
      assertThat(mapper.findDue(List.of("WEBHOOK"), T0.plusSeconds(30), 100)).contains(webhook);

      LocalDateTime lease2 = T0.plusSeconds(30).plusMinutes(5);
      assertThat(mapper.claim(webhook, T0.plusSeconds(30), lease2)).isEqualTo(1);
      assertThat(mapper.markAttemptFailed(webhook, lease2, 2, DeliveryStatus.FAILED, T0.plusSeconds(30), "503"))
          .isEqualTo(1);
      assertThat(mapper.claim(webhook, T0.plusDays(1), T0.plusDays(2))).as("given up").isZero();

      LocalDateTime later = T0.plusMinutes(20);
      DeliveryBacklog backlog = mapper.countBacklog(later.minus(NotificationOutbox.OVERDUE_AFTER));
      assertThat(backlog.failed()).isGreaterThanOrEqualTo(1);
      assertThat(backlog.pendingOverdue()).as("the mail row, pending since T0").isGreaterThanOrEqualTo(1);
      List<UndeliveredNotification> undelivered = mapper.findUndelivered(later.minus(NotificationOutbox.OVERDUE_AFTER),
          1000);
      assertThat(undelivered).filteredOn(u -> u.notificationId() == f.notificationId())
          .extracting(UndeliveredNotification::channel, UndeliveredNotification::status,
              UndeliveredNotification::attempts)
          .containsExactlyInAnyOrder(
              tuple("MAIL", DeliveryStatus.PENDING, 0),
              tuple("WEBHOOK", DeliveryStatus.FAILED, 2));
      assertThat(undelivered).filteredOn(u -> u.deliveryId() == webhook).singleElement().satisfies(u -> {
        assertThat(u.subject()).isEqualTo("决议逾期" + Fixtures.FOUR_BYTE_TEXT);
        assertThat(u.recipient()).isEqualTo("region-ops");
        assertThat(u.lastError()).isEqualTo("503");
      });
      assertThat(mapper.findUndelivered(T0.minusMinutes(1), 1000)).as("the mail row is not overdue yet at T0")
          .noneMatch(u -> u.deliveryId() == mail);

      assertThat(mapper.requeueFailed(f.notificationId(), later)).as("only the FAILED row").isEqualTo(1);
      NotificationDelivery requeued = mapper.findById(webhook);
      assertThat(requeued.status()).isEqualTo(DeliveryStatus.PENDING);
      assertThat(requeued.attempts()).isZero();
      assertThat(requeued.nextAttemptAt()).isEqualTo(later);
      assertThat(mapper.requeueFailed(f.notificationId(), later)).isZero();
      assertThat(mapper.findById(mail).status()).isEqualTo(DeliveryStatus.PENDING);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aNotificationHasOneRowPerChannel(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      Fixture f = fixture(session);
      f.deliveries().insertPending(f.notificationId(), "MAIL", T0);
      assertThatThrownBy(() -> f.deliveries().insertPending(f.notificationId(), "MAIL", T0.plusMinutes(1)))
          .isInstanceOf(PersistenceException.class)
          .satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains("uk_notification_delivery"));
    }
  }
}
