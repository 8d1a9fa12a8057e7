package com.regionops.notification;

import java.time.LocalDateTime;

/** One notification on one channel, in the outbox (ro_notification_delivery). */
public record NotificationDelivery(
    Long id,
    Long notificationId,
    String channel,
    DeliveryStatus status,
    int attempts,
    LocalDateTime nextAttemptAt,
    LocalDateTime claimedUntil,
    String lastError,
    LocalDateTime createdAt,
    LocalDateTime deliveredAt) {
}
