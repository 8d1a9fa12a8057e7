package com.regionops.notification;

/** Where a notification stands on one channel (ro_notification_delivery.status). */
public enum DeliveryStatus {
  /** Not delivered yet: due at next_attempt_at. */
  PENDING,
  DELIVERED,
  /** Out of attempts: stays until camunda-admin re-queues it. */
  FAILED
}
