package com.regionops.notification;

/** A way out of the building for a notification recorded in ro_notification (e-mail, a chat robot). */
public interface NotificationChannel {

  String name();

  /** Delivers one recorded notification; throws when the channel refused it. */
  void deliver(Notification notification);
}
