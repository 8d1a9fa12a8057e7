package com.regionops.notification;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The outbox as a health detail ({@code notifications}). It stays UP even with FAILED rows: the app
 * records notifications and runs every process without the channels, and a node taken out of the
 * load balancer would not bring a mail server back. A custom status would not help either: Spring
 * ranks an unknown status above UP, so the public {@code /actuator/health} would stop saying UP.
 * Alert on {@code regionops_notifications_undelivered} instead.
 */
public class NotificationsHealthIndicator implements HealthIndicator {

  private final NotificationOutbox outbox;

  public NotificationsHealthIndicator(NotificationOutbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public Health health() {
    DeliveryBacklog backlog = outbox.backlog();
    return Health.up()
        .withDetail("channels", outbox.channelNames())
        .withDetail("undelivered", backlog.undelivered())
        .withDetail("failed", backlog.failed())
        .withDetail("pending", backlog.pending())
        .withDetail("pendingOverdue", backlog.pendingOverdue())
        .build();
  }
}
