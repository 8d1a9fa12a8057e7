package com.regionops.notification;

/**
 * The outbox's undelivered rows: FAILED (out of attempts), PENDING, and of those the ones pending
 * for longer than {@link NotificationOutbox#OVERDUE_AFTER}.
 */
public record DeliveryBacklog(long failed, long pending, long pendingOverdue) {

  /** What a person should look at: given up, or still not out after a good while. */
  public long undelivered() {
    return failed + pendingOverdue;
  }
}
