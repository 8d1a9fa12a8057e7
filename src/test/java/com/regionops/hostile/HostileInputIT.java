package com.regionops.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.regionops.support.Http;
import com.regionops.support.Multipart;
import com.regionops.support.RegionOpsIT;
import com.regionops.support.WebappSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The hostile-input corpus of issue 10 ({@code src/test/resources/hostile/*.json}, see
 * docs/hostile-input.md): every case is one test named by its id. Rejected cases run first,
 * between two snapshots of our tables and Camunda's runtime tables that must be equal; the
 * cases that store text run afterwards and read it back unchanged.
 */
@RegionOpsIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {

  static final int MIN_CASES = 200;
  /** A request that takes longer than this is a hang, not a slow answer. */
  static final Duration TIMEOUT = Duration.ofSeconds(60);
  static final ObjectMapper JSON = Http.json();
  /** Camunda's runtime tables that a refused request must leave alone, beside every ro_* table. */
  static final List<String> CAMUNDA_TABLES = List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE",
      "ACT_RE_DEPLOYMENT", "ACT_RU_FILTER");
  static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
  static final Pattern FROM_RESPONSE = Pattern.compile("\\{resp:([^}]*)}");
  static final Pattern NESTED = Pattern.compile("\"@@NESTED(_OBJECT)?:(\\d+)@@\"");
  static final String ONE_MB = "@@1MB@@";
  static final String INVALID_UTF8 = "@@INVALID_UTF8@@";
  /** Lone continuation byte, an overlong slash, bytes that never occur in UTF-8, a cut-off 3-byte sequence. */
  static final byte[] INVALID_UTF8_BYTES = {(byte) 0x80, (byte) 0xC0, (byte) 0xAF, (byte) 0xFE, (byte) 0xFF,
      (byte) 0xE4, (byte) 0xB8};

  @LocalServerPort
  int port;

  @Autowired
  DataSource dataSource;

  Http http;
  /** What {name} stands for in paths, bodies and read-backs: the rows this class makes for itself. */
  final Map<String, String> fixtures = new HashMap<>();
  static final AtomicInteger SEQ = new AtomicInteger();
  static final String RUN = Long.toString(System.nanoTime() % 46656, 36).toUpperCase();

  record Case(String area, JsonNode spec) {

    String id() {
      return spec.path("id").asText();
    }

    /** Refused, or a query that must find nothing: neither may change a row. */
    boolean rejected() {
      return !"store".equals(spec.path("expect").asText());
    }

    String name() {
      return id() + " " + spec.path("method").asText() + " " + spec.path("path").asText() + " — "
          + spec.path("description").asText();
    }
  }

  @BeforeAll
  void fixtures() {
    http = new Http(port);
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    fixtures.put("today", today.toString());
    fixtures.put("future", today.plusDays(30).toString());
    fixtures.put("farFuture", today.plusDays(400).toString());
    fixtures.put("past", today.minusDays(30).toString());
    fixtures.put("year", Integer.toString(today.getYear()));
    fixtures.put("nextYear", Integer.toString(today.getYear() + 1));
    fixtures.put("month", Integer.toString(today.getMonthValue()));

    // A fresh SOUTH project of our own, with two open nodes, a certificate, a plan adjustment
    // and a kickoff gate in flight: cases aim at these and never at another test's rows.
    String project = "HX" + RUN + SEQ.incrementAndGet();
    fixtures.put("project", project);
    ok(http.post("ops.south", "/api/v1/projects", Map.of("code", project, "name", "恶意输入测试项目", "regionCode", "SOUTH",
        "city", "广州", "companyName", "测试置业有限公司")));
    ok(http.put("ops.south", "/api/v1/projects/" + project + "/plan-nodes/N1", Map.of("nodeCode", "N1", "name", "方案设计", "nodeLevel", "L3",
        "category", "DESIGN", "plannedStart", today.toString(), "plannedFinish", today.plusDays(40).toString())));
    ok(http.put("ops.south", "/api/v1/projects/" + project + "/plan-nodes/N2", Map.of("nodeCode", "N2", "name", "施工图设计", "nodeLevel", "L3",
        "category", "DESIGN", "plannedStart", today.toString(), "plannedFinish", today.plusDays(80).toString())));
    // N3-N7 take one stored plan adjustment each
    for (int n = 3; n <= 7; n++) {
      ok(http.put("ops.south", "/api/v1/projects/" + project + "/plan-nodes/N" + n, Map.of("nodeCode", "N" + n, "name", "节点" + n,
          "nodeLevel", "L3", "category", "OTHER", "plannedStart", today.toString(),
          "plannedFinish", today.plusDays(40 + n).toString())));
    }
    // a project without any gate: a kickoff that got through every check would start here
    String bare = "HX" + RUN + SEQ.incrementAndGet();
    fixtures.put("bareProject", bare);
    ok(http.post("ops.south", "/api/v1/projects", Map.of("code", bare, "name", "未启动项目", "regionCode", "SOUTH",
        "companyName", "测试置业有限公司")));
    Http.Response certificate = ok(http.post("ops.south", "/api/v1/certificates", Map.of("typeCode", "LAND_TITLE",
        "projectCode", project, "certNo", "粤(2026)广州市不动产权第" + RUN + "号", "status", "VALID",
        "issueDate", today.minusDays(10).toString(), "validUntil", today.plusYears(40).toString())));
    fixtures.put("certificate", certificate.json().get("id").asText());
    // N2 has an adjustment under way: a second one for it is a 409
    ok(http.post("ops.south", "/api/v1/projects/" + project + "/plan-adjustments", Map.of("nodeCode", "N2",
        "newPlannedFinish", today.plusDays(95).toString(), "reason", "设计院人员调整，施工图顺延十五天")));
    // the kickoff is open: a second start is a 409, and its 提交上会资料 task takes document links
    ok(http.post("ops.south", "/api/v1/projects/" + project + "/gate-reviews", Map.of("gateCode", "PROJECT_KICKOFF",
        "plannedMeetingDate", today.plusDays(7).toString(), "declarations", Map.of(
            "targetConstructionStart", today.plusDays(60).toString(), "targetFirstOpening", today.plusDays(300).toString(),
            "targetHandover", today.plusDays(900).toString(), "targetSales", 150000, "targetNetProfit", 9000))));
    JsonNode tasks = ok(http.get("admin", "/engine-rest/task?taskDefinitionKey=UserTask_SubmitMaterials"
        + "&candidateGroup=office-" + project)).json();
    assertThat(tasks).as("the kickoff's 提交上会资料").hasSize(1);
    fixtures.put("materialsTask", tasks.get(0).get("id").asText());
    fixtures.put("materialsProcess", tasks.get(0).get("processInstanceId").asText());
    JsonNode approvals = ok(http.get("admin", "/engine-rest/task?taskDefinitionKey=UserTask_ApproveAdjustment"
        + "&processInstanceBusinessKeyLike=" + project + ":N2:%25")).json();
    assertThat(approvals).as("N2's approval by region-ops").hasSize(1);
    fixtures.put("adjustmentTask", approvals.get(0).get("id").asText());

    JsonNode east = ok(http.get("ops.east", "/api/v1/certificates")).json();
    fixtures.put("eastCertificate", east.get(0).get("id").asText());
    for (JsonNode filter : ok(http.get("ops.south", "/engine-rest/filter")).json()) {
      if ("我的待办".equals(filter.get("name").asText())) {
        fixtures.put("sharedFilter", filter.get("id").asText());
      }
    }
    assertThat(fixtures).containsKey("sharedFilter");
  }

  @TestFactory
  Stream<DynamicNode> corpus() throws IOException {
    List<Case> cases = load();
    List<Case> rejected = cases.stream().filter(Case::rejected).toList();
    List<Case> stored = cases.stream().filter(c -> !c.rejected()).toList();
    Map<String, String> before = new TreeMap<>();
    List<DynamicNode> nodes = new ArrayList<>();
    nodes.add(dynamicTest("corpus: at least " + MIN_CASES + " cases, ids unique, every case well-formed", () -> {
      assertThat(cases).hasSizeGreaterThanOrEqualTo(MIN_CASES);
      Set<String> ids = new HashSet<>();
      cases.forEach(c -> {
        assertThat(ids.add(c.id())).as("duplicate id " + c.id()).isTrue();
        assertThat(c.spec().path("expect").asText()).as(c.id()).isIn("reject", "store", "empty");
        assertThat(c.spec().path("user").asText()).as(c.id() + " user").isNotBlank();
      });
    }));
    nodes.add(dynamicTest("snapshot before the rejected cases", () -> before.putAll(snapshot())));
    nodes.add(dynamicContainer("rejected", rejected.stream().map(c -> dynamicTest(c.name(), () -> run(c)))));
    nodes.add(dynamicTest("database unchanged by the rejected cases", () -> {
      assertThat(before).as("snapshot taken").isNotEmpty();
      Map<String, String> after = snapshot();
      Map<String, String> changed = new TreeMap<>();
      after.forEach((table, sum) -> {
        if (!sum.equals(before.get(table))) {
          changed.put(table, before.get(table) + " -> " + sum);
        }
      });
      assertThat(changed).as("tables changed by refused requests (rows:checksum before -> after)").isEmpty();
    }));
    nodes.add(dynamicContainer("stored as text", stored.stream().map(c -> dynamicTest(c.name(), () -> run(c)))));
    return nodes.stream();
  }

  /** Every file of the corpus, in file-name order, cases in file order. */
  static List<Case> load() throws IOException {
    Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:hostile/*.json");
    Arrays.sort(files, (a, b) -> String.valueOf(a.getFilename()).compareTo(String.valueOf(b.getFilename())));
    List<Case> cases = new ArrayList<>();
    for (Resource file : files) {
      try (InputStream in = file.getInputStream()) {
        JsonNode root = JSON.readTree(in);
        String area = root.path("area").asText(file.getFilename());
        root.path("cases").forEach(c -> cases.add(new Case(area, c)));
      }
    }
    return cases;
  }

  /** The engine API Tasklist and Cockpit call with their session: cases under it log in as Tasklist does. */
  static final String WEBAPP_ENGINE_API = "/camunda/api/engine/";
  final Map<String, WebappSession> webappSessions = new HashMap<>();

  WebappSession webapp(String user) {
    return webappSessions.computeIfAbsent(user, u -> {
      WebappSession session = new WebappSession(port);
      Http.Response login = session.login(u, Http.DEMO_PASSWORD, "tasklist");
      assertThat(login.status()).as(u + " logs in to Tasklist: " + login).isEqualTo(200);
      return session;
    });
  }

  void run(Case c) throws IOException {
    JsonNode spec = c.spec();
    // found, reported, not fixed yet: the case stays in the corpus and shows as skipped with the reason
    Assumptions.assumeFalse(spec.hasNonNull("knownDefect"), () -> "known defect: " + spec.get("knownDefect").asText());
    Map<String, String> values = new HashMap<>(fixtures);
    values.put("uniq", "HX" + RUN + SEQ.incrementAndGet());
    String method = spec.path("method").asText();
    String user = spec.path("user").asText();
    String path = fill(spec.path("path").asText(), values) + query(spec.path("query"), values);
    Map<String, String> headers = new LinkedHashMap<>();
    byte[] body = body(spec, values, headers);
    spec.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), fill(h.getValue().asText(), values)));

    Http.Response response = path.startsWith(WEBAPP_ENGINE_API)
        ? webapp(user).send(method, path, body, headers)
        : http.sendBytes(method, user, path, body, headers, TIMEOUT);
    String where = c.id() + " → " + abbreviate(response.toString());

    assertThat(response.status()).as("never a 5xx: " + where).isLessThan(500);
    assertNoLiveScript(response, where);
    if ("empty".equals(spec.path("expect").asText())) {
      assertThat(response.status()).as(where).isEqualTo(200);
      assertThat(response.json()).as("finds nothing: " + where).isEmpty();
    } else if (c.rejected()) {
      assertRejected(spec, path, response, where);
    } else {
      assertStored(spec, values, body, response, where);
    }
  }

  void assertRejected(JsonNode spec, String path, Http.Response response, String where) {
    assertThat(response.status()).as("a 4xx: " + where).isBetween(400, 499);
    if (spec.hasNonNull("status")) {
      assertThat(response.status()).as(where).isEqualTo(spec.get("status").asInt());
    }
    if (spec.path("container").asBoolean()) {
      // refused by Tomcat before any servlet (an encoded slash in the path): its own page, nothing echoed
      return;
    }
    if (path.startsWith("/api/v1")) {
      assertThat(response.contentType()).as("problem+json: " + where).startsWith("application/problem+json");
      JsonNode problem = response.json();
      assertThat(problem.path("title").asText()).as("title: " + where).isNotBlank();
      assertThat(problem.path("detail").asText()).as("detail: " + where).isNotBlank();
    } else if (response.contentType().startsWith("application/json")) {
      // Camunda's own InvalidRequestException sometimes has an empty message; its type is always there
      assertThat(response.json().path("type").asText()).as("Camunda's error type: " + where).isNotBlank();
    }
    if (spec.hasNonNull("field")) {
      assertThat(response.json().path("field").asText()).as("field: " + where).isEqualTo(spec.get("field").asText());
    }
    if (spec.hasNonNull("message")) {
      assertThat(response.json().path("message").asText()).as("message: " + where)
          .isEqualTo(spec.get("message").asText());
    }
  }

  void assertStored(JsonNode spec, Map<String, String> values, byte[] sent, Http.Response response, String where)
      throws IOException {
    assertThat(response.status()).as("a 2xx: " + where).isBetween(200, 299);
    if (spec.hasNonNull("status")) {
      assertThat(response.status()).as(where).isEqualTo(spec.get("status").asInt());
    }
    JsonNode answer = response.raw().isBlank() ? JSON.nullNode() : response.json();
    JsonNode readBack = spec.path("readBack");
    if (readBack.isMissingNode()) {
      return;
    }
    String path = fromResponse(fill(readBack.path("path").asText(), values), answer);
    Http.Response shown = http.sendBytes("GET", readBack.path("user").asText(spec.path("user").asText()), path, null,
        Map.of("Accept", "application/json"), TIMEOUT);
    String readWhere = where + " / read back " + path + " → " + abbreviate(shown.toString());
    assertThat(shown.status()).as(readWhere).isEqualTo(200);
    assertThat(shown.contentType()).as(readWhere).startsWith("application/json");
    JsonNode expected = readBack.has("equals") ? readBack.get("equals")
        : JSON.readTree(sent).at(readBack.path("sentAt").asText());
    if (expected.isTextual()) {
      expected = JSON.getNodeFactory().textNode(fill(expected.asText(), values));
    }
    JsonNode shownBody = shown.json();
    if (readBack.has("where")) {
      shownBody = find(shownBody, readBack.get("where"), values, readWhere);
    }
    JsonNode actual = shownBody.at(readBack.path("pointer").asText());
    assertThat(actual.isMissingNode()).as("nothing at " + readBack.path("pointer").asText() + ": " + readWhere).isFalse();
    assertThat(actual).as("shown back unchanged: " + readWhere).isEqualTo(expected);
    JsonNode cleanup = spec.path("cleanup");
    if (cleanup.isObject()) {
      Http.Response done = http.sendBytes(cleanup.path("method").asText(), spec.path("user").asText(),
          fromResponse(fill(cleanup.path("path").asText(), values), answer), null, Map.of(), TIMEOUT);
      assertThat(done.status()).as("cleanup: " + done).isBetween(200, 299);
    }
  }

  /** The element of a list whose fields match the case's "where". */
  static JsonNode find(JsonNode list, JsonNode where, Map<String, String> values, String readWhere) {
    for (JsonNode element : list) {
      boolean matches = true;
      for (var it = where.fields(); it.hasNext(); ) {
        var field = it.next();
        matches &= element.path(field.getKey()).asText().equals(fill(field.getValue().asText(), values));
      }
      if (matches) {
        return element;
      }
    }
    throw new AssertionError("no element matching " + where + ": " + readWhere);
  }

  /** An HTML answer must never carry a script tag through unescaped; JSON is escaped by its type. */
  static void assertNoLiveScript(Http.Response response, String where) {
    if (response.contentType().startsWith("text/html")) {
      assertThat(response.raw().toLowerCase()).as("unescaped script in HTML: " + where).doesNotContain("<script");
    }
  }

  byte[] body(JsonNode spec, Map<String, String> values, Map<String, String> headers) throws IOException {
    if (spec.has("raw")) {
      headers.put("Content-Type", "application/json");
      String raw = generate(fill(spec.get("raw").asText(), values));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      String[] parts = raw.split(Pattern.quote(INVALID_UTF8), -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          bytes.write(INVALID_UTF8_BYTES);
        }
        bytes.write(parts[i].getBytes(StandardCharsets.UTF_8));
      }
      return bytes.toByteArray();
    }
    if (spec.has("multipart")) {
      return multipart(spec.get("multipart"), values, headers);
    }
    if (!spec.has("body")) {
      return null;
    }
    headers.put("Content-Type", "application/json");
    return generate(fill(JSON.writeValueAsString(spec.get("body")), values)).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A multipart upload: "fields" as text parts, and a "file" with its name, type and content given
   * as "text", "base64", or "sizeMb" (a PDF header padded with zeros to that many MiB, plus one byte).
   */
  static byte[] multipart(JsonNode spec, Map<String, String> values, Map<String, String> headers) {
    Multipart body = new Multipart();
    spec.path("fields").fields().forEachRemaining(f -> body.field(f.getKey(), fill(f.getValue().asText(), values)));
    JsonNode file = spec.path("file");
    if (file.isObject()) {
      byte[] content;
      if (file.has("base64")) {
        content = java.util.Base64.getDecoder().decode(file.get("base64").asText());
      } else if (file.has("sizeMb")) {
        content = new byte[file.get("sizeMb").asInt() * 1024 * 1024 + 1];
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, content, 0, head.length);
      } else {
        content = fill(file.path("text").asText(), values).getBytes(StandardCharsets.UTF_8);
      }
      body.file(fill(file.path("name").asText(), values), file.path("type").asText("application/octet-stream"), content);
    }
    headers.putAll(body.headers());
    return body.bytes();
  }

  /** Expands the generated payloads: a 1 MB string, arrays or objects nested n levels deep. */
  static String generate(String text) {
    String out = text.replace(ONE_MB, "A".repeat(1024 * 1024));
    Matcher nested = NESTED.matcher(out);
    StringBuilder sb = new StringBuilder();
    while (nested.find()) {
      int depth = Integer.parseInt(nested.group(2));
      String value = nested.group(1) == null ? "[".repeat(depth) + "]".repeat(depth)
          : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
      nested.appendReplacement(sb, Matcher.quoteReplacement(value));
    }
    nested.appendTail(sb);
    return sb.toString();
  }

  static String fill(String text, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      m.appendReplacement(sb, Matcher.quoteReplacement(value != null ? value : m.group()));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  static String fromResponse(String text, JsonNode answer) {
    Matcher m = FROM_RESPONSE.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      JsonNode value = answer.at(m.group(1));
      assertThat(value.isMissingNode()).as("response has " + m.group(1) + ": " + answer).isFalse();
      m.appendReplacement(sb, Matcher.quoteReplacement(value.asText()));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** Query parameters are written plainly in the corpus and encoded here. */
  static String query(JsonNode query, Map<String, String> values) {
    if (!query.isObject()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    query.fields().forEachRemaining(p -> sb.append(sb.isEmpty() ? '?' : '&')
        .append(URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8)).append('=')
        .append(URLEncoder.encode(generate(fill(p.getValue().asText(), values)), StandardCharsets.UTF_8)));
    return sb.toString();
  }

  static Http.Response ok(Http.Response response) {
    assertThat(response.status()).as("fixture: " + abbreviate(response.toString())).isBetween(200, 299);
    return response;
  }

  static String abbreviate(String text) {
    return text.length() <= 600 ? text : text.substring(0, 600) + "…(" + text.length() + " chars)";
  }

  /** Row count and a checksum of the sorted rows of every ro_* table and of Camunda's runtime tables. */
  Map<String, String> snapshot() throws SQLException, NoSuchAlgorithmException {
    Map<String, String> sums = new TreeMap<>();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          String name = rs.getString("TABLE_NAME");
          if (name.toLowerCase().startsWith("ro_") || CAMUNDA_TABLES.contains(name.toUpperCase())) {
            tables.add(name);
          }
        }
      }
      assertThat(tables).as("tables found").hasSizeGreaterThan(CAMUNDA_TABLES.size());
      String quote = connection.getMetaData().getIdentifierQuoteString().trim();
      for (String table : tables) {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("SELECT * FROM " + quote + table + quote)) {
          ResultSetMetaData meta = rs.getMetaData();
          while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              Object value = rs.getObject(i);
              row.append(value instanceof byte[] b ? Arrays.toString(b) : rs.getString(i)).append('\u0001');
            }
            rows.add(row.toString());
          }
        }
        rows.sort(null);
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        rows.forEach(r -> digest.update(r.getBytes(StandardCharsets.UTF_8)));
        sums.put(table, rows.size() + ":" + java.util.HexFormat.of().formatHex(digest.digest()).substring(0, 16));
      }
    }
    return sums;
  }

}
