package com.regionops.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for end-to-end tests: calls the running app as a named demo user. */
public final class Http {

  public static final String DEMO_PASSWORD = "demo";
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  public record Response(int status, String contentType, String raw) {

    public JsonNode json() {
      try {
        return JSON.readTree(raw);
      } catch (IOException e) {
        throw new AssertionError("Not JSON (" + status + "): " + raw, e);
      }
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + raw;
    }
  }

  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;

  public Http(int port) {
    this.base = "http://localhost:" + port;
  }

  public Response get(String user, String path) {
    return send("GET", user, DEMO_PASSWORD, path, null);
  }

  public Response post(String user, String path, Object body) {
    return send("POST", user, DEMO_PASSWORD, path, body);
  }

  public Response put(String user, String path, Object body) {
    return send("PUT", user, DEMO_PASSWORD, path, body);
  }

  /** user null = anonymous; body may be a String (sent as is) or an object (sent as JSON). */
  public Response send(String method, String user, String password, String path, Object body) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
      if (user != null) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        request.header("Authorization", "Basic " + token);
      }
      if (body == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        String text = body instanceof String s ? s : JSON.writeValueAsString(body);
        request.header("Content-Type", "application/json");
        request.method(method, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
      }
      HttpResponse<String> response = client.send(request.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Sends bytes exactly as given (invalid UTF-8, megabyte bodies) with the given headers, and
   * gives up after the timeout so that a hanging request fails its test instead of the run.
   */
  public Response sendBytes(String method, String user, String path, byte[] body, java.util.Map<String, String> headers,
      java.time.Duration timeout) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
      if (user != null) {
        String token = Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        request.header("Authorization", "Basic " + token);
      }
      headers.forEach(request::header);
      request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
          : HttpRequest.BodyPublishers.ofByteArray(body));
      HttpResponse<String> response = client.send(request.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The raw bytes of a GET answered 200 (a downloaded file). */
  public byte[] bytes(String user, String path) {
    return bytes(user, path, java.util.Map.of());
  }

  /** The raw bytes of a GET with these headers answered 200. */
  public byte[] bytes(String user, String path, java.util.Map<String, String> headers) {
    try {
      String token = Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
          .header("Authorization", "Basic " + token).GET();
      headers.forEach(request::header);
      HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new AssertionError("GET " + path + " answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** One request on the given client (its cookies, its redirects), answered as a {@link Response}. */
  public static Response exchange(HttpClient client, HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An engine-REST task completion's body: each value wrapped as {@code {"value": …}}. */
  public static java.util.Map<String, Object> completion(java.util.Map<String, Object> values) {
    java.util.Map<String, Object> wrapped = new java.util.HashMap<>();
    values.forEach((name, value) -> wrapped.put(name, java.util.Map.of("value", value)));
    return java.util.Map.of("variables", wrapped);
  }

  /** The open tasks the user may see of the instances with this business key (engine REST). */
  public JsonNode tasks(String user, String businessKey) {
    return get(user, "/engine-rest/task?processInstanceBusinessKey="
        + java.net.URLEncoder.encode(businessKey, java.nio.charset.StandardCharsets.UTF_8)).json();
  }

  public static ObjectMapper json() {
    return JSON;
  }
}
