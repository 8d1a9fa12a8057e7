package com.regionops.notification;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The outbox rows (ro_notification_delivery); every time is passed in from the application's clock. */
@Mapper
public interface NotificationDeliveryMapper {

  /** A PENDING row due at {@code now}; returns the rows inserted. */
  int insertPending(@Param("notificationId") long notificationId, @Param("channel") String channel,
      @Param("now") LocalDateTime now);

  NotificationDelivery findById(long id);

  List<NotificationDelivery> findByNotification(long notificationId);

  /** Ids of PENDING rows on these channels that are due and not under a live lease, oldest due first. */
  List<Long> findDue(@Param("channels") Collection<String> channels, @Param("now") LocalDateTime now,
      @Param("limit") int limit);

  /**
   * Takes the lease on a due PENDING row unless another node holds a live one: 1 when this caller
   * won it, 0 otherwise (delivered, not due, or claimed by someone else).
   */
  int claim(@Param("id") long id, @Param("now") LocalDateTime now, @Param("until") LocalDateTime until);

  /** Marks a claimed row delivered, only while the lease is still the one given (the claimant's). */
  int markDelivered(@Param("id") long id, @Param("lease") LocalDateTime lease, @Param("now") LocalDateTime now);

  /** Records a failed attempt of a claimed row and releases it: PENDING again at nextAttemptAt, or FAILED. */
  int markAttemptFailed(@Param("id") long id, @Param("lease") LocalDateTime lease,
      @Param("attempts") int attempts, @Param("status") DeliveryStatus status,
      @Param("nextAttemptAt") LocalDateTime nextAttemptAt, @Param("lastError") String lastError);

  /** FAILED rows of a notification back to PENDING with fresh attempts, due now; returns the rows re-queued. */
  int requeueFailed(@Param("notificationId") long notificationId, @Param("now") LocalDateTime now);

  /** FAILED rows, and PENDING rows created at or before {@code overdueSince}; newest first. */
  List<UndeliveredNotification> findUndelivered(@Param("overdueSince") LocalDateTime overdueSince,
      @Param("limit") int limit);

  DeliveryBacklog countBacklog(@Param("overdueSince") LocalDateTime overdueSince);
}
