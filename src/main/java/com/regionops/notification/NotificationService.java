package com.regionops.notification;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records what is sent to whom, once per occasion, and queues each new record for the configured
 * channels (e-mail, webhook; both off by default) in the same transaction: a job that fails after
 * notifying is rolled back together with the record and its queue rows, so its retry sends again
 * only what was never committed; a repeat of a committed occasion sends nothing. Once the
 * transaction commits the queue rows are tried at once; what fails is retried by
 * {@link NotificationOutbox} until delivered or given up.
 */
@Service
public class NotificationService {

  public static final String CHANNEL_INBOX = "INBOX";
  private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

  private final NotificationMapper notifications;
  private final NotificationOutbox outbox;

  @Autowired
  public NotificationService(NotificationMapper notifications, NotificationOutbox outbox) {
    this.notifications = notifications;
    this.outbox = outbox;
  }

  /**
   * Records without delivering: for process tests, which have no channel (and no outbox table
   * behind a mock). A channel needs the outbox constructor.
   */
  public NotificationService(NotificationMapper notifications, List<NotificationChannel> channels) {
    this(notifications, NotificationOutbox.recordOnly());
    if (!channels.isEmpty()) {
      throw new IllegalArgumentException("Channels deliver through a NotificationOutbox");
    }
  }

  /**
   * Returns true when this occasion was new; a repeat (a job run twice, a second node) is a no-op. Sent from a
   * step of a region's process, it is that region's matter (the instance's tenant): a recipient group every region
   * has reaches that region's members only.
   */
  public boolean notifyOnce(String dedupKey, String recipient, String subject, String body, String businessKey) {
    return notifyOnce(dedupKey, recipient, subject, body, businessKey, regionOfCurrentStep());
  }

  /** The tenant of the process instance whose step is running, when it is a region's; otherwise null. */
  static String regionOfCurrentStep() {
    org.camunda.bpm.engine.impl.context.BpmnExecutionContext context =
        org.camunda.bpm.engine.impl.context.Context.getBpmnExecutionContext();
    String tenant = context == null || context.getExecution() == null ? null : context.getExecution().getTenantId();
    return tenant == null || com.regionops.platform.engine.ProjectTenantIdProvider.PLATFORM.equals(tenant) ? null
        : tenant;
  }

  /**
   * As {@link #notifyOnce(String, String, String, String, String)} for one region's matter: a recipient group
   * every region has (region-ops, the president, a function) is that region's members only.
   */
  public boolean notifyOnce(String dedupKey, String recipient, String subject, String body, String businessKey,
      String regionCode) {
    Notification notification = new Notification(null, dedupKey, recipient, CHANNEL_INBOX, subject, body,
        businessKey, null, regionCode);
    boolean sent;
    try {
      sent = notifications.insertOnce(notification) == 1;
    } catch (DuplicateKeyException concurrentTwin) {
      return false; // another node recorded the same occasion a moment earlier
    }
    if (sent) {
      LOG.info("Notified {}: {} ({})", recipient, subject, dedupKey);
      if (outbox.hasChannels()) {
        long id = notifications.findIdByDedupKey(dedupKey);
        outbox.enqueue(id);
        afterCommit(() -> outbox.deliverNow(id));
      }
    }
    return sent;
  }

  public List<Notification> forBusinessKey(String businessKey) {
    return notifications.findByBusinessKey(businessKey);
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
