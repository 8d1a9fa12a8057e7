package com.regionops.notification;

import com.regionops.platform.security.ApiUser;
import com.regionops.platform.web.ApiException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Notifications that did not go out, for camunda-admin: what failed, and sending it again. */
@RestController
@RequestMapping("/api/v1/admin/notifications")
class NotificationAdminController {

  private final NotificationOutbox outbox;
  private final NotificationMapper notifications;

  NotificationAdminController(NotificationOutbox outbox, NotificationMapper notifications) {
    this.outbox = outbox;
    this.notifications = notifications;
  }

  /** Given up (FAILED), and still pending after {@link NotificationOutbox#OVERDUE_AFTER}; newest first. */
  @GetMapping("/undelivered")
  List<UndeliveredNotification> undelivered(ApiUser user, @RequestParam(required = false) Integer limit) {
    requireAdmin(user, "仅流程管理员可查看未送达的通知");
    int rows = limit == null ? 200 : limit;
    if (rows < 1 || rows > 1000) {
      throw ApiException.badInput("limit", "取值 1 到 1000");
    }
    return outbox.undelivered(rows);
  }

  /**
   * Puts the notification's FAILED deliveries back in the queue with a fresh set of attempts; the
   * poller sends them within its interval (202: queued, not yet sent).
   */
  @PostMapping("/{id}/retry")
  @ResponseStatus(HttpStatus.ACCEPTED)
  List<NotificationDelivery> retry(ApiUser user, @PathVariable long id) {
    requireAdmin(user, "仅流程管理员可重新投递通知");
    if (notifications.findById(id) == null) {
      throw ApiException.notFound("通知不存在：" + id);
    }
    if (outbox.requeue(id) == 0) {
      throw ApiException.conflict("status", "该通知没有投递失败的渠道，无需重新投递");
    }
    return outbox.deliveriesOf(id);
  }

  private static void requireAdmin(ApiUser user, String message) {
    if (!user.isAdmin()) {
      throw ApiException.forbidden(message);
    }
  }
}
