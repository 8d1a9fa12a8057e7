import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 26 goal 1: the floor of Tasklist's two requests, the same SQL run directly (bench/tasklist.sh).
 *
 * <pre>
 * java -cp mysql-connector-j.jar bench/TasklistFloor.java --base URL --jdbc URL --user ops.south --filter 我的组待办 \
 *      --requests 200 [--out results.tsv --phase before --sql-dir DIR]
 * </pre>
 *
 * Logs in to Tasklist as the user like Perf.java's tasklist mode and sends the same two requests (first page of the
 * filter with its columns; the filter list with counts), a few times to warm up. Then, for one more request of each,
 * it records every statement the app sent to MariaDB (the server's general log, as a table, on for that one request
 * only; Connector/J prepares client-side, so the log holds the statements with their parameters filled in), drops the
 * connections that ran something of the engine's background work in that window (job acquisition and the like, see
 * BACKGROUND; reported), and runs exactly the remaining statements, in their order, on one JDBC connection with the
 * app's driver settings and session variables: as many times as the HTTP figure, the same percentiles. A request's
 * floor time is the sum of its statements (each result read to the end). What the floor leaves out: HTTP, the session
 * and CSRF filters, the engine's Java (query building, authorization and tenant checks as code, MyBatis mapping), HAL
 * and JSON. What it keeps: every statement, transaction statements (autocommit, commit) included.
 */
public class TasklistFloor {

  /** Statements of the engine's own background work: a connection that ran one in the window is not the request's. */
  static final Pattern BACKGROUND = Pattern.compile("ACT_RU_JOB|ACT_RU_METER_LOG|ACT_RU_TASK_METER_LOG|ACT_GE_PROPERTY"
      + "|ACT_HI_|ACT_RU_EXT_TASK|ACT_RU_BATCH", Pattern.CASE_INSENSITIVE);

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    String base = o.getOrDefault("base", "http://127.0.0.1:18094");
    String user = o.getOrDefault("user", "ops.south");
    String filterName = o.getOrDefault("filter", "我的组待办");
    int requests = Integer.parseInt(o.getOrDefault("requests", "200"));
    String phase = o.getOrDefault("phase", "-");
    Path sqlDir = Path.of(o.getOrDefault("sql-dir", "/tmp"));

