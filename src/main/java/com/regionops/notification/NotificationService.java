package com.regionops.notification;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Records what is sent to whom, once per occasion. Delivery channels beyond the in-app
 * record (mail, WeCom) plug in here later; callers only name the occasion.
 */
@Service
public class NotificationService {

  public static final String CHANNEL_INBOX = "INBOX";
  private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

  private final NotificationMapper notifications;

  public NotificationService(NotificationMapper notifications) {
    this.notifications = notifications;
  }

  /** Returns true when this occasion was new; a repeat (a job run twice, a second node) is a no-op. */
  public boolean notifyOnce(String dedupKey, String recipient, String subject, String body, String businessKey) {
    Notification notification = new Notification(null, dedupKey, recipient, CHANNEL_INBOX, subject, body,
        businessKey, null);
    try {
      boolean sent = notifications.insertOnce(notification) == 1;
      if (sent) {
        LOG.info("Notified {}: {} ({})", recipient, subject, dedupKey);
      }
      return sent;
    } catch (DuplicateKeyException concurrentTwin) {
      return false; // another node recorded the same occasion a moment earlier
    }
  }

  public List<Notification> forBusinessKey(String businessKey) {
    return notifications.findByBusinessKey(businessKey);
  }
}
