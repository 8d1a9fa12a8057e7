package com.regionops.bench;

import com.regionops.org.ProjectMapper;
import com.regionops.plan.PlanNode;
import com.regionops.plan.PlanNodeMapper;
import com.regionops.platform.engine.DeployedDecisions;
import com.regionops.platform.security.SystemCalls;
import com.regionops.risk.DataQuality;
import com.regionops.risk.DataQualityIssue;
import com.regionops.risk.RiskAssessment;
import com.regionops.risk.RiskCheck;
import com.regionops.risk.RiskCheckService;
import com.regionops.risk.RiskMapper;
import com.regionops.support.MySqlServer;
import com.zaxxer.hikari.HikariDataSource;
import java.io.Reader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.apache.ibatis.io.Resources;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flywaydb.core.Flyway;

/**
 * The biweekly check over 100,000 open nodes (500 projects × 200) on MariaDB, two weeks after the previous check,
 * against the floor of the same reads and the same rows written with no forecast, grading or findings; plus
 * in-process evaluations of schedule-risk-grade alone. Run by bench/risk.sh, not by the tests.
 */
public final class RiskCheckBenchmark {

  static final String DATABASE = "regionops_bench";
  static final LocalDate PERIOD = LocalDate.of(2027, 6, 1);
  static final LocalDate PREVIOUS = PERIOD.minusDays(14);

