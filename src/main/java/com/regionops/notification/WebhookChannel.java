package com.regionops.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * A group-chat robot (企业微信 / 钉钉 style): a JSON text message POSTed to one configured URL.
 * The text names the recipient, because the robot speaks in one shared chat.
 */
public class WebhookChannel implements NotificationChannel {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client;
  private final URI url;
  private final Duration timeout;

  public WebhookChannel(URI url, Duration timeout) {
    this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    this.url = url;
    this.timeout = timeout;
  }

  @Override
  public String name() {
    return "WEBHOOK";
  }

  @Override
  public void deliver(Notification notification) {
    HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
        .header("Content-Type", "application/json; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(payload(notification), StandardCharsets.UTF_8)).build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException("Webhook answered " + response.statusCode() + ": " + response.body());
      }
    } catch (IOException e) {
      throw new IllegalStateException("Webhook not reachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while calling the webhook", e);
    }
  }

  static String payload(Notification notification) {
    String content = "【RegionOps】" + notification.subject() + "\n"
        + (notification.body() == null ? "" : notification.body() + "\n") + "接收人：" + notification.recipient()
        + (notification.regionCode() == null ? "" : "（" + notification.regionCode() + "）");
    try {
      return JSON.writeValueAsString(Map.of("msgtype", "text", "text", Map.of("content", content)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
