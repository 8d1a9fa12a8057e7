import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * 区域运营看板 first paint (GET /api/v1/board), driven by bench/board.sh. JDK + H2 + Jackson only (the jar's own
 * copies); no class of the app.
 *
 * <pre>
 *   http     BASE_URL USER:PASSWORD REGION WARMUPS RUNS BUDGET_S     GET /board in a closed loop, one client
 *   floor    JDBC_URL REGION WARMUPS RUNS BUDGET_S                    the same figures as plain SQL, one connection
 *   generate JDBC_URL REGION PROJECTS NODES CHECKS                   the scale data set, into the stopped app's database
 * </pre>
 *
 * http and floor end with "#result MEDIAN_MS P95_MS" for the script, and print the board's figures (counts per panel)
 * so the two can be compared line by line.
 */
public class BoardBench {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  /** The biweekly check's default cycle (regionops.risk.check-cycle): R/2026-01-05T08:00:00+08:00/P14D. */
  static final LocalDate CHECK_ANCHOR = LocalDate.of(2026, 1, 5);
  static final int CERTIFICATE_HORIZON_DAYS = 180;
  static final List<String> GRADES = List.of("GREEN", "YELLOW", "ORANGE", "RED");
  static final String[] CATEGORIES = {"PERMIT", "DESIGN", "CONSTRUCTION", "SUPPLY", "OPENING", "HANDOVER", "OTHER"};
  static final String[] CATEGORY_LABELS = {"报建", "设计", "工程", "供货", "开盘", "交楼", "其他"};
  static final String[] LEVELS = {"MILESTONE", "L1", "L2", "L3"};
  static final String[] METRICS = {"SALES", "COLLECTION", "REVENUE_RECOGNITION", "SUPPLY", "NET_PROFIT", "CASH_FLOW",
      "INVESTMENT"};

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    switch (args[0]) {
      case "http" -> http(args[1], args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]),
          Integer.parseInt(args[6]));
      case "floor" -> floor(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]),
          Integer.parseInt(args[5]));
      case "generate" -> generate(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]),
          Integer.parseInt(args[5]));
      default -> throw new IllegalArgumentException("http | floor | generate");
    }
  }

  static LocalDate today() {
    return LocalDate.now(CHINA);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // http: GET /board as one user, sequentially over one keep-alive connection, HTTP Basic on every request (as curl
  // and the API's other clients send it).

  static void http(String base, String credentials, String region, int warmups, int runs, int budgetSeconds)
      throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/board?regionCode=" + region))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json").timeout(Duration.ofSeconds(120)).GET().build();
    long t0 = System.nanoTime();
    byte[] body = send(client, request);
    double first = (System.nanoTime() - t0) / 1e6;
    for (int i = 0; i < warmups; i++) {
      body = send(client, request);
    }
    List<Double> times = new ArrayList<>();
    long deadline = System.nanoTime() + budgetSeconds * 1_000_000_000L;
    while (times.size() < runs && (times.size() < 10 || System.nanoTime() < deadline)) {
      long s = System.nanoTime();
      body = send(client, request);
      times.add((System.nanoTime() - s) / 1e6);
    }
    System.out.println(figures(new ObjectMapper().readTree(body)));
    System.out.printf("  first request %.1f ms; then %d warm-ups; %d measured%s; response %,d bytes%n", first, warmups,
        times.size(), times.size() < runs ? " (time budget of " + budgetSeconds + " s reached)" : "", body.length);
    report(times);
  }

  static byte[] send(HttpClient client, HttpRequest request) throws Exception {
    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("HTTP " + response.statusCode() + ": "
          + new String(response.body(), 0, Math.min(400, response.body().length), StandardCharsets.UTF_8));
    }
    return response.body();
  }

  static String figures(JsonNode b) {
    int started = 0;
    int open = 0;
    int overdue = 0;
    for (JsonNode row : b.path("gates")) {
      for (JsonNode cell : row.path("cells")) {
        started += "NOT_STARTED".equals(cell.path("status").asText()) ? 0 : 1;
        open += cell.path("openDecisions").asInt();
        overdue += cell.path("overdueDecisions").asInt();
      }
    }
    int heatCells = 0;
    for (JsonNode row : b.path("risk").path("heat")) {
      for (JsonNode v : row.path("worst")) {
        heatCells += v.isNull() ? 0 : 1;
      }
    }
    int late = 0;
    for (JsonNode m : b.path("milestones")) {
      late += m.path("delayDays").asInt() > 0 ? 1 : 0;
    }
    int certificates = 0;
    for (JsonNode n : b.path("certificates").path("byStatus")) {
      certificates += n.asInt();
    }
    int graded = 0;
    for (JsonNode t : b.path("targets")) {
      graded += t.hasNonNull("grade") ? 1 : 0;
    }
    return String.format("  figures: %d projects; gates %d rounds shown, %d open / %d overdue decisions; risk %s:"
        + " trend %d checks, heat %d rows / %d cells, %d RED nodes; milestones %d (%d late); certificates %d"
        + " (%d expiring, %d expired); targets %d rows (%d graded); KPI %s %d projects",
        b.path("projects").size(), started, open, overdue, b.path("risk").path("period").asText("-"),
        b.path("risk").path("trend").size(), b.path("risk").path("heat").size(), heatCells,
        b.path("risk").path("red").size(), b.path("milestones").size(), late, certificates,
        b.path("certificates").path("expiring").size(), b.path("certificates").path("expired").size(),
        b.path("targets").size(), graded, b.path("kpi").path("period").asText("-"),
        b.path("kpi").path("ranking").size());
  }

  static void report(List<Double> times) {
    double[] t = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double median = t.length % 2 == 1 ? t[t.length / 2] : (t[t.length / 2 - 1] + t[t.length / 2]) / 2;
    double p95 = t[(int) Math.ceil(0.95 * t.length) - 1];
    System.out.printf("  median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms (n = %d)%n", median, p95, t[0],
        t[t.length - 1], t.length);
    System.out.printf("#result %.3f %.3f%n", median, p95);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // floor: what a hand-written single-pass implementation of the same figures reads, over one JDBC connection
  // (as a pool would hand it out), every statement prepared and every row read into Java each time, and the same
  // figures derived from them (worst grade per project × category in SQL, expiring/expired certificates,
  // year-to-date plan and actual). Not included: HTTP, authentication, JSON, the targets' DMN grading.

  record Figures(int projects, int gatesStarted, int openDecisions, int overdueDecisions, LocalDate period,
      int trend, int heatRows, int heatCells, int red, int milestones, int lateMilestones, int certificates,
      int expiring, int expired, int targets, String kpiPeriod, int kpi) {
    @Override
    public String toString() {
      return String.format("  figures: %d projects; gates %d rounds shown, %d open / %d overdue decisions; risk %s:"
          + " trend %d checks, heat %d rows / %d cells, %d RED nodes; milestones %d (%d late); certificates %d"
          + " (%d expiring, %d expired); targets %d rows (not graded); KPI %s %d projects", projects, gatesStarted,
          openDecisions, overdueDecisions, period == null ? "-" : period.toString(), trend, heatRows, heatCells, red,
          milestones, lateMilestones, certificates, expiring, expired, targets, kpiPeriod == null ? "-" : kpiPeriod,
          kpi);
    }
  }

  static void floor(String url, String region, int warmups, int runs, int budgetSeconds) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      Figures f = null;
      for (int i = 0; i < warmups; i++) {
        f = floorOnce(c, region);
      }
      List<Double> times = new ArrayList<>();
      long deadline = System.nanoTime() + budgetSeconds * 1_000_000_000L;
      while (times.size() < runs && (times.size() < 10 || System.nanoTime() < deadline)) {
        long s = System.nanoTime();
        f = floorOnce(c, region);
        times.add((System.nanoTime() - s) / 1e6);
      }
      System.out.println(f);
      if (DETAIL != null) {
        DETAIL.forEach((sql, ms) -> System.out.printf("    %8.1f ms  %s%n", ms, sql));
      }
      System.out.printf("  %d warm-ups; %d measured%s%n", warmups, times.size(),
          times.size() < runs ? " (time budget of " + budgetSeconds + " s reached)" : "");
      report(times);
    }
  }

  static Figures floorOnce(Connection c, String region) throws SQLException {
    LocalDate today = today();
    List<Object[]> regions = rows(c, "SELECT code, name FROM ro_region ORDER BY code");
    List<Object[]> projects = rows(c, "SELECT code, name FROM ro_project WHERE region_code = ? ORDER BY code", region);
    Set<String> codes = new HashSet<>();
    projects.forEach(p -> codes.add((String) p[0]));
    if (regions.isEmpty()) {
      throw new IllegalStateException("no regions");
    }

    // 七前三后: the catalogue, and each project's latest round of each gate with its open and overdue decisions
    List<Object[]> gates = rows(c, "SELECT code, name FROM ro_gate_definition ORDER BY sort_order");
    List<Object[]> rounds = rows(c, """
        SELECT r.project_code, r.gate_code, r.round_no, r.status, r.conclusion,
               SUM(CASE WHEN d.status <> 'VERIFIED' THEN 1 ELSE 0 END),
               SUM(CASE WHEN d.status = 'OPEN' AND d.due_date < ? THEN 1 ELSE 0 END)
          FROM ro_gate_review r JOIN ro_project p ON p.code = r.project_code
          LEFT JOIN ro_meeting m ON m.gate_review_id = r.id
          LEFT JOIN ro_meeting_decision d ON d.meeting_id = m.id
         WHERE p.region_code = ?
           AND r.round_no = (SELECT MAX(x.round_no) FROM ro_gate_review x
                              WHERE x.project_code = r.project_code AND x.gate_code = r.gate_code)
         GROUP BY r.project_code, r.gate_code, r.round_no, r.status, r.conclusion""", Date.valueOf(today), region);
    int open = 0;
    int overdue = 0;
    for (Object[] r : rounds) {
      open += r[5] == null ? 0 : ((Number) r[5]).intValue();
      overdue += r[6] == null ? 0 : ((Number) r[6]).intValue();
    }
    if (gates.isEmpty()) {
      throw new IllegalStateException("no gate catalogue");
    }

    // 进度风险: the last six finished checks; of the latest, the worst grade per project × category and the RED nodes
    List<Object[]> checks = rows(c, """
        SELECT period_date, red_count, orange_count FROM ro_risk_check
         WHERE region_code = ? AND finished_at IS NOT NULL ORDER BY period_date DESC LIMIT 6""", region);
    LocalDate period = checks.isEmpty() ? null : ((Date) checks.get(0)[0]).toLocalDate();
    int heatCells = 0;
    int red = 0;
    int heatRows = 0;
    if (period != null) {
      List<Object[]> worst = rows(c, """
          SELECT r.project_code, n.category,
                 MAX(CASE r.grade WHEN 'RED' THEN 3 WHEN 'ORANGE' THEN 2 WHEN 'YELLOW' THEN 1 ELSE 0 END)
            FROM ro_risk_assessment r JOIN ro_project p ON p.code = r.project_code
            JOIN ro_plan_node n ON n.id = r.node_id
           WHERE r.period_date = ? AND p.region_code = ?
           GROUP BY r.project_code, n.category""", Date.valueOf(period), region);
      Map<String, Map<String, String>> heat = new TreeMap<>();
      codes.forEach(p -> heat.put(p, new LinkedHashMap<>()));
      for (Object[] w : worst) {
        Map<String, String> row = heat.get((String) w[0]);
        if (row != null) {
          row.put((String) w[1], GRADES.get(((Number) w[2]).intValue()));
        }
      }
      heatRows = heat.size();
      for (Map<String, String> row : heat.values()) {
        heatCells += row.size();
      }
      red = rows(c, """
          SELECT r.project_code, n.node_code, n.name, n.node_level, n.category, r.days_overdue,
                 r.forecast_delay_days, r.consecutive_checks, r.reason
            FROM ro_risk_assessment r USE INDEX (ix_risk_period_grade)
            JOIN ro_project p ON p.code = r.project_code JOIN ro_plan_node n ON n.id = r.node_id
           WHERE r.period_date = ? AND r.grade = 'RED' AND p.region_code = ?
           ORDER BY r.days_overdue DESC""", Date.valueOf(period), region).size();
    }

    // 里程碑: baseline, planned and actual finish of every milestone of the region
    List<Object[]> milestones = rows(c, """
        SELECT n.project_code, n.node_code, n.name, n.baseline_finish, n.planned_finish, n.actual_finish
          FROM ro_project p JOIN ro_plan_node n USE INDEX (ix_plan_node_level)
            ON n.project_code = p.code AND n.node_level = 'MILESTONE'
         WHERE p.region_code = ?
         ORDER BY n.project_code, n.planned_finish, n.node_code""", region);
    int late = 0;
    for (Object[] m : milestones) {
      LocalDate planned = ((Date) m[4]).toLocalDate();
      LocalDate baseline = m[3] != null ? ((Date) m[3]).toLocalDate() : planned;
      LocalDate reached = m[5] != null ? ((Date) m[5]).toLocalDate() : planned.isBefore(today) ? today : planned;
      late += ChronoUnit.DAYS.between(baseline, reached) > 0 ? 1 : 0;
    }

    // 证照: the region's project certificates, by status, expiring within the horizon, expired
    List<Object[]> certificates = rows(c, """
        SELECT c.id, c.project_code, t.name, c.cert_no, c.status, c.valid_until, c.next_review_due
          FROM ro_certificate c JOIN ro_certificate_type t ON t.code = c.type_code
         WHERE c.region_code = ? AND c.project_code IS NOT NULL""", region);
    int expiring = 0;
    int expired = 0;
    int certs = 0;
    Map<String, Integer> byStatus = new HashMap<>();
    for (Object[] x : certificates) {
      if (!codes.contains((String) x[1])) {
        continue;
      }
      certs++;
      String status = (String) x[4];
      byStatus.merge(status, 1, Integer::sum);
      LocalDate due = x[6] != null ? ((Date) x[6]).toLocalDate() : x[5] != null ? ((Date) x[5]).toLocalDate() : null;
      if ("EXPIRED".equals(status)) {
        expired++;
      } else if (due != null && !"PLANNED".equals(status) && !"REVOKED".equals(status)
          && !due.isAfter(today.plusDays(CERTIFICATE_HORIZON_DAYS))) {
        expiring++;
      }
    }

    // 经营目标: year to date through last month, plan of the approved split against the actuals
    int targets = 0;
    YearMonth through = YearMonth.from(today).minusMonths(1);
    if (through.getYear() == today.getYear()) {
      List<Object[]> version = rows(c, """
          SELECT id FROM ro_target_version WHERE region_code = ? AND target_year = ? AND status = 'APPROVED'""",
          region, through.getYear());
      if (!version.isEmpty()) {
        Map<String, BigDecimal> actual = new HashMap<>();
        for (Object[] a : rows(c, """
            SELECT a.project_code, a.metric, SUM(a.amount) FROM ro_operating_actual a
              JOIN ro_project p ON p.code = a.project_code
             WHERE p.region_code = ? AND a.target_year = ? AND a.target_month <= ?
             GROUP BY a.project_code, a.metric""", region, through.getYear(), through.getMonthValue())) {
          actual.put(a[0] + "/" + a[1], (BigDecimal) a[2]);
        }
        for (Object[] p : rows(c, """
            SELECT project_code, metric, SUM(plan_amount) FROM ro_operating_target
             WHERE version_id = ? AND target_month <= ? GROUP BY project_code, metric""",
            ((Number) version.get(0)[0]).longValue(), through.getMonthValue())) {
          BigDecimal plan = (BigDecimal) p[2];
          BigDecimal done = actual.getOrDefault(p[0] + "/" + p[1], BigDecimal.ZERO);
          if (plan.signum() > 0) {
            done.multiply(BigDecimal.valueOf(100)).divide(plan, 1, RoundingMode.HALF_UP);
          }
          targets++;
        }
      }
    }

    // 考核: last month's snapshot rows of the region's projects
    YearMonth last = YearMonth.from(today).minusMonths(1);
    int kpi = 0;
    String kpiPeriod = null;
    if (last.atEndOfMonth().isBefore(today)) {
      kpiPeriod = last.toString();
      for (Object[] s : rows(c, """
          SELECT s.project_code, p.name, s.scope, s.due_count, s.achieved_count, s.achievement_rate, s.adjustments,
                 s.overdue_decisions, s.lapsed_certificates, s.reports_due, s.reports_on_time, s.timeliness_rate,
                 s.behavior_score
            FROM ro_kpi_snapshot s JOIN ro_project p ON p.code = s.project_code
           WHERE s.period = ? AND p.region_code = ? ORDER BY s.project_code, s.id""", kpiPeriod, region)) {
        kpi += "ALL".equals(s[2]) ? 1 : 0;
      }
    }
    return new Figures(projects.size(), rounds.size(), open, overdue, period, checks.size(), heatRows, heatCells, red,
        milestones.size(), late, certs, expiring, expired, targets, kpiPeriod, kpi);
  }

  /** BOARD_FLOOR_DETAIL=1: the time of each statement of the last measured pass. */
  static final Map<String, Double> DETAIL = System.getenv("BOARD_FLOOR_DETAIL") != null ? new LinkedHashMap<>() : null;

  static List<Object[]> rows(Connection c, String sql, Object... params) throws SQLException {
    long s = System.nanoTime();
    try {
      return query(c, sql, params);
    } finally {
      if (DETAIL != null) {
        DETAIL.put(sql.strip().replaceAll("\\s+", " ").substring(0, Math.min(90, sql.strip().replaceAll("\\s+", " ").length())),
            (System.nanoTime() - s) / 1e6);
      }
    }
  }

  static List<Object[]> query(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        int n = rs.getMetaData().getColumnCount();
        List<Object[]> out = new ArrayList<>();
        while (rs.next()) {
          Object[] row = new Object[n];
          for (int i = 0; i < n; i++) {
            row[i] = rs.getObject(i + 1);
          }
          out.add(row);
        }
        return out;
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // generate: PROJECTS projects of REGION with NODES plan nodes each and a year of history, written over JDBC into
  // the stopped app's H2 file, table by table with the migrations' columns. Only what the real code paths write:
  // a check writes ro_risk_check, one ro_risk_assessment per node open at its date, ro_data_quality_issue;
  // a gate round ro_gate_review, its meeting and decisions; the KPI job ro_kpi_lock/_due and ro_kpi_snapshot.

  static final class Node {
    long id;
    int project;
    String code;
    String name;
    int level;
    int category;
    String owner;
    LocalDate baselineStart;
    LocalDate baselineFinish;
    LocalDate plannedStart;
    LocalDate plannedFinish;
    LocalDate actualStart;
    LocalDate actualFinish;
    int progress;
    int lag;
    /** consecutive RED/ORANGE checks so far, while generating the history */
    int consecutive;
    String previousGrade;

    boolean openAt(LocalDate day) {
      return actualFinish == null || actualFinish.isAfter(day);
    }
  }

  static final class Project {
    String code;
    String name;
    String company;
    LocalDate land;
    List<Node> nodes = new ArrayList<>();
  }

  /** When each gate of 七前三后 is held, in days after the land was acquired (sort order 1–10). */
  static final int[] GATE_DAY = {20, 110, 200, 290, 380, 470, 560, 620, 1000, 1095};
  static final String[] GATE_FUNCTIONS = {"fn-design", "fn-engineering", "fn-marketing", "fn-cost", "fn-finance",
      "fn-investment"};

  static void generate(String url, String region, int projectCount, int nodeCount, int checkCount) throws Exception {
    long started = System.nanoTime();
    LocalDate today = today();
    LocalDateTime now = LocalDateTime.now(CHINA).withNano(0);
    Map<String, Integer> written = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      c.setAutoCommit(false);
      List<Object[]> gateRows = rows(c, "SELECT code, name FROM ro_gate_definition ORDER BY sort_order");
      if (gateRows.size() != GATE_DAY.length) {
        throw new IllegalStateException("expected 10 gates, found " + gateRows.size());
      }
      if (!rows(c, "SELECT code FROM ro_project WHERE code LIKE 'BN%'").isEmpty()) {
        throw new IllegalStateException("the database already holds generated projects (BN...)");
      }

      // --- projects and their plans -----------------------------------------------------------------------------
      List<Project> projects = new ArrayList<>();
      for (int i = 0; i < projectCount; i++) {
        Project p = new Project();
        p.code = String.format("BN%04d", i + 1);
        p.name = String.format("基准项目%04d", i + 1);
        p.company = String.format("基准置业第%04d有限公司", i + 1);
        // land acquired between one and three years ago: some projects before opening, some near handover
        p.land = today.minusDays(365 + (long) i * 730 / Math.max(1, projectCount));
        plan(p, i, nodeCount, today);
        projects.add(p);
      }
      try (PreparedStatement ps = c.prepareStatement("""
          INSERT INTO ro_project (code, name, region_code, city, company_name, status, created_at, updated_at,
              target_construction_start, target_first_opening, target_handover, target_sales, target_net_profit,
              targets_fixed_at, plan_template_code, plan_template_version)
          VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)""")) {
        for (Project p : projects) {
          ps.setString(1, p.code);
          ps.setString(2, p.name);
          ps.setString(3, region);
          ps.setString(4, "基准市");
          ps.setString(5, p.company);
          ps.setTimestamp(6, Timestamp.valueOf(p.land.atTime(10, 0)));
          ps.setTimestamp(7, Timestamp.valueOf(p.land.plusDays(25).atTime(17, 0)));
          ps.setDate(8, Date.valueOf(p.land.plusDays(180)));
          ps.setDate(9, Date.valueOf(p.land.plusDays(560)));
          ps.setDate(10, Date.valueOf(p.land.plusDays(1000)));
          ps.setBigDecimal(11, new BigDecimal("180000.00"));
          ps.setBigDecimal(12, new BigDecimal("14400.00"));
          ps.setTimestamp(13, Timestamp.valueOf(p.land.plusDays(GATE_DAY[0]).atTime(17, 0)));
          ps.addBatch();
        }
        ps.executeBatch();
      }
      written.put("ro_project", projects.size());
      int nodeRows = 0;
      try (PreparedStatement ps = c.prepareStatement("""
          INSERT INTO ro_plan_node (project_code, node_code, name, node_level, category, owner_group, baseline_start,
              baseline_finish, planned_start, planned_finish, actual_start, actual_finish, progress_pct, created_at,
              updated_at, baselined_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
        for (Project p : projects) {
          for (Node n : p.nodes) {
            ps.setString(1, p.code);
            ps.setString(2, n.code);
            ps.setString(3, n.name);
            ps.setString(4, LEVELS[n.level]);
            ps.setString(5, CATEGORIES[n.category]);
            ps.setString(6, n.owner);
            setDate(ps, 7, n.baselineStart);
            setDate(ps, 8, n.baselineFinish);
            setDate(ps, 9, n.plannedStart);
            setDate(ps, 10, n.plannedFinish);
            setDate(ps, 11, n.actualStart);
            setDate(ps, 12, n.actualFinish);
            ps.setInt(13, n.progress);
            ps.setTimestamp(14, Timestamp.valueOf(p.land.plusDays(3).atTime(10, 0)));
            LocalDate touched = n.actualFinish != null ? n.actualFinish.plusDays(2) : p.land.plusDays(3);
            ps.setTimestamp(15, Timestamp.valueOf((touched.isAfter(today) ? today : touched).atTime(11, 0)));
            LocalDateTime baselined = n.baselineFinish == null ? null
                : p.land.plusDays(n.level <= 1 ? GATE_DAY[0] : GATE_DAY[3]).atTime(17, 0);
            ps.setTimestamp(16, baselined == null ? null : Timestamp.valueOf(baselined));
            ps.addBatch();
            if (++nodeRows % 1000 == 0) {
              ps.executeBatch();
            }
          }
        }
        ps.executeBatch();
      }
      written.put("ro_plan_node", nodeRows);
      Map<String, Node> byKey = new HashMap<>();
      for (Project p : projects) {
        for (Node n : p.nodes) {
          byKey.put(p.code + "/" + n.code, n);
        }
      }
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT id, project_code, node_code FROM ro_plan_node WHERE project_code LIKE 'BN%'");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          byKey.get(rs.getString(2) + "/" + rs.getString(3)).id = rs.getLong(1);
        }
      }
      c.commit();
      lap("projects and plan nodes", started);

      // --- 七前三后: rounds, their meetings and decisions ----------------------------------------------------------
      gates(c, region, projects, gateRows, today, written);
      c.commit();
      lap("gate rounds, meetings, decisions", started);

      // --- certificates: the demo's eight per project ------------------------------------------------------------
      certificates(c, region, projects, today, written);
      c.commit();
      lap("certificates", started);

      // --- biweekly checks --------------------------------------------------------------------------------------
      checks(c, region, projects, today, checkCount, written);
      lap("risk checks, assessments, data-quality issues", started);

      // --- targets and actuals of the year ----------------------------------------------------------------------
      targets(c, region, projects, today, written);
      c.commit();
      lap("targets and actuals", started);

      // --- KPI: locks (with the due nodes) for twelve ended months and this one, snapshots of the ended ones ----
      kpi(c, projects, today, written);
      c.commit();
      lap("KPI locks and snapshots", started);

      // H2 keeps the pages a bulk load replaced until its background writer compacts them, which it then does while
      // the app serves requests (a 1.2 GB file, a fifth of the CPU in a first try); a year-old database has long been
      // compacted, so compact it now
      try (Statement s = c.createStatement()) {
        s.execute("SHUTDOWN COMPACT");
      }
      lap("SHUTDOWN COMPACT", started);
    }
    long rowsTotal = written.values().stream().mapToLong(Integer::longValue).sum();
    StringBuilder sb = new StringBuilder();
    written.forEach((t, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(t).append(' ').append(String.format("%,d", n)));
    System.out.printf("  generated %,d rows in %.1f s: %s%n", rowsTotal, (System.nanoTime() - started) / 1e9, sb);
  }

  static void lap(String what, long started) {
    System.out.printf("    %-48s done at %6.1f s%n", what, (System.nanoTime() - started) / 1e9);
  }

  static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
    if (d == null) {
      ps.setNull(i, Types.DATE);
    } else {
      ps.setDate(i, Date.valueOf(d));
    }
  }

  /**
   * NODES nodes over about three years from the land: one in twenty a milestone, three L1, six L2, ten L3; the
   * categories in turn. Milestones, L1, construction and supply nodes are baselined, a fifth of them since moved by
   * an adjustment. Past nodes are mostly done (a few days early to a month late); of the last 120 days a third is
   * still open, so overdue.
   */
  static void plan(Project p, int index, int count, LocalDate today) {
    SplittableRandom random = new SplittableRandom(4711L * (index + 1));
    int span = 1100;
    int[] durations = {0, 60, 30, 10};
    for (int k = 0; k < count; k++) {
      Node n = new Node();
      int slot = k % 20;
      n.level = slot == 0 ? 0 : slot <= 3 ? 1 : slot <= 9 ? 2 : 3;
      n.category = k % CATEGORIES.length;
      n.code = String.format("%s-%03d", n.level == 0 ? "M" : LEVELS[n.level], k + 1);
      n.name = String.format("%s%s节点%03d", CATEGORY_LABELS[n.category],
          new String[] {"里程碑", "一级", "二级", "三级"}[n.level], k + 1);
      n.owner = switch (CATEGORIES[n.category]) {
        case "DESIGN" -> "fn-design";
        case "SUPPLY" -> "fn-cost";
        case "OPENING" -> "fn-marketing";
        default -> "office-" + p.code;
      };
      LocalDate finish = p.land.plusDays(30 + (long) k * (span - 30) / count + random.nextInt(-5, 6));
      boolean baselined = n.level <= 1 || "CONSTRUCTION".equals(CATEGORIES[n.category])
          || "SUPPLY".equals(CATEGORIES[n.category]);
      LocalDate planned = finish;
      if (baselined) {
        n.baselineFinish = finish;
        n.baselineStart = finish.minusDays(durations[n.level]);
        if (random.nextInt(5) == 0) {
          planned = finish.plusDays(random.nextInt(7, 46));
        }
      }
      n.plannedFinish = planned;
      n.plannedStart = planned.minusDays(durations[n.level]);
      n.lag = random.nextInt(0, 36);
      long past = ChronoUnit.DAYS.between(planned, today);
      if (past > 120 || (past > 0 && random.nextInt(3) > 0)) {
        int delay = random.nextInt(-5, past > 120 ? 41 : 26);
        LocalDate actual = planned.plusDays(delay);
        if (actual.isBefore(today)) {
          n.actualFinish = actual;
          n.actualStart = n.plannedStart.plusDays(random.nextInt(-3, 8));
          if (n.actualStart.isAfter(actual)) {
            n.actualStart = actual;
          }
          n.progress = 100;
        }
      }
      if (n.actualFinish == null) {
        int expected = expectedProgress(n, today);
        n.progress = Math.max(0, Math.min(99, expected - n.lag));
        if (n.progress > 0) {
          n.actualStart = n.plannedStart.plusDays(random.nextInt(0, 8));
          if (n.actualStart.isAfter(today)) {
            n.actualStart = today;
          }
        }
      }
      n.project = index;
      p.nodes.add(n);
    }
  }

  static int expectedProgress(Node n, LocalDate day) {
    if (!n.plannedFinish.isAfter(n.plannedStart)) {
      return day.isBefore(n.plannedFinish) ? 0 : 100;
    }
    long span = ChronoUnit.DAYS.between(n.plannedStart, n.plannedFinish);
    long elapsed = ChronoUnit.DAYS.between(n.plannedStart, day);
    return (int) Math.max(0, Math.min(100, elapsed * 100 / span));
  }

  /** DMN schedule-risk-grade (base grade, then the category step), as the legacy dialect evaluates it. */
  static String[] grade(Node n, LocalDate day) {
    int daysTo = (int) ChronoUnit.DAYS.between(day, n.plannedFinish);
    int overdue = Math.max(0, -daysTo);
    int lag = Math.min(expectedProgress(n, day), n.lag);
    String g = "GREEN";
    String reason = "进度正常";
    switch (n.level) {
      case 0 -> {
        if (overdue >= 1) {
          g = "RED";
          reason = "里程碑节点已逾期";
        } else if (daysTo <= 14 && lag >= 20) {
          g = "YELLOW";
          reason = "距计划完成不足两周且进度滞后20%以上";
        }
      }
      case 1 -> {
        if (overdue >= 10) {
          g = "RED";
          reason = "一级节点逾期10天以上";
        } else if (overdue >= 1) {
          g = "ORANGE";
          reason = "一级节点已逾期";
        } else if (daysTo <= 14 && lag >= 20) {
          g = "YELLOW";
          reason = "距计划完成不足两周且进度滞后20%以上";
        }
      }
      case 2 -> {
        if (overdue >= 20) {
          g = "RED";
          reason = "二级节点逾期20天以上";
        } else if (overdue >= 10) {
          g = "ORANGE";
          reason = "二级节点逾期10天以上";
        } else if (overdue >= 1) {
          g = "YELLOW";
          reason = "二级节点已逾期";
        }
      }
      default -> {
        if (overdue >= 30) {
          g = "RED";
          reason = "三级节点逾期30天以上";
        } else if (overdue >= 15) {
          g = "ORANGE";
          reason = "三级节点逾期15天以上";
        } else if (overdue >= 1) {
          g = "YELLOW";
          reason = "三级节点已逾期";
        }
      }
    }
    String category = CATEGORIES[n.category];
    if (category.equals("OPENING") || category.equals("SUPPLY") || category.equals("HANDOVER")) {
      if (g.equals("YELLOW") || g.equals("ORANGE")) {
        g = g.equals("YELLOW") ? "ORANGE" : "RED";
        reason = reason + "（开盘/供货/交楼类节点升一级）";
      }
    }
    return new String[] {g, reason, Integer.toString(overdue), Integer.toString(lag)};
  }

  /**
   * CHECKS biweekly checks: on the region's own grid when it has finished checks (the demo's), else on the default
   * cycle; a period the region already has a check for gets the new projects' rows and counts added.
   */
  static void checks(Connection c, String region, List<Project> projects, LocalDate today, int count,
      Map<String, Integer> written) throws SQLException {
    List<Object[]> existing = rows(c, """
        SELECT MAX(period_date) FROM ro_risk_check WHERE region_code = ? AND finished_at IS NOT NULL""", region);
    LocalDate latest;
    if (existing.get(0)[0] != null) {
      latest = ((Date) existing.get(0)[0]).toLocalDate();
    } else {
      long k = Math.floorDiv(ChronoUnit.DAYS.between(CHECK_ANCHOR, today), 14);
      latest = CHECK_ANCHOR.plusDays(14 * k);
    }
    List<LocalDate> periods = new ArrayList<>();
    for (int i = count - 1; i >= 0; i--) {
      periods.add(latest.minusDays(14L * i));
    }
    List<Node> all = new ArrayList<>();
    projects.forEach(p -> all.addAll(p.nodes));
    int assessments = 0;
    int issues = 0;
    int merged = 0;
    try (PreparedStatement find = c.prepareStatement(
            "SELECT id FROM ro_risk_check WHERE region_code = ? AND period_date = ?");
        PreparedStatement insertCheck = c.prepareStatement("""
            INSERT INTO ro_risk_check (region_code, period_date, process_instance_id, started_by, started_at,
                finished_at, nodes_graded, red_count, orange_count, yellow_count, green_count)
            VALUES (?, ?, NULL, NULL, ?, NULL, 0, 0, 0, 0, 0)""");
        PreparedStatement addCounts = c.prepareStatement("""
            UPDATE ro_risk_check SET finished_at = COALESCE(finished_at, ?), nodes_graded = nodes_graded + ?,
                   red_count = red_count + ?, orange_count = orange_count + ?, yellow_count = yellow_count + ?,
                   green_count = green_count + ?
             WHERE id = ?""");
        PreparedStatement assess = c.prepareStatement("""
            INSERT INTO ro_risk_assessment (node_id, period_date, grade, reason, days_overdue, forecast_delay_days,
                progress_lag_pct, created_at, project_code, consecutive_checks)
            VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""");
        PreparedStatement issue = c.prepareStatement("""
            INSERT INTO ro_data_quality_issue (check_id, project_code, node_code, node_name, kind, days, detail)
            VALUES (?, ?, ?, ?, 'MISSING_STATUS_UPDATE', ?, ?)""")) {
      for (LocalDate period : periods) {
        LocalDateTime start = period.atTime(8, 0);
        find.setString(1, region);
        find.setDate(2, Date.valueOf(period));
        long checkId;
        try (ResultSet rs = find.executeQuery()) {
          checkId = rs.next() ? rs.getLong(1) : -1;
        }
        if (checkId < 0) {
          insertCheck.setString(1, region);
          insertCheck.setDate(2, Date.valueOf(period));
          insertCheck.setTimestamp(3, Timestamp.valueOf(start));
          insertCheck.executeUpdate();
          try (ResultSet rs = find.executeQuery()) {
            rs.next();
            checkId = rs.getLong(1);
          }
        } else {
          merged++;
        }
        int[] counts = new int[4];
        int batch = 0;
        Timestamp created = Timestamp.valueOf(start.plusMinutes(1));
        for (Node n : all) {
          if (!n.openAt(period)) {
            continue;
          }
          String[] g = grade(n, period);
          boolean serious = g[0].equals("RED") || g[0].equals("ORANGE");
          boolean before = "RED".equals(n.previousGrade) || "ORANGE".equals(n.previousGrade);
          n.consecutive = !serious ? 0 : before ? n.consecutive + 1 : 1;
          n.previousGrade = g[0];
          counts[GRADES.indexOf(g[0])]++;
          Project p = projects.get(n.project);
          assess.setLong(1, n.id);
          assess.setDate(2, Date.valueOf(period));
          assess.setString(3, g[0]);
          assess.setString(4, g[1]);
          assess.setInt(5, Integer.parseInt(g[2]));
          assess.setInt(6, Integer.parseInt(g[3]));
          assess.setTimestamp(7, created);
          assess.setString(8, p.code);
          assess.setInt(9, n.consecutive);
          assess.addBatch();
          assessments++;
          int overdue = Integer.parseInt(g[2]);
          if (overdue > 0) {
            issue.setLong(1, checkId);
            issue.setString(2, p.code);
            issue.setString(3, n.code);
            issue.setString(4, n.name);
            issue.setInt(5, overdue);
            issue.setString(6, "计划完成 " + n.plannedFinish + "，已逾期 " + overdue + " 天，本期未更新预计完成日期和原因");
            issue.addBatch();
            issues++;
          }
          if (++batch % 2000 == 0) {
            assess.executeBatch();
            issue.executeBatch();
          }
        }
        // nodes done by this check no longer carry a grade into the next one
        for (Node n : all) {
          if (!n.openAt(period)) {
            n.previousGrade = null;
            n.consecutive = 0;
          }
        }
        assess.executeBatch();
        issue.executeBatch();
        int graded = counts[0] + counts[1] + counts[2] + counts[3];
        addCounts.setTimestamp(1, Timestamp.valueOf(start.plusMinutes(2 + graded / 15_000)));
        addCounts.setInt(2, graded);
        addCounts.setInt(3, counts[3]);
        addCounts.setInt(4, counts[2]);
        addCounts.setInt(5, counts[1]);
        addCounts.setInt(6, counts[0]);
        addCounts.setLong(7, checkId);
        addCounts.executeUpdate();
        c.commit();
      }
    }
    written.put("ro_risk_check", periods.size() - merged);
    written.put("ro_risk_assessment", assessments);
    written.put("ro_data_quality_issue", issues);
    System.out.printf("    checks %s … %s (%d, %d of them the region's own, merged)%n", periods.get(0),
        periods.get(periods.size() - 1), periods.size(), merged);
  }

  /**
   * Each gate whose day has come: passed (CLOSED once its decisions are verified, PASSED while some are open), one
   * in eight after a failed first round; the next gate, when due within 30 days, IN_REVIEW with its meeting
   * scheduled. A held round has its meeting (minutes, conclusion) and four decisions.
   */
  static void gates(Connection c, String region, List<Project> projects, List<Object[]> gateRows, LocalDate today,
      Map<String, Integer> written) throws SQLException {
    record Round(Project p, int gate, int round, String status, String conclusion, LocalDate day, boolean held) {
    }
    List<Round> rounds = new ArrayList<>();
    for (int i = 0; i < projects.size(); i++) {
      Project p = projects.get(i);
      SplittableRandom random = new SplittableRandom(911L * (i + 1));
      for (int g = 0; g < GATE_DAY.length; g++) {
        LocalDate day = p.land.plusDays(GATE_DAY[g] + random.nextInt(-7, 8));
        if (!day.isBefore(today)) {
          if (day.isBefore(today.plusDays(30))) {
            rounds.add(new Round(p, g, 1, "IN_REVIEW", null, day, false));
          }
          break;
        }
        int round = 1;
        if (random.nextInt(8) == 0 && day.minusDays(30).isAfter(p.land)) {
          rounds.add(new Round(p, g, 1, "FAILED", "FAIL", day.minusDays(30), true));
          round = 2;
        }
        String status = day.isBefore(today.minusDays(75)) ? "CLOSED" : "PASSED";
        rounds.add(new Round(p, g, round, status, random.nextInt(5) == 0 ? "CONDITIONAL" : "PASS", day, true));
      }
    }
    try (PreparedStatement ps = c.prepareStatement("""
        INSERT INTO ro_gate_review (project_code, gate_code, round_no, process_instance_id, status, conclusion,
            started_by, started_at, finished_at, planned_meeting_date)
        VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)""")) {
      for (Round r : rounds) {
        ps.setString(1, r.p().code);
        ps.setString(2, (String) gateRows.get(r.gate())[0]);
        ps.setInt(3, r.round());
        ps.setString(4, r.status());
        ps.setString(5, r.conclusion());
        ps.setString(6, "ops.south");
        ps.setTimestamp(7, Timestamp.valueOf(r.day().minusDays(21).atTime(10, 0)));
        LocalDateTime finished = r.status().equals("FAILED") ? r.day().atTime(17, 0)
            : r.status().equals("CLOSED") ? r.day().plusDays(70).atTime(17, 0) : null;
        ps.setTimestamp(8, finished == null ? null : Timestamp.valueOf(finished));
        ps.setDate(9, Date.valueOf(r.day()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    Map<String, Long> ids = new HashMap<>();
    for (Object[] row : rows(c, "SELECT id, project_code, gate_code, round_no FROM ro_gate_review WHERE project_code LIKE 'BN%'")) {
      ids.put(row[1] + "/" + row[2] + "/" + row[3], ((Number) row[0]).longValue());
    }
    int meetings = 0;
    try (PreparedStatement ps = c.prepareStatement("""
        INSERT INTO ro_meeting (kind, region_code, project_code, gate_review_id, title, scheduled_at, location,
            chair_user, conclusion, minutes, process_instance_id, created_at, attending_functions, minutes_approved_by)
        VALUES ('GATE', ?, ?, ?, ?, ?, ?, 'president.south', ?, ?, NULL, ?, ?, ?)""")) {
      for (Round r : rounds) {
        if (!r.held() && r.day().isAfter(today.plusDays(14))) {
          continue; // not yet scheduled
        }
        String gateName = (String) gateRows.get(r.gate())[1];
        ps.setString(1, region);
        ps.setString(2, r.p().code);
        ps.setLong(3, ids.get(r.p().code + "/" + gateRows.get(r.gate())[0] + "/" + r.round()));
        ps.setString(4, r.p().name + gateName + (r.round() > 1 ? "（第" + r.round() + "轮）" : ""));
        ps.setTimestamp(5, Timestamp.valueOf(r.day().atTime(14, 0)));
        ps.setString(6, "区域公司3楼会议室");
        ps.setString(7, r.held() ? r.conclusion() : null);
        ps.setString(8, r.held() ? gateName + "纪要：与会职能部门审议上会资料，形成决议如下。" : null);
        ps.setTimestamp(9, Timestamp.valueOf(r.day().minusDays(14).atTime(10, 0)));
        ps.setString(10, "fn-design,fn-engineering,fn-marketing,fn-cost");
        ps.setString(11, r.held() ? "president.south" : null);
        ps.addBatch();
        meetings++;
      }
      ps.executeBatch();
    }
    Map<Long, Long> meetingOf = new HashMap<>();
    for (Object[] row : rows(c, """
        SELECT m.id, m.gate_review_id FROM ro_meeting m WHERE m.project_code LIKE 'BN%'""")) {
      meetingOf.put(((Number) row[1]).longValue(), ((Number) row[0]).longValue());
    }
    int decisions = 0;
    try (PreparedStatement ps = c.prepareStatement("""
        INSERT INTO ro_meeting_decision (meeting_id, seq, content, owner_group, owner_user, due_date, status, evidence,
            process_instance_id, verified_by, verified_at, completed_on, review_comment)
        VALUES (?, ?, ?, ?, NULL, ?, ?, ?, NULL, ?, ?, ?, NULL)""")) {
      SplittableRandom random = new SplittableRandom(17);
      for (Round r : rounds) {
        if (!r.held()) {
          continue;
        }
        long meeting = meetingOf.get(ids.get(r.p().code + "/" + gateRows.get(r.gate())[0] + "/" + r.round()));
        for (int seq = 1; seq <= 4; seq++) {
          LocalDate due = r.day().plusDays(10L * seq + random.nextInt(0, 10));
          String status = "VERIFIED";
          if (r.status().equals("PASSED")) {
            int roll = random.nextInt(3);
            status = roll == 0 ? "OPEN" : roll == 1 ? "DONE" : "VERIFIED";
          }
          LocalDate done = status.equals("OPEN") ? null : due.minusDays(random.nextInt(-5, 6));
          if (done != null && done.isAfter(today)) {
            done = today.minusDays(1);
          }
          ps.setLong(1, meeting);
          ps.setInt(2, seq);
          ps.setString(3, "决议事项" + seq + "：按会议要求补充完善并报区域运营管理部");
          ps.setString(4, GATE_FUNCTIONS[(r.gate() + seq) % GATE_FUNCTIONS.length]);
          ps.setDate(5, Date.valueOf(due));
          ps.setString(6, status);
          ps.setString(7, done == null ? null : "已完成，见附件");
          ps.setString(8, status.equals("VERIFIED") ? "ops.south" : null);
          ps.setTimestamp(9, status.equals("VERIFIED") ? Timestamp.valueOf(done.plusDays(2).atTime(16, 0)) : null);
          setDate(ps, 10, done);
          ps.addBatch();
          decisions++;
        }
      }
      ps.executeBatch();
    }
    written.put("ro_gate_review", rounds.size());
    written.put("ro_meeting", meetings);
    written.put("ro_meeting_decision", decisions);
  }

  /** The demo's eight per project: the six of the permit chain as the plan reaches them, qualification, licence. */
  static void certificates(Connection c, String region, List<Project> projects, LocalDate today,
      Map<String, Integer> written) throws SQLException {
    String[] chain = {"LAND_TITLE", "LAND_PLANNING_PERMIT", "ENGINEERING_PLANNING_PERMIT", "CONSTRUCTION_PERMIT",
        "PRESALE_PERMIT", "COMPLETION_FILING"};
    String[] prefix = {"LT", "LP", "EP", "CP", "PS", "CF"};
    int[] obtainedDay = {60, 75, 150, 180, 540, 1000};
    int rowsWritten = 0;
    try (PreparedStatement ps = c.prepareStatement("""
        INSERT INTO ro_certificate (type_code, cert_no, holder_company, project_code, region_code, issue_date,
            valid_until, next_review_due, responsible_group, status, remarks, created_at, updated_at, plan_node_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, NULL)""")) {
      for (int i = 0; i < projects.size(); i++) {
        Project p = projects.get(i);
        SplittableRandom random = new SplittableRandom(31L * (i + 1));
        for (int t = 0; t < chain.length; t++) {
          LocalDate issued = p.land.plusDays(obtainedDay[t] + random.nextInt(-10, 11));
          boolean obtained = issued.isBefore(today);
          LocalDate valid = chain[t].equals("PRESALE_PERMIT") && obtained ? issued.plusYears(2) : null;
          String status = !obtained ? "PLANNED" : valid != null && valid.isBefore(today) ? "EXPIRED" : "VALID";
          row(ps, chain[t], obtained ? p.code + "-" + prefix[t] : null, p, region, obtained ? issued : null, valid,
              null, "office-" + p.code, status, p.land);
          rowsWritten++;
        }
        LocalDate qualified = today.minusDays(random.nextInt(0, 1200));
        LocalDate qualifiedUntil = qualified.plusMonths(36);
        row(ps, "DEVELOPER_QUALIFICATION", p.code + "-ZZ", p, region, qualified, qualifiedUntil, null, "region-ops",
            qualifiedUntil.isBefore(today) ? "EXPIRED" : "VALID", p.land);
        LocalDate licence = p.land.minusDays(90);
        LocalDate review = LocalDate.of(today.getYear() + (today.getMonthValue() > 6 ? 1 : 0), 6, 30);
        row(ps, "BUSINESS_LICENSE", "91" + p.code + "MA5X", p, region, licence, licence.plusYears(30), review,
            "region-ops", "VALID", p.land);
        rowsWritten += 2;
      }
      ps.executeBatch();
    }
    written.put("ro_certificate", rowsWritten);
  }

  static void row(PreparedStatement ps, String type, String no, Project p, String region, LocalDate issued,
      LocalDate valid, LocalDate review, String group, String status, LocalDate created) throws SQLException {
    ps.setString(1, type);
    ps.setString(2, no);
    ps.setString(3, p.company);
    ps.setString(4, p.code);
    ps.setString(5, region);
    setDate(ps, 6, issued);
    setDate(ps, 7, valid);
    setDate(ps, 8, review);
    ps.setString(9, group);
    ps.setString(10, status);
    ps.setTimestamp(11, Timestamp.valueOf(created.atTime(10, 0)));
    ps.setTimestamp(12, Timestamp.valueOf(created.atTime(10, 0)));
    ps.addBatch();
  }

  /**
   * This year's split, as the decomposition process leaves it: a version approved in January (or the region's
   * approved one, which the new projects join), its region totals and function reviews, 12 months × 6 metrics per
   * project, frozen; the actuals of every ended month. The region's other projects join a new version too.
   */
  static void targets(Connection c, String region, List<Project> projects, LocalDate today,
      Map<String, Integer> written) throws SQLException {
    int year = today.getYear();
    List<Object[]> approved = rows(c, """
        SELECT id, version_no FROM ro_target_version WHERE region_code = ? AND target_year = ? AND status = 'APPROVED'""",
        region, year);
    List<String> codes = new ArrayList<>();
    projects.forEach(p -> codes.add(p.code));
    long versionId;
    int versionNo;
    boolean fresh = approved.isEmpty();
    if (fresh) {
      versionNo = 1 + rows(c, "SELECT version_no FROM ro_target_version WHERE region_code = ? AND target_year = ?",
          region, year).size();
      try (PreparedStatement ps = c.prepareStatement("""
          INSERT INTO ro_target_version (region_code, target_year, version_no, status, process_instance_id,
              submitted_by, submitted_at, decided_by, decided_at, decision_comment)
          VALUES (?, ?, ?, 'APPROVED', NULL, 'ops.south', ?, 'president.south', ?, '同意按此分解下达')""")) {
        ps.setString(1, region);
        ps.setInt(2, year);
        ps.setInt(3, versionNo);
        ps.setTimestamp(4, Timestamp.valueOf(LocalDate.of(year, 1, 6).atTime(10, 0)));
        ps.setTimestamp(5, Timestamp.valueOf(LocalDate.of(year, 1, 8).atTime(15, 0)));
        ps.executeUpdate();
      }
      Object[] v = rows(c, """
          SELECT id FROM ro_target_version WHERE region_code = ? AND target_year = ? AND version_no = ?""",
          region, year, versionNo).get(0);
      versionId = ((Number) v[0]).longValue();
      // the region's existing projects are in the split as well
      for (Object[] other : rows(c, "SELECT code FROM ro_project WHERE region_code = ? AND code NOT LIKE 'BN%'",
          region)) {
        codes.add((String) other[0]);
      }
      try (PreparedStatement ps = c.prepareStatement("""
          INSERT INTO ro_target_review (version_id, function_group, outcome, comment_text, user_id, decided_at)
          VALUES (?, ?, 'APPROVED', NULL, ?, ?)""")) {
        String[][] reviewers = {{"fn-marketing", "marketing.south"}, {"fn-finance", "finance.south"},
            {"fn-investment", "investment.south"}};
        for (String[] r : reviewers) {
          ps.setLong(1, versionId);
          ps.setString(2, r[0]);
          ps.setString(3, r[1]);
          ps.setTimestamp(4, Timestamp.valueOf(LocalDate.of(year, 1, 7).atTime(11, 0)));
          ps.addBatch();
        }
        ps.executeBatch();
      }
      written.put("ro_target_version", 1);
      written.put("ro_target_review", 3);
    } else {
      versionId = ((Number) approved.get(0)[0]).longValue();
      versionNo = ((Number) approved.get(0)[1]).intValue();
    }
    Map<String, BigDecimal> totals = new HashMap<>();
    int planRows = 0;
    int actualRows = 0;
    try (PreparedStatement plan = c.prepareStatement("""
            INSERT INTO ro_operating_target (project_code, target_year, target_month, metric, version_no, plan_amount,
                frozen, version_id)
            VALUES (?, ?, ?, ?, ?, ?, TRUE, ?)""");
        PreparedStatement actual = c.prepareStatement("""
            INSERT INTO ro_operating_actual (project_code, target_year, target_month, metric, amount, recorded_by,
                recorded_at)
            VALUES (?, ?, ?, ?, ?, 'ops.south', ?)""")) {
      for (int i = 0; i < codes.size(); i++) {
        String code = codes.get(i);
        SplittableRandom random = new SplittableRandom(53L * (i + 1));
        double base = 2000 + random.nextInt(0, 14000);
        double achievement = 0.6 + random.nextDouble() * 0.55;
        double[] share = {1, 0.9, 0.6, 1.2, 0.08, 0.15, 0.35};
        for (int m = 0; m < METRICS.length; m++) {
          for (int month = 1; month <= 12; month++) {
            double amount = base * share[m] * (90 + month * 2) / 100;
            if (METRICS[m].equals("CASH_FLOW") && month <= 2) {
              amount = -amount; // outflow early in the year: no grade for the months to date
            }
            BigDecimal planned = BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
            plan.setString(1, code);
            plan.setInt(2, year);
            plan.setInt(3, month);
            plan.setString(4, METRICS[m]);
            plan.setInt(5, versionNo);
            plan.setBigDecimal(6, planned);
            plan.setLong(7, versionId);
            plan.addBatch();
            planRows++;
            totals.merge(METRICS[m], planned, BigDecimal::add);
            if (month < today.getMonthValue()) {
              double wobble = (month % 3 - 1) * 0.03;
              actual.setString(1, code);
              actual.setInt(2, year);
              actual.setInt(3, month);
              actual.setString(4, METRICS[m]);
              actual.setBigDecimal(5, BigDecimal.valueOf(amount * (achievement + wobble)).setScale(2, RoundingMode.HALF_UP));
              actual.setTimestamp(6, Timestamp.valueOf(YearMonth.of(year, month).plusMonths(1).atDay(3).atTime(9, 30)));
              actual.addBatch();
              actualRows++;
            }
          }
        }
        if (i % 100 == 99) {
          plan.executeBatch();
          actual.executeBatch();
        }
      }
      plan.executeBatch();
      actual.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement(fresh
        ? "INSERT INTO ro_target_region_total (amount, version_id, metric) VALUES (?, ?, ?)"
        : "UPDATE ro_target_region_total SET amount = amount + ? WHERE version_id = ? AND metric = ?")) {
      for (String metric : METRICS) {
        ps.setBigDecimal(1, totals.getOrDefault(metric, BigDecimal.ZERO));
        ps.setLong(2, versionId);
        ps.setString(3, metric);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    written.put("ro_operating_target", planRows);
    written.put("ro_operating_actual", actualRows);
    System.out.printf("    targets: %s version %d of %d for %d projects%n", fresh ? "new approved" : "joined approved",
        versionNo, year, codes.size());
  }

  /**
   * The monthly KPI job: on the first of each month the month's due nodes locked (ro_kpi_lock, ro_kpi_due), and
   * the ended month snapshotted (ALL and one row per level), for the twelve months before this one; this month
   * locked. Achieved = done by the planned finish (KpiMapper.countDue); monthly rate rounded down to 0.1.
   */
  static void kpi(Connection c, List<Project> projects, LocalDate today, Map<String, Integer> written)
      throws SQLException {
    YearMonth current = YearMonth.from(today);
    int locks = 0;
    int dues = 0;
    int snapshots = 0;
    try (PreparedStatement lock = c.prepareStatement(
            "INSERT INTO ro_kpi_lock (period, project_code, due_count, locked_at) VALUES (?, ?, ?, ?)");
        PreparedStatement due = c.prepareStatement("""
            INSERT INTO ro_kpi_due (period, project_code, node_id, node_code, node_level, planned_finish)
            VALUES (?, ?, ?, ?, ?, ?)""");
        PreparedStatement snap = c.prepareStatement("""
            INSERT INTO ro_kpi_snapshot (period, project_code, scope, due_count, achieved_count, achievement_rate,
                adjustments, overdue_decisions, lapsed_certificates, computed_at, reports_due, reports_on_time,
                timeliness_rate, behavior_score)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
      for (int back = 12; back >= 0; back--) {
        YearMonth month = current.minusMonths(back);
        String period = month.toString();
        for (Project p : projects) {
          int[] dueBy = new int[4];
          int[] achievedBy = new int[4];
          for (Node n : p.nodes) {
            if (YearMonth.from(n.plannedFinish).equals(month)) {
              due.setString(1, period);
              due.setString(2, p.code);
              due.setLong(3, n.id);
              due.setString(4, n.code);
              due.setString(5, LEVELS[n.level]);
              due.setDate(6, Date.valueOf(n.plannedFinish));
              due.addBatch();
              dues++;
              dueBy[n.level]++;
              if (n.actualFinish != null && !n.actualFinish.isAfter(n.plannedFinish)) {
                achievedBy[n.level]++;
              }
            }
          }
          int dueAll = Arrays.stream(dueBy).sum();
          int achievedAll = Arrays.stream(achievedBy).sum();
          lock.setString(1, period);
          lock.setString(2, p.code);
          lock.setInt(3, dueAll);
          lock.setTimestamp(4, Timestamp.valueOf(month.atDay(1).atTime(9, 0)));
          lock.addBatch();
          locks++;
          if (back == 0) {
            continue; // this month: locked, not yet snapshotted
          }
          Timestamp computed = Timestamp.valueOf(month.plusMonths(1).atDay(1).atTime(9, 0));
          BigDecimal rate = rate(achievedAll, dueAll);
          int reportsDue = dueAll;
          int onTime = (int) Math.round(reportsDue * 0.9);
          BigDecimal timeliness = rate(onTime, reportsDue);
          BigDecimal score = rate == null && timeliness == null ? null
              : BigDecimal.valueOf((rate == null ? 0 : rate.doubleValue() * 0.7)
                  + (timeliness == null ? 0 : timeliness.doubleValue() * 0.3)).setScale(1, RoundingMode.HALF_UP);
          snapshot(snap, period, p.code, "ALL", dueAll, achievedAll, rate, 0, 0, 0, computed, reportsDue, onTime,
              timeliness, score);
          for (int l = 0; l < LEVELS.length; l++) {
            snapshot(snap, period, p.code, LEVELS[l], dueBy[l], achievedBy[l], rate(achievedBy[l], dueBy[l]), null,
                null, null, computed, null, null, null, null);
          }
          snapshots += 5;
        }
        lock.executeBatch();
        due.executeBatch();
        snap.executeBatch();
      }
    }
    written.put("ro_kpi_lock", locks);
    written.put("ro_kpi_due", dues);
    written.put("ro_kpi_snapshot", snapshots);
  }

  static BigDecimal rate(int achieved, int due) {
    return due == 0 ? null : BigDecimal.valueOf(achieved * 100L).divide(BigDecimal.valueOf(due), 1, RoundingMode.FLOOR);
  }

  static void snapshot(PreparedStatement ps, String period, String project, String scope, int due, int achieved,
      BigDecimal rate, Integer adjustments, Integer decisions, Integer certificates, Timestamp computed,
      Integer reportsDue, Integer onTime, BigDecimal timeliness, BigDecimal score) throws SQLException {
    ps.setString(1, period);
    ps.setString(2, project);
    ps.setString(3, scope);
    ps.setInt(4, due);
    ps.setInt(5, achieved);
    ps.setBigDecimal(6, rate);
    ps.setObject(7, adjustments, Types.INTEGER);
    ps.setObject(8, decisions, Types.INTEGER);
    ps.setObject(9, certificates, Types.INTEGER);
    ps.setTimestamp(10, computed);
    ps.setObject(11, reportsDue, Types.INTEGER);
    ps.setObject(12, onTime, Types.INTEGER);
    ps.setBigDecimal(13, timeliness);
    ps.setBigDecimal(14, score);
    ps.addBatch();
  }
}
