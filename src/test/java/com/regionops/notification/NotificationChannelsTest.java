package com.regionops.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.regionops.platform.security.SystemCalls;
import com.regionops.support.PlainEngine;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** E-mail and webhook delivery, on loopback, and when the service hands records to the outbox. */
class NotificationChannelsTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  ProcessEngine engine;

  static final Notification REMINDER = new Notification(null, "adjustment-sla:7:1", "region-ops",
      NotificationService.CHANNEL_INBOX, "计划调整审批已超时：GZ01 竣工验收", "请尽快在待办中处理。", "GZ01:L109:ADJ-1", null);

  @AfterEach
  void cleanUp() {
    IdentityService identity = engine.getIdentityService();
    identity.createUserQuery().list().forEach(u -> identity.deleteUser(u.getId()));
    identity.createGroupQuery().list().forEach(g -> identity.deleteGroup(g.getId()));
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.clearSynchronization();
    }
  }

  void user(String id, String email, String group) {
    IdentityService identity = engine.getIdentityService();
    User user = identity.newUser(id);
    user.setEmail(email);
    identity.saveUser(user);
    if (identity.createGroupQuery().groupId(group).count() == 0) {
      Group g = identity.newGroup(group);
      identity.saveGroup(g);
    }
    identity.createMembership(id, group);
  }

  MailChannel mail() {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(smtp.getSmtp().getPort());
    sender.setDefaultEncoding("UTF-8");
    return new MailChannel(sender, engine.getIdentityService(), new SystemCalls(engine.getIdentityService()),
        "regionops@regionops.local");
  }

  @Test
  void mailGoesToEveryMemberOfTheGroupWithAnAddress() throws Exception {
    user("ops.south", "ops.south@example.com", "region-ops");
    user("ops.south2", "ops.south2@example.com", "region-ops");
    user("ops.noaddress", null, "region-ops");

    mail().deliver(REMINDER);

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(2); // one message, one copy per recipient
    assertThat(received[0].getSubject()).isEqualTo("【RegionOps】计划调整审批已超时：GZ01 竣工验收");
    assertThat(received[0].getContent().toString()).contains("请尽快在待办中处理。");
    assertThat(received[0].getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
        .containsExactly("ops.south@example.com", "ops.south2@example.com");
  }

  @Test
  void mailToAUserGoesToThatUserOnly() {
    user("president.south", "president@example.com", "region-president");
    Notification toUser = new Notification(null, "k", "president.south", "INBOX", "纪要待审批", null, "BK", null);

    mail().deliver(toUser);

    assertThat(smtp.getReceivedMessagesForDomain("example.com")).hasSize(1);
    assertThat(mail().addressesOf("president.south", null)).containsExactly("president@example.com");
    assertThat(mail().addressesOf("nobody", null)).isEmpty();
  }

  /** One region's matter to region-ops reaches that region's region-ops, not every region's. */
  @Test
  void mailToAGroupForOneRegionReachesThatRegionsMembersOnly() throws Exception {
    user("ops.south", "ops.south@example.com", "region-ops");
    user("ops.east", "ops.east@example.com", "region-ops");
    IdentityService identity = engine.getIdentityService();
    for (String[] membership : new String[][] {{"SOUTH", "ops.south"}, {"EAST", "ops.east"}}) {
      if (identity.createTenantQuery().tenantId(membership[0]).count() == 0) {
        identity.saveTenant(identity.newTenant(membership[0]));
      }
      identity.createTenantUserMembership(membership[0], membership[1]);
    }
    try {
      mail().deliver(new Notification(null, "supervision:1", "region-ops", "INBOX", "督办红色：报送数据", null, "BK", null,
          "SOUTH"));

      assertThat(smtp.getReceivedMessages()).singleElement().satisfies(m -> assertThat(
          m.getRecipients(Message.RecipientType.TO)).extracting(Object::toString).containsExactly("ops.south@example.com"));
      assertThat(mail().addressesOf("region-ops", null)).as("no region: every member, as before")
          .containsExactly("ops.east@example.com", "ops.south@example.com");
    } finally {
      identity.deleteTenant("SOUTH");
      identity.deleteTenant("EAST");
    }
  }

  @Test
  void webhookPostsOneChatMessageNamingTheRecipient() throws IOException {
    List<String> bodies = new ArrayList<>();
    HttpServer robot = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    robot.createContext("/robot", exchange -> {
      bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      int status = exchange.getRequestURI().getQuery() == null ? 200 : 500;
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    robot.start();
    try {
      String base = "http://127.0.0.1:" + robot.getAddress().getPort() + "/robot";
      new WebhookChannel(URI.create(base), Duration.ofSeconds(5)).deliver(REMINDER);

      JsonNode message = new ObjectMapper().readTree(bodies.get(0));
      assertThat(message.get("msgtype").asText()).isEqualTo("text");
      assertThat(message.get("text").get("content").asText())
          .contains("计划调整审批已超时：GZ01 竣工验收").contains("接收人：region-ops");

      assertThatThrownBy(() -> new WebhookChannel(URI.create(base + "?fail"), Duration.ofSeconds(5)).deliver(REMINDER))
          .hasMessageContaining("500");
    } finally {
      robot.stop(0);
    }
  }

  @Test
  void aNewOccasionIsQueuedWithItsRecordAndTriedOnlyAfterCommit() {
    NotificationMapper mapper = mock(NotificationMapper.class);
    when(mapper.insertOnce(any())).thenReturn(1, 0);
    when(mapper.findIdByDedupKey("k1")).thenReturn(41L);
    NotificationOutbox outbox = mock(NotificationOutbox.class);
    when(outbox.hasChannels()).thenReturn(true);
    NotificationService service = new NotificationService(mapper, outbox);

    TransactionSynchronizationManager.initSynchronization();
    assertThat(service.notifyOnce("k1", "region-ops", "提醒", "正文", "BK")).isTrue();
    verify(outbox).enqueue(41L);
    verify(outbox, never()).deliverNow(anyLong());
    TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
    TransactionSynchronizationManager.clearSynchronization();
    verify(outbox).deliverNow(41L);

    assertThat(service.notifyOnce("k1", "region-ops", "提醒", "正文", "BK")).isFalse();
    verify(outbox, times(1)).enqueue(anyLong());
    verify(outbox, times(1)).deliverNow(anyLong());
  }

  @Test
  void aRolledBackOccasionIsNotTried() {
    NotificationMapper mapper = mock(NotificationMapper.class);
    when(mapper.insertOnce(any())).thenReturn(1);
    when(mapper.findIdByDedupKey("k2")).thenReturn(42L);
    NotificationOutbox outbox = mock(NotificationOutbox.class);
    when(outbox.hasChannels()).thenReturn(true);
    NotificationService service = new NotificationService(mapper, outbox);

    TransactionSynchronizationManager.initSynchronization();
    service.notifyOnce("k2", "region-ops", "提醒", "正文", "BK");
    TransactionSynchronizationManager.getSynchronizations()
        .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
    TransactionSynchronizationManager.clearSynchronization();

    verify(outbox, never()).deliverNow(anyLong()); // its queue rows went with the rollback
  }

  @Test
  void withoutChannelsOnlyTheRecordIsWritten() {
    NotificationMapper mapper = mock(NotificationMapper.class);
    when(mapper.insertOnce(any())).thenReturn(1);
    NotificationService service = new NotificationService(mapper, List.of());

    assertThat(service.notifyOnce("k3", "region-ops", "提醒", null, "BK")).isTrue();
    verify(mapper, never()).findIdByDedupKey(any());
    assertThatThrownBy(() -> new NotificationService(mapper, List.of(new WebhookChannel(URI.create("http://127.0.0.1:9/"),
        Duration.ofSeconds(1))))).isInstanceOf(IllegalArgumentException.class);
  }

  final ApplicationContextRunner config = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
      .withUserConfiguration(NotificationChannelsConfig.class)
      .withBean(IdentityService.class, () -> mock(IdentityService.class))
      .withBean(SystemCalls.class, () -> mock(SystemCalls.class));

  @Test
  void channelsAreOffByDefaultAndRefuseToStartHalfConfigured() {
    config.run(context -> assertThat(context).doesNotHaveBean(NotificationChannel.class));
    config.withPropertyValues("regionops.notify.webhook.enabled=true")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .hasStackTraceContaining("regionops.notify.webhook.url"));
    config.withPropertyValues("regionops.notify.mail.enabled=true", "regionops.notify.mail.from=ro@example.com")
        .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining("SPRING_MAIL_HOST"));
    config.withPropertyValues("regionops.notify.mail.enabled=true", "regionops.notify.mail.from=ro@example.com",
            "spring.mail.host=127.0.0.1", "regionops.notify.webhook.enabled=true",
            "regionops.notify.webhook.url=http://127.0.0.1:9/robot")
        .run(context -> assertThat(context.getBeansOfType(NotificationChannel.class)).hasSize(2));
  }
}
