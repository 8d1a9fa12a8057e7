package com.regionops.platform.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Iterator;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Engine REST reads a {@code "type": "Date"} variable with a lenient date format: 2026-02-30 was
 * stored as 2 March (hostile case erv-016). The dates in a request body are read strictly here
 * first, in Camunda's REST format ({@code yyyy-MM-dd'T'HH:mm:ss.SSSZ}); an impossible one is a 400
 * naming the variable. Bodies that are not JSON are left to engine REST to refuse.
 */
class StrictDateVariables extends OncePerRequestFilter {

  static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSZ")
      .withResolverStyle(ResolverStyle.STRICT);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String type = request.getContentType();
    if (type == null || !type.toLowerCase().contains("json")
        || !("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()))) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    String bad = null;
    try {
      bad = impossibleDate(null, JSON.readTree(body));
    } catch (IOException notJson) {
      // engine REST answers malformed JSON itself
    }
    if (bad != null) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write(JSON.writeValueAsString(Map.of("type", "InvalidRequestException",
          "message", bad + "：日期无效或格式不是 yyyy-MM-dd'T'HH:mm:ss.SSSZ")));
      return;
    }
    chain.doFilter(new Replayed(request, body), response);
  }

  /** The name of the first Date variable whose value is not a real date, or null. */
  static String impossibleDate(String name, JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isObject()) {
      JsonNode type = node.get("type");
      JsonNode value = node.get("value");
      if (type != null && "date".equalsIgnoreCase(type.asText()) && value != null && value.isTextual()) {
        try {
          OffsetDateTime.parse(value.asText(), REST_DATE);
        } catch (DateTimeParseException e) {
          return name == null ? "value" : name;
        }
      }
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
        Map.Entry<String, JsonNode> field = fields.next();
        String found = impossibleDate(field.getKey(), field.getValue());
        if (found != null) {
          return found;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        String found = impossibleDate(name, element);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** The request with its body, already read, readable again. */
  static class Replayed extends HttpServletRequestWrapper {

    private final byte[] body;

    Replayed(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
