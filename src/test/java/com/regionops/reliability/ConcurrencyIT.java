package com.regionops.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.platform.engine.EngineIndexes;
import com.regionops.support.Http;
import com.regionops.support.MySqlServer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Identical requests at the same moment, on MariaDB as in production: exactly one wins, the rest
 * get a clean 4xx, nothing is half-written, and sixteen clients working side by side cause no
 * deadlock. Issue 10, "Concurrency".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false", "camunda.bpm.generate-unique-process-engine-name=true"})
@ActiveProfiles({"mysql", "demo"})
class ConcurrencyIT {

  static final String DATABASE = "regionops_concurrency";
  static final LocalDate TODAY = LocalDate.now();
  static final ListAppender<ILoggingEvent> LOG = new ListAppender<>();

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  javax.sql.DataSource dataSource;

  /**
   * This context's engine has a unique name (the shared IT context in the same JVM holds
   * "default"), so engine REST is addressed by name.
   */
  @Autowired
  org.camunda.bpm.engine.ProcessEngine engine;

  String rest(String path) {
    return "/engine-rest/engine/" + engine.getName() + path;
  }

  @BeforeAll
  static void freshDatabase() {
    MySqlServer.assumeAvailable();
    MySqlServer.recreateDatabase(DATABASE);
    LOG.start();
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(LOG);
  }

  @AfterAll
  static void detach() {
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(LOG);
  }

