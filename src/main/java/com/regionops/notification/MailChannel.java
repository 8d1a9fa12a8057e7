package com.regionops.notification;

import com.regionops.platform.security.SystemCalls;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * E-mail to the recipient user, or to every member of the recipient group, at the addresses in
 * Camunda's identity; one message addressed to them all, like a department mail.
 */
public class MailChannel implements NotificationChannel {

  private static final Logger LOG = LoggerFactory.getLogger(MailChannel.class);

  private final JavaMailSender sender;
  private final IdentityService identity;
  private final SystemCalls system;
  private final String from;

  public MailChannel(JavaMailSender sender, IdentityService identity, SystemCalls system, String from) {
    this.sender = sender;
    this.identity = identity;
    this.system = system;
    this.from = from;
  }

  @Override
  public String name() {
    return "MAIL";
  }

  @Override
  public void deliver(Notification notification) {
    Set<String> addresses = addressesOf(notification.recipient(), notification.regionCode());
    if (addresses.isEmpty()) {
      LOG.warn("No e-mail address for {}; {} not mailed", notification.recipient(), notification.dedupKey());
      return;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(addresses.toArray(String[]::new));
    message.setSubject("【RegionOps】" + notification.subject());
    message.setText(notification.body() == null ? notification.subject() : notification.body());
    sender.send(message);
  }

  /** The user's address, or the group members' (the recipient is either, by id): of the region when one is named. */
  Set<String> addressesOf(String recipient, String regionCode) {
    return system.asSystem(() -> {
      Set<String> addresses = new LinkedHashSet<>();
      User user = identity.createUserQuery().userId(recipient).singleResult();
      if (user != null) {
        addIfPresent(addresses, user);
      } else {
        org.camunda.bpm.engine.identity.UserQuery members = identity.createUserQuery().memberOfGroup(recipient);
        if (regionCode != null) {
          members = members.memberOfTenant(regionCode);
        }
        members.orderByUserId().asc().list().forEach(member -> addIfPresent(addresses, member));
      }
      return addresses;
    });
  }

  private static void addIfPresent(Set<String> addresses, User user) {
    if (user.getEmail() != null && !user.getEmail().isBlank()) {
      addresses.add(user.getEmail());
    }
  }
}
