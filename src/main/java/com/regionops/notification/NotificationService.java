package com.regionops.notification;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records what is sent to whom, once per occasion, and hands each new record to the configured
 * channels (e-mail, webhook; both off by default) once the transaction that recorded it commits.
 * A job that fails after notifying is rolled back together with the record, so its retry sends
 * again only what was never committed; a repeat of a committed occasion sends nothing.
 */
@Service
public class NotificationService {

  public static final String CHANNEL_INBOX = "INBOX";
  private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

  private final NotificationMapper notifications;
  private final List<NotificationChannel> channels;

  public NotificationService(NotificationMapper notifications, List<NotificationChannel> channels) {
    this.notifications = notifications;
    this.channels = List.copyOf(channels);
  }

  /** Returns true when this occasion was new; a repeat (a job run twice, a second node) is a no-op. */
  public boolean notifyOnce(String dedupKey, String recipient, String subject, String body, String businessKey) {
    Notification notification = new Notification(null, dedupKey, recipient, CHANNEL_INBOX, subject, body,
        businessKey, null);
    boolean sent;
    try {
      sent = notifications.insertOnce(notification) == 1;
    } catch (DuplicateKeyException concurrentTwin) {
      return false; // another node recorded the same occasion a moment earlier
    }
    if (sent) {
      LOG.info("Notified {}: {} ({})", recipient, subject, dedupKey);
      afterCommit(() -> deliver(notification));
    }
    return sent;
  }

  public List<Notification> forBusinessKey(String businessKey) {
    return notifications.findByBusinessKey(businessKey);
  }

  /** A channel that fails is logged and does not stop the others: the record in ro_notification stays. */
  private void deliver(Notification notification) {
    for (NotificationChannel channel : channels) {
      try {
        channel.deliver(notification);
      } catch (RuntimeException e) {
        LOG.warn("{} could not deliver {} to {}: {}", channel.name(), notification.dedupKey(),
            notification.recipient(), e.getMessage());
      }
    }
  }

  private static void afterCommit(Runnable work) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      work.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        work.run();
      }
    });
  }
}
