package com.regionops.notification;

import java.time.LocalDateTime;

/** What camunda-admin sees of a delivery that has not gone out: the notification and how its sending went. */
public record UndeliveredNotification(
    Long deliveryId,
    Long notificationId,
    String dedupKey,
    String recipient,
    String subject,
    String businessKey,
    String channel,
    DeliveryStatus status,
    int attempts,
    LocalDateTime nextAttemptAt,
    String lastError,
    LocalDateTime createdAt) {
}