  private RiskCheckBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int projects = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int perProject = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    MySqlServer.recreateDatabase(DATABASE);
    try (HikariDataSource ds = new HikariDataSource()) {
      ds.setJdbcUrl(MySqlServer.url(DATABASE) + "&rewriteBatchedStatements=true");
      ds.setUsername(MySqlServer.USER);
      ds.setPassword(MySqlServer.PASSWORD);
      ds.setConnectionInitSql("SET SESSION old_mode=''");
      ds.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
      Flyway.configure().dataSource(ds).table("ro_schema_history")
          .placeholders(Map.of("table_options", "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci"))
          .load().migrate();
      long t0 = System.nanoTime();
      generate(ds, projects, perProject);
      System.out.printf("generated %d projects x %d nodes in %.1f s%n", projects, perProject, (System.nanoTime() - t0) / 1e9);

      ProcessEngine engine = new StandaloneInMemProcessEngineConfiguration()
          .setJdbcUrl("jdbc:h2:mem:bench-engine;DB_CLOSE_DELAY=-1").setHistory("none").buildProcessEngine();
      engine.getRepositoryService().createDeployment().addClasspathResource("dmn/schedule-risk-grade.dmn").deploy();
      DeployedDecisions decisions = new DeployedDecisions(engine.getRepositoryService(),
          new SystemCalls(engine.getIdentityService()));

      SqlSessionFactory factory;
      try (Reader config = Resources.getResourceAsReader("mybatis-config.xml")) {
        factory = new SqlSessionFactoryBuilder().build(config);
      }
      factory.getConfiguration().setEnvironment(new Environment("bench", new JdbcTransactionFactory(), ds));
      factory.getConfiguration().addMappers("com.regionops");

      // the check two weeks before, so every timed check reads a previous period's grades as it does in production
      try (SqlSession session = factory.openSession(true)) {
        RiskCheck previous = newService(session, decisions).check("BENCH", PREVIOUS, "bench", "bench");
        System.out.printf("previous check (%s): %d nodes graded, %d RED/ORANGE%n", PREVIOUS, previous.nodesGraded(),
            session.getMapper(RiskMapper.class).findSeriousOfPeriod("BENCH", PREVIOUS).size());
      }
      double[] full = new double[runs];
      double[] floor = new double[runs];
      int graded = 0;
      for (int r = 0; r < runs; r++) {
        try (SqlSession session = factory.openSession(true)) {
          RiskCheckService service = newService(session, decisions);
          long s = System.nanoTime();
          RiskCheck check = service.check("BENCH", PERIOD, "bench", "bench");
          full[r] = (System.nanoTime() - s) / 1e9;
          graded = check.nodesGraded();
          int checkIssues = session.getMapper(RiskMapper.class).findIssues(check.id()).size();
          s = System.nanoTime();
          int floorIssues = readAndWriteOnly(session);
          floor[r] = (System.nanoTime() - s) / 1e9;
          System.out.printf("run %d: data-quality issue rows written: check %d, floor %d%n", r + 1, checkIssues,
              floorIssues);
          System.out.printf("run %d: check %.2f s, floor %.2f s, check / floor %.2f%n", r + 1, full[r], floor[r],
              full[r] / floor[r]);
        }
      }
      double[] ratio = new double[runs];
      for (int r = 0; r < runs; r++) {
        ratio[r] = full[r] / floor[r];
      }
      Arrays.sort(ratio);
      Arrays.sort(full);
      Arrays.sort(floor);
      double fullMedian = full[runs / 2];
      double floorMedian = floor[runs / 2];
      System.out.printf("%-34s %10s %14s%n", "case", "median_s", "nodes_per_s");
      System.out.printf("%-34s %10.2f %14.0f%n", "biweekly check (grade + write)", fullMedian, graded / fullMedian);
      System.out.printf("%-34s %10.2f %14.0f%n", "floor (the same reads and rows)", floorMedian, graded / floorMedian);
      System.out.printf("check / floor of the medians: %.2fx; nodes graded %d (issue 26 goal 3: <= 1.3x)%n",
          fullMedian / floorMedian, graded);
      System.out.printf("check / floor per run, median: %.2f%n", ratio[runs / 2]);
      dmnAlone(decisions);
      engine.close();
    }
  }

  static RiskCheckService newService(SqlSession session, DeployedDecisions decisions) {
    return new RiskCheckService(session.getMapper(RiskMapper.class), session.getMapper(ProjectMapper.class),
        session.getMapper(PlanNodeMapper.class), decisions, new DataQuality(session.getMapper(RiskMapper.class), 3));
  }

  /**
   * The check's reads and writes without its forecast, grading or findings: the region's data-quality reads, each
   * project's nodes and dependencies, an assessment row per open node and an issue row per open node past its
   * planned finish (in this data, with no status updates or reports, exactly the rows the check writes: printed
   * beside the check's count), in the same batches. Returns the issue rows written.
   */
  static int readAndWriteOnly(SqlSession session) {
    RiskMapper risks = session.getMapper(RiskMapper.class);
    PlanNodeMapper nodes = session.getMapper(PlanNodeMapper.class);
    long checkId = risks.findCheck("BENCH", PERIOD).id();
    risks.deleteIssues(checkId);
    DataQuality quality = new DataQuality(risks, 3);
    LocalDate previous = risks.previousPeriod("BENCH", PERIOD);
    if (previous != null) {
      risks.findSeriousOfPeriod("BENCH", previous);
    }
    quality.reports("BENCH", quality.window(previous, PERIOD));
    risks.deletePeriod("BENCH", PERIOD);
    List<RiskAssessment> batch = new ArrayList<>();
    List<DataQualityIssue> issues = new ArrayList<>();
    for (var project : session.getMapper(ProjectMapper.class).findByRegions(List.of("BENCH"))) {
      nodes.findDependencies(project.code());
      for (PlanNode n : nodes.findByProject(project.code())) {
        if (n.isCompleted()) {
          continue;
        }
        batch.add(new RiskAssessment(n.id(), n.projectCode(), null, null, null, null, PERIOD, "GREEN", "进度正常", 0, 0, 0,
            0));
        if (batch.size() == 500) {
          risks.insertBatch(batch);
          batch.clear();
        }
        if (n.plannedFinish().isBefore(PERIOD)) {
          issues.add(new DataQualityIssue(null, checkId, n.projectCode(), n.nodeCode(), n.name(),
              DataQualityIssue.MISSING_STATUS_UPDATE, 1, "计划完成 2027-01-01，已逾期 1 天，本期未更新预计完成日期和原因"));
        }
      }
    }
    if (!batch.isEmpty()) {
      risks.insertBatch(batch);
    }
    for (int i = 0; i < issues.size(); i += 500) {
      risks.insertIssues(issues.subList(i, Math.min(issues.size(), i + 500)));
    }
    return issues.size();
  }

  static void dmnAlone(DeployedDecisions decisions) {
    Function<Map<String, Object>, List<Map<String, Object>>> grade = decisions.evaluator("schedule-risk-grade");
    String[] levels = {"MILESTONE", "L1", "L2", "L3"};
    String[] categories = {"PERMIT", "DESIGN", "CONSTRUCTION", "SUPPLY", "OPENING", "HANDOVER", "OTHER"};
    List<Map<String, Object>> inputs = new ArrayList<>();
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      inputs.add(Map.of("nodeLevel", levels[i % 4], "category", categories[i % 7], "completed", false,
          "daysOverdue", random.nextInt(40), "forecastDelayDays", random.nextInt(15),
          "daysToPlannedFinish", random.nextInt(60) - 30, "progressLagPct", random.nextInt(60) - 20));
    }
    inputs.forEach(grade::apply); // warm-up
    double[] rates = new double[5];
    for (int r = 0; r < rates.length; r++) {
      long s = System.nanoTime();
      inputs.forEach(grade::apply);
      rates[r] = inputs.size() / ((System.nanoTime() - s) / 1e9);
    }
    Arrays.sort(rates);
    System.out.printf("schedule-risk-grade in process: median %.0f evaluations/s over 5 x 20,000 (target >= 20,000/s)%n",
        rates[2]);
  }

  /** 500 projects of 200 nodes: chains of 20 with lateness spread so every grade occurs. */
  static void generate(HikariDataSource ds, int projects, int perProject) throws Exception {
    Random random = new Random(11);
    String[] levels = {"MILESTONE", "L1", "L2", "L3", "L3"};
    String[] categories = {"PERMIT", "DESIGN", "CONSTRUCTION", "SUPPLY", "OPENING", "HANDOVER", "OTHER"};
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement("INSERT INTO ro_region (code, name) VALUES ('BENCH', '基准区域')")) {
        s.executeUpdate();
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO ro_project (code, name, region_code) VALUES (?, ?, 'BENCH')");
           PreparedStatement n = c.prepareStatement("INSERT INTO ro_plan_node (project_code, node_code, name, node_level,"
               + " category, planned_start, planned_finish, progress_pct) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (int i = 0; i < projects; i++) {
          String code = "B" + i;
          p.setString(1, code);
          p.setString(2, "基准项目" + i);
          p.addBatch();
          for (int k = 0; k < perProject; k++) {
            LocalDate finish = PERIOD.plusDays(random.nextInt(120) - 45);
            n.setString(1, code);
            n.setString(2, "N" + k);
            n.setString(3, "节点" + k);
            n.setString(4, levels[k % levels.length]);
            n.setString(5, categories[random.nextInt(categories.length)]);
            n.setObject(6, finish.minusDays(20 + random.nextInt(40)));
            n.setObject(7, finish);
            n.setInt(8, random.nextInt(100));
            n.addBatch();
          }
        }
        p.executeBatch();
        n.executeBatch();
      }
      // chains of 20 nodes per project: N0 → N1 → … → N19, N20 → … (by id, within a project)
      try (PreparedStatement d = c.prepareStatement("INSERT INTO ro_plan_node_dependency (predecessor_id, successor_id,"
          + " lag_days) SELECT a.id, b.id, 0 FROM ro_plan_node a JOIN ro_plan_node b ON b.project_code = a.project_code"
          + " AND b.id = a.id + 1 WHERE MOD(b.id - 1, 20) <> 0")) {
        d.executeUpdate();
      }
      c.commit();
    }
  }
}
