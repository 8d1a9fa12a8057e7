package com.regionops.notification;

import com.regionops.platform.security.SystemCalls;
import java.net.URI;
import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** The delivery channels; each is off unless switched on (README, "Notifications"). */
@Configuration
class NotificationChannelsConfig {

  @Bean
  @ConditionalOnProperty(name = "regionops.notify.mail.enabled", havingValue = "true")
  MailChannel mailChannel(ObjectProvider<JavaMailSender> sender, IdentityService identity, SystemCalls system,
      @Value("${regionops.notify.mail.from:}") String from, @Value("${spring.mail.host:}") String host) {
    JavaMailSender mail = sender.getIfAvailable();
    if (mail == null || host.isBlank() || from.isBlank()) {
      throw new IllegalStateException("regionops.notify.mail.enabled=true needs spring.mail.host "
          + "(SPRING_MAIL_HOST) and regionops.notify.mail.from (REGIONOPS_MAIL_FROM)");
    }
    return new MailChannel(mail, identity, system, from);
  }

  @Bean
  @ConditionalOnProperty(name = "regionops.notify.webhook.enabled", havingValue = "true")
  WebhookChannel webhookChannel(@Value("${regionops.notify.webhook.url:}") String url,
      @Value("${regionops.notify.webhook.timeout:PT5S}") String timeout) {
    if (url.isBlank()) {
      throw new IllegalStateException("regionops.notify.webhook.enabled=true needs regionops.notify.webhook.url "
          + "(REGIONOPS_WEBHOOK_URL)");
    }
    return new WebhookChannel(URI.create(url), Duration.parse(timeout));
  }
}
