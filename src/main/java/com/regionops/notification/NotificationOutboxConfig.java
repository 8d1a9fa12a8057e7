package com.regionops.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The outbox's poller ({@link NotificationOutbox#pollDue()}, every regionops.notify.retry.interval),
 * and what operations see of it: health component {@code notifications} and a gauge.
 */
@Configuration
@EnableScheduling
class NotificationOutboxConfig {

  @Bean
  NotificationsHealthIndicator notificationsHealthIndicator(NotificationOutbox outbox) {
    return new NotificationsHealthIndicator(outbox);
  }

  /** Read from the database when scraped, like the engine's gauges: it counts every node's rows. */
  @Bean
  MeterBinder notificationMetrics(NotificationOutbox outbox) {
    return registry -> Gauge.builder("regionops.notifications.undelivered", outbox, o -> o.backlog().undelivered())
        .description("Notification deliveries given up (FAILED) or pending for more than 10 minutes")
        .register(registry);
  }
}
