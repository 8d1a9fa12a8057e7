package com.regionops.support;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * A browser-like session of the webapps, as Tasklist and Cockpit talk to the server: the XSRF
 * cookie first, then the form login (PLATFORM-NOTES 9), then calls with the session cookie and the
 * {@code X-XSRF-TOKEN} header.
 */
public class WebappSession {

  private final int port;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

  public WebappSession(int port) {
    this.port = port;
  }

  /** Logs in to {@code app} (tasklist, cockpit, admin); an empty user logs in with nothing. */
  public Http.Response login(String user, String password, String app) {
    send(HttpRequest.newBuilder(uri("/camunda/app/" + app + "/default/")).GET().build());
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    Http.Response login = send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf())
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    // The login starts a new session, whose CSRF token the next read hands out, as the app's first read does.
    get("/camunda/api/admin/auth/user/default");
    return login;
  }

  public Http.Response get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).header("X-XSRF-TOKEN", xsrf())
        .header("Accept", "application/json").GET().build());
  }

  /** Any call as the webapps make it: the session cookie, the CSRF header and the given headers. */
  public Http.Response send(String method, String path, byte[] body, java.util.Map<String, String> headers) {
    return send(method, path, body, headers, true);
  }

  /** As {@link #send(String, String, byte[], java.util.Map)}, without the CSRF header when {@code csrf} is false. */
  public Http.Response send(String method, String path, byte[] body, java.util.Map<String, String> headers,
      boolean csrf) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json");
    if (csrf) {
      request.header("X-XSRF-TOKEN", xsrf());
    }
    request
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    return send(request.build());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private String xsrf() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
  }

  private Http.Response send(HttpRequest request) {
    return Http.exchange(client, request);
  }
}
