package com.regionops.notification;

import java.time.LocalDateTime;

/**
 * One message to a user or group. dedupKey names the occasion (for example
 * {@code followup-overdue:42:2026-12-08}); the same occasion is recorded once, however often
 * a job runs.
 */
public record Notification(
    Long id,
    String dedupKey,
    String recipient,
    String channel,
    String subject,
    String body,
    String businessKey,
    LocalDateTime sentAt) {
}
