package com.regionops.notification;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.AutomapConstructor;

/**
 * One message to a user or group. dedupKey names the occasion (for example
 * {@code followup-overdue:42:2026-12-08}); the same occasion is recorded once, however often
 * a job runs.
 * regionCode: the region whose matter it is, for a recipient group (region-ops, a function) that every region has;
 * e-mail goes to that group's members in that region only.
 */
public record Notification(
    Long id,
    String dedupKey,
    String recipient,
    String channel,
    String subject,
    String body,
    String businessKey,
    LocalDateTime sentAt,
    String regionCode) {

  /** MyBatis builds rows with this one (the record has two constructors). */
  @AutomapConstructor
  public Notification {
  }

  /** A notification of no one region (to a person, to group-ops, or from before notifications named one). */
  public Notification(Long id, String dedupKey, String recipient, String channel, String subject, String body,
      String businessKey, LocalDateTime sentAt) {
    this(id, dedupKey, recipient, channel, subject, body, businessKey, sentAt, null);
  }
}