    // the browser: the same requests as Perf.java's tasklist mode
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    browser.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).build(),
        HttpResponse.BodyHandlers.discarding());
    Supplier<String> xsrf = () -> cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse("");
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base
        + "/camunda/api/admin/auth/user/default/login/tasklist")).header("X-XSRF-TOKEN", xsrf.get())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
        HttpResponse.BodyHandlers.ofString());
    ok(login, "login");
    String api = base + "/camunda/api/engine/engine/default/";
    String filters = browser.send(HttpRequest.newBuilder(URI.create(api + "filter?resourceType=Task"))
        .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString()).body();
    Matcher m = Pattern.compile("\"id\":\"([^\"]+)\",\"resourceType\":\"Task\",\"name\":\""
        + Pattern.quote(filterName) + "\"").matcher(filters);
    if (!m.find()) {
      throw new IllegalStateException("no filter " + filterName + " for " + user + ": " + filters);
    }
    String listBody = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],\"firstResult\":0,"
        + "\"maxResults\":15,\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
    HttpRequest list = HttpRequest.newBuilder(URI.create(api + "filter/" + m.group(1) + "/list?firstResult=0&maxResults=15"))
        .header("Accept", "application/hal+json").header("Content-Type", "application/json")
        .header("X-XSRF-TOKEN", xsrf.get()).POST(HttpRequest.BodyPublishers.ofString(listBody)).build();
    HttpRequest counts = HttpRequest.newBuilder(URI.create(api + "filter?resourceType=Task&itemCount=true"))
        .header("Accept", "application/json").build();

    StringBuilder line = new StringBuilder(phase + "\t" + user + "\t" + filterName);
    // the app's driver settings and session variables (application-mysql.yaml), its connection-init-sql below
    java.util.Properties settings = new java.util.Properties();
    settings.setProperty("user", "root");
    settings.setProperty("password", "");
    settings.setProperty("cachePrepStmts", "true");
    settings.setProperty("prepStmtCacheSize", "500");
    settings.setProperty("prepStmtCacheSqlLimit", "32768");
    settings.setProperty("rewriteBatchedStatements", "true");
    settings.setProperty("sessionVariables", "optimizer_switch='derived_merge=off'");
    try (Connection db = DriverManager.getConnection(o.get("jdbc"), settings)) {
      try (Statement s = db.createStatement()) {
        s.execute("SET SESSION old_mode=''");
      }
      if (single(db, "SELECT @@optimizer_switch LIKE '%derived_merge=off%'") != 1) {
        throw new IllegalStateException("the floor's session does not have derived_merge=off");
      }
      long self = single(db, "SELECT CONNECTION_ID()");
      for (HttpRequest request : List.of(list, counts)) {
        String kind = request == list ? "page" : "counts";
        for (int i = 0; i < 5; i++) {
          ok(browser.send(request, HttpResponse.BodyHandlers.ofString()), "warm-up");
        }
        List<String> statements = capture(db, self, browser, request, kind);
        Files.writeString(sqlDir.resolve("floor-" + phase + "-" + user + "-" + kind + ".sql"),
            String.join(";\n", statements) + ";\n", StandardCharsets.UTF_8);
        for (int i = 0; i < 10; i++) {
          replay(db, statements);
        }
        long[] times = new long[requests];
        long rows = 0;
        for (int i = 0; i < requests; i++) {
          long t0 = System.nanoTime();
          rows = replay(db, statements);
          times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        System.out.printf("| floor    | %-40s | %3d statements, %d rows | %d runs | p50 %6.1f | p95 %6.1f | p99 %6.1f ms |%n",
            (kind.equals("page") ? "first page of " + filterName : "filter list with counts") + " as " + user,
            statements.size(), rows, requests, pct(times, 50), pct(times, 95), pct(times, 99));
        line.append(String.format("\t%.1f\t%.1f\t%.1f\t%d", pct(times, 50), pct(times, 95), pct(times, 99),
            statements.size()));
      }
    }
    if (o.get("out") != null) {
      Files.writeString(Path.of(o.get("out")), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    }
  }

  /** The statements one request made the app send, in order, background connections left out. */
  static List<String> capture(Connection db, long self, HttpClient browser, HttpRequest request, String kind)
      throws Exception {
    try (Statement s = db.createStatement()) {
      s.execute("SET GLOBAL general_log = OFF");
      s.execute("SET GLOBAL log_output = 'TABLE'");
      s.execute("TRUNCATE TABLE mysql.general_log");
      s.execute("SET GLOBAL general_log = ON");
      try {
        ok(browser.send(request, HttpResponse.BodyHandlers.ofString()), "capture");
      } finally {
        s.execute("SET GLOBAL general_log = OFF");
      }
      Map<Long, List<String>> byThread = new LinkedHashMap<>();
      List<long[]> order = new ArrayList<>();
      try (ResultSet r = s.executeQuery("SELECT thread_id, command_type, CONVERT(argument USING utf8mb4) "
          + "FROM mysql.general_log")) {
        while (r.next()) {
          long thread = r.getLong(1);
          String command = r.getString(2);
          if (thread == self || !(command.equals("Query") || command.equals("Execute"))) {
            continue;
          }
          List<String> own = byThread.computeIfAbsent(thread, t -> new ArrayList<>());
          own.add(r.getString(3).strip());
          order.add(new long[] {thread, own.size() - 1});
        }
      }
      Set<Long> background = new LinkedHashSet<>();
      byThread.forEach((thread, statements) -> {
        if (statements.stream().anyMatch(q -> BACKGROUND.matcher(q).find())) {
          background.add(thread);
        }
      });
      List<String> kept = new ArrayList<>();
      for (long[] at : order) {
        if (!background.contains(at[0])) {
          kept.add(byThread.get(at[0]).get((int) at[1]));
        }
      }
      int left = byThread.entrySet().stream().filter(e -> background.contains(e.getKey()))
          .mapToInt(e -> e.getValue().size()).sum();
      System.err.printf("floor %s: %d statements on %d connection(s) kept; %d on %d background connection(s) left out%n",
          kind, kept.size(), byThread.size() - background.size(), left, background.size());
      for (String q : kept) {
        System.err.println("  " + q.replaceAll("\\s+", " ").substring(0, Math.min(150, q.replaceAll("\\s+", " ").length())));
      }
      if (kept.isEmpty()) {
        throw new IllegalStateException("no statement captured for " + kind);
      }
      return kept;
    }
  }

  /** Runs the statements in order, reading every row and column; answers the rows read. */
  static long replay(Connection db, List<String> statements) throws Exception {
    long rows = 0;
    try (Statement s = db.createStatement()) {
      for (String q : statements) {
        if (s.execute(q)) {
          try (ResultSet r = s.getResultSet()) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
              for (int c = 1; c <= columns; c++) {
                r.getObject(c);
              }
              rows++;
            }
          }
        }
      }
    }
    return rows;
  }

  static long single(Connection db, String sql) throws Exception {
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  static void ok(HttpResponse<String> response, String what) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException(what + ": " + response.statusCode() + " " + response.body());
    }
  }

  static double pct(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }
}
