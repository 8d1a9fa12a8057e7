package com.regionops.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery of recorded notifications, at least once and never by two nodes at the same time.
 * {@link NotificationService} writes a PENDING row per enabled channel with the notification and
 * asks for an attempt right after the commit; what fails is retried by {@link #pollDue()} with
 * {@link Backoff}, and given up (FAILED, shown to camunda-admin) after {@code max-attempts}.
 *
 * <p>A row is sent only by whoever set its lease (claimed_until) by an UPDATE that succeeds only on
 * an unclaimed or expired row, so the nodes of a cluster share one outbox without sending twice.
 * "Once" has one gap no outbox closes: a node that dies after the channel took a message but before
 * it marked the row leaves it to be sent again when the lease runs out.
 *
 * <p>Each claim and each outcome is its own short transaction, and the channel is called between
 * them with no transaction open: a slow or broken channel neither holds a database connection nor
 * rolls back the business transaction, which has committed before delivery starts.
 */
@Component
public class NotificationOutbox {

  /** A pending row older than this is shown as undelivered (about five failed attempts by then). */
  public static final Duration OVERDUE_AFTER = Duration.ofMinutes(10);
  /** Far longer than a send may take (the webhook's timeout is 5 s), so a live sender keeps its row. */
  static final Duration LEASE = Duration.ofMinutes(5);
  static final int BATCH = 100;
  private static final int MAX_ERROR = 500;
  private static final Logger LOG = LoggerFactory.getLogger(NotificationOutbox.class);

  private final NotificationDeliveryMapper deliveries;
  private final NotificationMapper notifications;
  private final Map<String, NotificationChannel> channels = new LinkedHashMap<>();
  private final Clock clock;
  private final TransactionTemplate newTransaction;
  private final int maxAttempts;
  private final Backoff backoff;

  @Autowired
  NotificationOutbox(NotificationDeliveryMapper deliveries, NotificationMapper notifications,
      List<NotificationChannel> channels, Clock clock, PlatformTransactionManager transactions,
      @Value("${regionops.notify.retry.max-attempts:8}") int maxAttempts) {
    this(deliveries, notifications, channels, clock, transactions, maxAttempts, Backoff.DEFAULT);
  }

  NotificationOutbox(NotificationDeliveryMapper deliveries, NotificationMapper notifications,
      List<NotificationChannel> channels, Clock clock, PlatformTransactionManager transactions, int maxAttempts,
      Backoff backoff) {
    if (maxAttempts < 1) {
      throw new IllegalStateException("regionops.notify.retry.max-attempts (REGIONOPS_NOTIFY_MAX_ATTEMPTS) must be "
          + "at least 1, not " + maxAttempts);
    }
    this.deliveries = deliveries;
    this.notifications = notifications;
    channels.forEach(channel -> this.channels.put(channel.name(), channel));
    this.clock = clock;
    this.newTransaction = transactions == null ? null : new TransactionTemplate(transactions);
    if (newTransaction != null) {
      // Also when called from afterCommit, where the finished transaction's connection is still bound
      // and anything that joined it would never be committed.
      newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }
    this.maxAttempts = maxAttempts;
    this.backoff = backoff;
  }

  /** No channel, no rows: the process tests' recording-only service. */
  static NotificationOutbox recordOnly() {
    return new NotificationOutbox(null, null, List.of(), Clock.systemUTC(), null, 1, Backoff.DEFAULT);
  }

  /** The channels this node sends on (MAIL, WEBHOOK). */
  public List<String> channelNames() {
    return List.copyOf(channels.keySet());
  }

  public boolean hasChannels() {
    return !channels.isEmpty();
  }

  /** In the caller's (business) transaction: one PENDING row per enabled channel, due at once. */
  void enqueue(long notificationId) {
    LocalDateTime now = now();
    channels.keySet().forEach(channel -> deliveries.insertPending(notificationId, channel, now));
  }

  /**
   * Tries the notification's pending rows now (after the commit that wrote them). Never throws: a
   * failure here, even of the database, leaves the rows to the poller.
   */
  void deliverNow(long notificationId) {
    try {
      for (NotificationDelivery delivery : inNewTransaction(() -> deliveries.findByNotification(notificationId))) {
        if (delivery.status() == DeliveryStatus.PENDING && channels.containsKey(delivery.channel())) {
          attempt(delivery.id());
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("Notification {} not delivered at once, the poller retries it: {}", notificationId, e.toString());
    }
  }

  /**
   * Sends what is due on the channels this node has. Rows of a channel switched off here stay
   * PENDING (and show as undelivered) until a node with that channel takes them.
   *
   * @return how many rows this call sent successfully
   */
  @Scheduled(fixedDelayString = "${regionops.notify.retry.interval:PT15S}",
      initialDelayString = "${regionops.notify.retry.interval:PT15S}")
  public int pollDue() {
    if (channels.isEmpty()) {
      return 0;
    }
    int delivered = 0;
    try {
      List<Long> due;
      do {
        LocalDateTime now = now();
        due = inNewTransaction(() -> deliveries.findDue(channels.keySet(), now, BATCH));
        for (Long id : due) {
          if (attempt(id)) {
            delivered++;
          }
        }
        // Each row of a batch leaves it (delivered, retried later, or claimed by another node), so this ends.
      } while (due.size() == BATCH);
    } catch (RuntimeException e) {
      LOG.warn("Notification poll stopped, next run retries: {}", e.toString());
    }
    return delivered;
  }

  /** Claims, sends and records one row; true when it went out. */
  boolean attempt(long deliveryId) {
    LocalDateTime now = now();
    LocalDateTime lease = now.plus(LEASE);
    if (inNewTransaction(() -> deliveries.claim(deliveryId, now, lease)) != 1) {
      return false; // another node has it, or it is no longer due
    }
    NotificationDelivery delivery = inNewTransaction(() -> deliveries.findById(deliveryId));
    Notification notification = inNewTransaction(() -> notifications.findById(delivery.notificationId()));
    NotificationChannel channel = channels.get(delivery.channel());
    try {
      if (channel == null) {
        throw new IllegalStateException(delivery.channel() + " is not enabled on this node");
      }
      channel.deliver(notification);
    } catch (RuntimeException e) {
      failed(delivery, notification, lease, e);
      return false;
    }
    if (inNewTransaction(() -> deliveries.markDelivered(deliveryId, lease, now())) != 1) {
      LOG.warn("{} delivered {} after its lease ran out; another node may send it again", delivery.channel(),
          notification.dedupKey());
    }
    return true;
  }

  private void failed(NotificationDelivery delivery, Notification notification, LocalDateTime lease,
      RuntimeException e) {
    int attempts = delivery.attempts() + 1;
    boolean givenUp = attempts >= maxAttempts;
    LocalDateTime next = givenUp ? now() : now().plus(backoff.after(attempts));
    DeliveryStatus status = givenUp ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
    inNewTransaction(() -> deliveries.markAttemptFailed(delivery.id(), lease, attempts, status, next,
        truncate(String.valueOf(e.getMessage()))));
    if (givenUp) {
      LOG.error("{} could not deliver {} to {} after {} attempts, given up (camunda-admin can retry it): {}",
          delivery.channel(), notification.dedupKey(), notification.recipient(), attempts, e.getMessage());
    } else {
      LOG.warn("{} could not deliver {} to {} (attempt {} of {}), next at {}: {}", delivery.channel(),
          notification.dedupKey(), notification.recipient(), attempts, maxAttempts, next, e.getMessage());
    }
  }

  /** FAILED and long-pending rows, newest first. */
  public List<UndeliveredNotification> undelivered(int limit) {
    return deliveries.findUndelivered(now().minus(OVERDUE_AFTER), limit);
  }

  public DeliveryBacklog backlog() {
    return deliveries.countBacklog(now().minus(OVERDUE_AFTER));
  }

  /** Puts a notification's FAILED rows back in the queue with a fresh set of attempts; returns how many. */
  public int requeue(long notificationId) {
    int requeued = deliveries.requeueFailed(notificationId, now());
    if (requeued > 0) {
      LOG.info("Notification {}: {} failed deliveries re-queued", notificationId, requeued);
    }
    return requeued;
  }

  public List<NotificationDelivery> deliveriesOf(long notificationId) {
    return deliveries.findByNotification(notificationId);
  }

  private LocalDateTime now() {
    // Whole seconds, as stored: the lease is compared for equality when a row is marked.
    return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
  }

  private <T> T inNewTransaction(Supplier<T> work) {
    return newTransaction == null ? work.get() : newTransaction.execute(status -> work.get());
  }

  /** VARCHAR(500) counts characters; never cut a surrogate pair in half. */
  static String truncate(String message) {
    if (message.length() <= MAX_ERROR) {
      return message;
    }
    int end = Character.isHighSurrogate(message.charAt(MAX_ERROR - 1)) ? MAX_ERROR - 1 : MAX_ERROR;
    return message.substring(0, end);
  }
}