  @DynamicPropertySource
  static void datasource(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> MySqlServer.url(DATABASE));
    registry.add("spring.datasource.username", () -> MySqlServer.USER);
    registry.add("spring.datasource.password", () -> MySqlServer.PASSWORD);
    // Enough connections that the requests really meet in the database, not in the pool.
    registry.add("spring.datasource.hikari.maximum-pool-size", () -> 20);
  }

  /** Runs the same call n times at once (released together) and returns the statuses. */
  static List<Http.Response> together(int n, Callable<Http.Response> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch ready = new CountDownLatch(n);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Http.Response>> answers = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        answers.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return call.call();
        }));
      }
      ready.await();
      go.countDown();
      List<Http.Response> responses = new ArrayList<>();
      for (Future<Http.Response> answer : answers) {
        responses.add(answer.get());
      }
      return responses;
    } finally {
      pool.shutdownNow();
    }
  }

  static Map<Integer, Long> statuses(List<Http.Response> responses) {
    return responses.stream().collect(Collectors.groupingBy(Http.Response::status, Collectors.counting()));
  }

  /** A fresh SOUTH project with a lone open L3 node N1 due in 60 days. */
  String projectWithNode(Http http, String code) {
    assertThat(http.post("ops.south", "/api/v1/projects", Map.of("code", code, "name", "并发测试" + code,
        "regionCode", "SOUTH", "companyName", "并发测试置业有限公司")).status()).isEqualTo(201);
    Map<String, Object> plan = Map.of("nodes", List.of(Map.of("nodeCode", "N1", "name", "景观工程", "nodeLevel", "L3",
        "category", "CONSTRUCTION", "plannedStart", TODAY.plusDays(30).toString(),
        "plannedFinish", TODAY.plusDays(60).toString())), "dependencies", List.of());
    Http.Response imported = http.put("ops.south", "/api/v1/projects/" + code + "/plan", plan);
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    return code;
  }

  Map<String, Object> adjustment() {
    return Map.of("nodeCode", "N1", "newPlannedFinish", TODAY.plusDays(70).toString(),
        "reason", "景观苗木供货推迟，需顺延十天完成");
  }

  long pending(String project) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ro_plan_adjustment WHERE project_code = ? AND status = 'PENDING'",
        Long.class, project);
  }

  long instances(String key, String businessKeyPrefix) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_EXECUTION e JOIN ACT_RE_PROCDEF d"
        + " ON d.ID_ = e.PROC_DEF_ID_ WHERE d.KEY_ = ? AND e.PARENT_ID_ IS NULL AND e.BUSINESS_KEY_ LIKE ?",
        Long.class, key, businessKeyPrefix + "%");
  }

  @org.springframework.beans.factory.annotation.Autowired
  com.regionops.kpi.KpiService kpis;

  /**
   * The first reads of a month without a KPI snapshot, at once (the board on the 1st): each takes it or
   * finds it. Through the service: the API only ranks the configured years, whose months the demo has snapshotted.
   */
  @Test
  void tenFirstReadsOfAMonthsKpiAllAnswer() throws Exception {
    java.time.YearMonth month = java.time.YearMonth.of(TODAY.getYear() - 2, 1 + (int) (System.nanoTime() % 12));
    List<String> demo = List.of("GZ01", "GZ02", "SZ01", "SH01", "HZ01", "NJ01");
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
    try {
      List<java.util.concurrent.Future<Integer>> reads = new java.util.ArrayList<>();
      java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
      for (int i = 0; i < 10; i++) {
        reads.add(pool.submit(() -> {
          go.await();
          return kpis.monthly(month, demo).projects().size();
        }));
      }
      go.countDown();
      for (java.util.concurrent.Future<Integer> read : reads) {
        assertThat(read.get()).as("every read answers with the six demo projects").isEqualTo(6);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void fiftyIdenticalPlanAdjustmentsOverOurApiOpenOneAndRefuseFortyNine() throws Exception {
    Http http = new Http(port);
    String project = projectWithNode(http, "CC01");

    List<Http.Response> answers = together(50,
        () -> http.post("ops.south", "/api/v1/projects/" + project
            + "/plan-adjustments", adjustment()));

    assertThat(statuses(answers)).as(answers.stream().filter(r -> r.status() >= 500).findFirst()
        .map(Http.Response::toString).orElse("")).containsOnlyKeys(201, 409).containsEntry(201, 1L)
        .containsEntry(409, 49L);
    assertThat(pending(project)).isEqualTo(1);
    assertThat(instances("plan-adjustment", project + ":")).isEqualTo(1);
  }

  @Test
  void fiftyIdenticalPlanAdjustmentsOverEngineRestStartOneAndRefuseFortyNine() throws Exception {
    Http http = new Http(port);
    String project = projectWithNode(http, "CC02");
    Map<String, Object> start = Map.of("variables", Map.of("projectCode", Map.of("value", project),
        "nodeCode", Map.of("value", "N1"), "newPlannedFinish", Map.of("value", TODAY.plusDays(70).toString()),
        "reason", Map.of("value", "景观苗木供货推迟，需顺延十天完成")));

    List<Http.Response> answers = together(50,
        () -> http.post("ops.south", rest("/process-definition/key/plan-adjustment/start"), start));

    Map<Integer, Long> counts = statuses(answers);
    assertThat(counts.get(200)).as(counts + " " + answers.get(0)).isEqualTo(1L);
    assertThat(counts.keySet()).allSatisfy(status -> assertThat(status).isIn(200, 400, 409));
    assertThat(pending(project)).isEqualTo(1);
    assertThat(instances("plan-adjustment", project + ":")).isEqualTo(1);
  }

  @Test
  void fiftyIdenticalGateReviewsOpenOneRound() throws Exception {
    Http http = new Http(port);
    String project = projectWithNode(http, "CC03");
    Map<String, Object> gate = Map.of("gateCode", "PROJECT_KICKOFF", "plannedMeetingDate",
        TODAY.plusDays(7).toString(), "declarations", Map.of("targetConstructionStart", TODAY.plusDays(60).toString(),
            "targetFirstOpening", TODAY.plusDays(300).toString(), "targetHandover", TODAY.plusDays(900).toString(),
            "targetSales", 280000, "targetNetProfit", 21000.5));

    List<Http.Response> answers = together(50,
        () -> http.post("ops.south", "/api/v1/projects/" + project + "/gate-reviews", gate));

    assertThat(statuses(answers)).as(answers.stream().filter(r -> r.status() != 409).map(Http.Response::toString)
        .collect(Collectors.joining("\n"))).containsOnlyKeys(201, 409).containsEntry(201, 1L);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ro_gate_review WHERE project_code = ?", Long.class, project))
        .isEqualTo(1);
    assertThat(instances("gate-project-kickoff", project + ":")).isEqualTo(1);
  }

  @Test
  void twentyConcurrentCompletionsOfOneTaskSucceedOnce() throws Exception {
    Http http = new Http(port);
    String project = projectWithNode(http, "CC04");
    Http.Response requested = http.post("ops.south", "/api/v1/projects/" + project + "/plan-adjustments",
        adjustment());
    assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
    JsonNode task = http.get("ops.south", rest("/task?processInstanceId=")
        + requested.json().get("processInstanceId").asText()).json().get(0);
    assertThat(task).as(requested + " admin sees: " + http.get("admin", rest("/task?processInstanceId=")
        + requested.json().get("processInstanceId").asText())).isNotNull();
    Map<String, Object> approve = Map.of("variables", Map.of("approvalDecision", Map.of("value", "APPROVED"),
        "approvalComment", Map.of("value", "同意")));

    List<Http.Response> answers = together(20,
        () -> http.post("ops.south", rest("/task/" + task.get("id").asText() + "/complete"), approve));

    Map<Integer, Long> counts = statuses(answers);
    assertThat(counts.get(204)).as(counts.toString()).isEqualTo(1L);
    assertThat(counts.keySet()).as(answers.stream().filter(r -> r.status() != 204).map(Http.Response::toString)
        .distinct().collect(Collectors.joining("\n"))).allSatisfy(status -> assertThat(status).isIn(204, 404, 409));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ro_plan_adjustment_approval a JOIN ro_plan_adjustment p"
        + " ON p.id = a.adjustment_id WHERE p.project_code = ?", Long.class, project)).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT status FROM ro_plan_adjustment WHERE project_code = ?", String.class,
        project)).isEqualTo("APPROVED");
  }

  @Test
  void sixteenClientsWorkingSideBySideCauseNoDeadlockAndNo5xx() throws Exception {
    Http http = new Http(port);
    List<String> projects = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      projects.add(projectWithNode(http, "CD" + (10 + i)));
    }
    LOG.list.clear();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<List<Http.Response>>> work = new ArrayList<>();
      for (String project : projects) {
        work.add(pool.submit(() -> clientSession(http, project)));
      }
      List<Http.Response> all = new ArrayList<>();
      for (Future<List<Http.Response>> done : work) {
        all.addAll(done.get());
      }
      assertThat(all).as("every answer of the sixteen clients")
          .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isBetween(200, 299));
    } finally {
      pool.shutdownNow();
    }
    assertThat(LOG.list.stream().map(ILoggingEvent::getFormattedMessage)
        .filter(m -> m.contains("Deadlock") || m.contains("deadlock") || m.contains("Lock wait timeout")))
        .isEmpty();
  }

  /** One client: read the plan, preview, request an adjustment, approve it, read again. */
  List<Http.Response> clientSession(Http http, String project) {
    List<Http.Response> answers = new ArrayList<>();
    Function<Http.Response, Http.Response> keep = r -> {
      answers.add(r);
      return r;
    };
    String base = "/api/v1/projects/" + project;
    keep.apply(http.get("ops.south", base + "/plan-nodes"));
    keep.apply(http.post("ops.south", base + "/plan-adjustments/preview", adjustment()));
    String instance = keep.apply(http.post("ops.south", base + "/plan-adjustments", adjustment())).json()
        .get("processInstanceId").asText();
    JsonNode tasks = keep.apply(http.get("ops.south", rest("/task?processInstanceId=") + instance)).json();
    keep.apply(http.post("ops.south", rest("/task/" + tasks.get(0).get("id").asText() + "/complete"),
        Map.of("variables", Map.of("approvalDecision", Map.of("value", "APPROVED"),
            "approvalComment", Map.of("value", "同意")))));
    keep.apply(http.get("ops.south", base + "/plan-nodes/N1/adjustments"));
    return answers;
  }

  /**
   * Every connection materialises derived tables instead of merging them (application-mysql.yaml):
   * Camunda's task query joins the reader's grants as one, and merged it was rescanned per join
   * buffer of tasks (issue 11). The other tests of this class run with it.
   */
  @Test
  void connectionsMaterialiseDerivedTables() throws java.sql.SQLException {
    try (java.sql.Connection connection = dataSource.getConnection();
        java.sql.ResultSet switches = connection.createStatement().executeQuery("SELECT @@SESSION.optimizer_switch")) {
      assertThat(switches.next()).isTrue();
      assertThat(switches.getString(1)).contains("derived_merge=off");
    }
  }

  /**
   * Completing a task looks for its subtasks by PARENT_TASK_ID_, and one-kind inboxes count by TASK_DEF_KEY_;
   * Camunda's schema indexes neither. EngineIndexes adds the indexes, and MariaDB uses them. A second start leaves
   * them as they are.
   */
  @Test
  void theSubtaskLookupAndTheTaskKeyFiltersUseTheirIndexes() throws java.sql.SQLException {
    try (java.sql.Connection connection = dataSource.getConnection()) {
      for (EngineIndexes.Index index : EngineIndexes.INDEXES) {
        assertThat(EngineIndexes.exists(connection, index)).as(index.name() + " made at start").isTrue();
      }
    }
    EngineIndexes.ensure(dataSource);
    for (EngineIndexes.Index index : EngineIndexes.INDEXES) {
      try (java.sql.Connection connection = dataSource.getConnection();
          java.sql.ResultSet plan = connection.createStatement().executeQuery(
              "EXPLAIN SELECT * FROM " + index.table() + " WHERE " + index.column() + " = 'x'")) {
        assertThat(plan.next()).isTrue();
        assertThat(plan.getString("key")).as(index.column()).isEqualTo(index.name());
      }
    }
  }

  /** The inbox tables sample 200 pages for their statistics, set at start and left as it is by a second start. */
  @Test
  void theInboxTablesSampleMorePagesForTheirStatistics() throws java.sql.SQLException {
    for (int start = 1; start <= 2; start++) {
      try (java.sql.Connection connection = dataSource.getConnection()) {
        for (String table : EngineIndexes.SAMPLED_TABLES) {
          assertThat(EngineIndexes.sampled(connection, table)).as(table + " after start " + start).isTrue();
        }
        assertThat(EngineIndexes.sampled(connection, "ACT_RU_JOB")).as("a table left at the default").isFalse();
      }
      EngineIndexes.ensure(dataSource);
    }
  }

  /**
   * Camunda's optimistic locking holds with the production driver settings, batched statements
   * rewritten by Connector/J among them (issue 11): one flush updates two users in one JDBC batch,
   * one of them changed by another transaction since it was read. The flush is refused with
   * OptimisticLockingException, neither of its updates is stored, and the other transaction's
   * change stays.
   */
  @Test
  void aStaleUpdateInABatchIsRefusedWithTheProductionDriverSettings() {
    assertThat(((com.zaxxer.hikari.HikariDataSource) dataSource).getDataSourceProperties())
        .containsEntry("rewriteBatchedStatements", "true");
    org.camunda.bpm.engine.IdentityService identity = engine.getIdentityService();
    for (String id : List.of("olt.fresh", "olt.stale")) {
      org.camunda.bpm.engine.identity.User user = identity.newUser(id);
      user.setFirstName("before");
      identity.saveUser(user);
    }
    org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl config =
        (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> config.getCommandExecutorTxRequired().execute(context -> {
      var db = context.getDbEntityManager();
      var fresh = db.selectById(org.camunda.bpm.engine.impl.persistence.entity.UserEntity.class, "olt.fresh");
      var stale = db.selectById(org.camunda.bpm.engine.impl.persistence.entity.UserEntity.class, "olt.stale");
      config.getCommandExecutorTxRequiresNew().execute(other -> {
        other.getDbEntityManager().selectById(org.camunda.bpm.engine.impl.persistence.entity.UserEntity.class,
            "olt.stale").setFirstName("other");
        return null;
      });
      fresh.setFirstName("mine");
      stale.setFirstName("mine");
      return null;
    })).isInstanceOf(org.camunda.bpm.engine.OptimisticLockingException.class);
    assertThat(identity.createUserQuery().userId("olt.fresh").singleResult().getFirstName()).isEqualTo("before");
    assertThat(identity.createUserQuery().userId("olt.stale").singleResult().getFirstName()).isEqualTo("other");
  }
}
