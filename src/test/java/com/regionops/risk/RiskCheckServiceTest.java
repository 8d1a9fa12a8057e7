package com.regionops.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.org.Project;
import com.regionops.org.ProjectMapper;
import com.regionops.org.Region;
import com.regionops.plan.NodeCategory;
import com.regionops.plan.NodeLevel;
import com.regionops.plan.PlanNode;
import com.regionops.plan.PlanNodeMapper;
import com.regionops.platform.engine.DeployedDecisions;
import com.regionops.platform.security.SystemCalls;
import com.regionops.support.Fixtures;
import com.regionops.support.PlainEngine;
import com.regionops.support.TestDatabase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.ibatis.session.SqlSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A check over a hand-made plan, every grade worked out by hand from the policy in the issue. */
@Deployment(resources = "dmn/schedule-risk-grade.dmn")
class RiskCheckServiceTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  static final LocalDate TODAY = LocalDate.of(2027, 6, 1);

  ProcessEngine engine;
  SqlSession session;
  RiskCheckService service;
  Region region;
  Project project;

  @BeforeEach
  void setUp() {
    session = TestDatabase.H2.openSession();
    region = Fixtures.region(session);
    project = Fixtures.project(session, region.code());
    service = new RiskCheckService(session.getMapper(RiskMapper.class), session.getMapper(ProjectMapper.class),
        session.getMapper(PlanNodeMapper.class),
        new DeployedDecisions(engine.getRepositoryService(), new SystemCalls(engine.getIdentityService())),
        new DataQuality(session.getMapper(RiskMapper.class), 3));
  }

  @AfterEach
  void tearDown() {
    session.close();
  }

  /** finish = days after TODAY (negative: overdue); start = finish - duration. */
  void node(String code, NodeLevel level, NodeCategory category, int finish, int duration, int progress, boolean done) {
    LocalDate end = TODAY.plusDays(finish);
    session.getMapper(PlanNodeMapper.class).insert(new PlanNode(null, project.code(), code, "节点" + code, level,
        category, null, null, null, end.minusDays(duration), end, done ? end.minusDays(duration) : null,
        done ? end : null, done ? 100 : progress));
  }

  @Test
  void gradesFollowThePolicyAndARerunReplacesThePeriod() {
    node("M_LATE", NodeLevel.MILESTONE, NodeCategory.OTHER, -1, 10, 90, false);        // overdue 1 → RED
    node("M_TIGHT", NodeLevel.MILESTONE, NodeCategory.OTHER, 14, 20, 10, false);       // 14 days, lag 30-10=20 → YELLOW
    node("L1_9", NodeLevel.L1, NodeCategory.DESIGN, -9, 30, 80, false);                // overdue 9 → ORANGE
    node("L1_10", NodeLevel.L1, NodeCategory.DESIGN, -10, 30, 80, false);              // overdue 10 → RED
    node("L2_9", NodeLevel.L2, NodeCategory.CONSTRUCTION, -9, 30, 80, false);          // overdue 9 → YELLOW
    node("L2_19", NodeLevel.L2, NodeCategory.CONSTRUCTION, -19, 30, 80, false);        // overdue 19 → ORANGE
    node("L3_14", NodeLevel.L3, NodeCategory.OTHER, -14, 30, 80, false);               // overdue 14 → YELLOW
    node("L3_15_SUP", NodeLevel.L3, NodeCategory.SUPPLY, -15, 30, 80, false);          // 15 → ORANGE, SUPPLY → RED
    node("L3_1_OPEN", NodeLevel.L3, NodeCategory.OPENING, -1, 30, 80, false);          // 1 → YELLOW, OPENING → ORANGE
    node("L2_OK", NodeLevel.L2, NodeCategory.DESIGN, 20, 10, 0, false);                // not started → GREEN
    node("L1_OK", NodeLevel.L1, NodeCategory.PERMIT, 40, 60, 50, false);               // 20/60 elapsed, ahead → GREEN
    node("DONE", NodeLevel.MILESTONE, NodeCategory.OPENING, -30, 10, 100, true);       // completed → not graded

    RiskCheck check = service.check(region.code(), TODAY, "pi-1", "ops.test");
    Map<String, String> grades = grades();

    assertThat(grades).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("M_LATE", "RED"), Map.entry("M_TIGHT", "YELLOW"), Map.entry("L1_9", "ORANGE"),
        Map.entry("L1_10", "RED"), Map.entry("L2_9", "YELLOW"), Map.entry("L2_19", "ORANGE"),
        Map.entry("L3_14", "YELLOW"), Map.entry("L3_15_SUP", "RED"), Map.entry("L3_1_OPEN", "ORANGE"),
        Map.entry("L2_OK", "GREEN"), Map.entry("L1_OK", "GREEN")));
    assertThat(check.nodesGraded()).isEqualTo(11);
    assertThat(check.redCount()).isEqualTo(3);
    assertThat(check.orangeCount()).isEqualTo(3);
    assertThat(check.yellowCount()).isEqualTo(3);
    assertThat(check.greenCount()).isEqualTo(2);

    List<RiskAssessment> first = service.period(region.code(), TODAY);
    service.check(region.code(), TODAY, "pi-1", "ops.test");
    assertThat(service.period(region.code(), TODAY)).as("a rerun replaces, never duplicates").isEqualTo(first);
  }

  @Test
  void consecutiveSeriousChecksAreCountedForEscalation() {
    node("L1_LATE", NodeLevel.L1, NodeCategory.DESIGN, -20, 30, 80, false); // ORANGE (6 days) two weeks ago, RED now

    service.check(region.code(), TODAY.minusDays(14), "pi-0", "ops.test");
    service.check(region.code(), TODAY, "pi-1", "ops.test");

    assertThat(service.period(region.code(), TODAY)).singleElement()
        .satisfies(r -> assertThat(r.consecutiveChecks()).isEqualTo(2))
        .satisfies(r -> assertThat(r.grade()).isEqualTo("RED"));
    assertThat(service.projectLatest(project.code())).extracting(RiskAssessment::periodDate).containsExactly(TODAY);
  }

  /**
   * Several projects: each project's rows, issues and consecutive counts are its own (the region's reports and
   * previous grades are read once for all of them); a node of another project with the same code changes nothing.
   */
  @Test
  void everyProjectOfTheRegionIsGradedWithItsOwnReportsAndPreviousGrades() {
    Project second = Fixtures.project(session, region.code());
    node("SILENT", NodeLevel.L1, NodeCategory.DESIGN, -25, 30, 50, false);     // RED both times (11, 25 days over)
    node("UPDATED", NodeLevel.L1, NodeCategory.DESIGN, -30, 30, 50, false);    // RED both times, updated since
    PlanNodeMapper mapper = session.getMapper(PlanNodeMapper.class);
    for (String code : List.of("SILENT", "UPDATED")) {
      mapper.insert(new PlanNode(null, second.code(), code, "节点" + code, NodeLevel.L1, NodeCategory.DESIGN, null, null,
          null, TODAY.minusDays(40), TODAY.plusDays(20), null, null, 50));  // GREEN: 20 days to go, on track
    }
    service.check(region.code(), TODAY.minusDays(14), "pi-0", "ops.test");
    statusUpdate("UPDATED", TODAY.minusDays(3).atTime(9, 0));

    RiskCheck check = service.check(region.code(), TODAY, "pi-1", "ops.test");

    assertThat(service.period(region.code(), TODAY))
        .extracting(r -> r.projectCode().equals(project.code()) + ":" + r.nodeCode() + ":" + r.grade() + ":"
            + r.consecutiveChecks())
        .containsExactlyInAnyOrder("true:SILENT:RED:2", "true:UPDATED:RED:2", "false:SILENT:GREEN:0",
            "false:UPDATED:GREEN:0");
    assertThat(check.nodesGraded()).isEqualTo(4);
    assertThat(service.report(region.code(), TODAY).dataQuality())
        .extracting(i -> i.projectCode().equals(project.code()) + ":" + i.nodeCode() + ":" + i.days())
        .containsExactly("true:SILENT:25");
  }

  /** A failure while grading (here the decision) fails the check with that very exception, not a wrapped one. */
  @Test
  void aFailureWhileGradingFailsTheCheck() {
    node("L1", NodeLevel.L1, NodeCategory.DESIGN, -8, 30, 50, false);
    IllegalStateException broken = new IllegalStateException("规则无法求值");
    RiskCheckService failing = new RiskCheckService(session.getMapper(RiskMapper.class),
        session.getMapper(ProjectMapper.class), session.getMapper(PlanNodeMapper.class),
        new DeployedDecisions(engine.getRepositoryService(), new SystemCalls(engine.getIdentityService())) {
          @Override
          public java.util.function.Function<Map<String, Object>, List<Map<String, Object>>> evaluator(String key) {
            return variables -> {
              throw broken;
            };
          }
        }, new DataQuality(session.getMapper(RiskMapper.class), 3));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> failing.check(region.code(), TODAY, "pi-1", "ops.test"))
        .isSameAs(broken);
  }

  void statusUpdate(String code, LocalDateTime at) {
    PlanNode n = session.getMapper(PlanNodeMapper.class).findByCode(project.code(), code);
    session.getMapper(com.regionops.plan.NodeStatusMapper.class).insert(new com.regionops.plan.NodeStatusUpdate(null,
        project.code(), n.id(), code, TODAY.plusDays(10), "总包劳动力不足，已增派班组", "office.test", at));
  }

  void completionReport(String code, LocalDate finish, LocalDateTime reportedAt, int delay) {
    PlanNode n = session.getMapper(PlanNodeMapper.class).findByCode(project.code(), code);
    session.getMapper(com.regionops.plan.NodeCompletionMapper.class).insert(new com.regionops.platform.engine.KeyedRow<>(
        new com.regionops.plan.NodeCompletion(null, project.code(), n.id(), code,
            com.regionops.plan.CompletionSource.OFFICE, finish, null, com.regionops.plan.CompletionStatus.REPORTED, 1,
            "pi-" + code, null, null, "office.test", reportedAt, delay, null, null)));
  }

  @Test
  void overdueNodesWithoutAStatusUpdateSinceThePreviousCheckAndLateReportsAreDataQualityIssues() {
    node("UPDATED", NodeLevel.L2, NodeCategory.DESIGN, -5, 30, 50, false);
    node("SILENT", NodeLevel.L1, NodeCategory.DESIGN, -8, 30, 50, false);
    node("STALE", NodeLevel.L3, NodeCategory.OTHER, -20, 30, 50, false);
    node("AWAITING", NodeLevel.L3, NodeCategory.OTHER, -3, 30, 50, false);
    node("FUTURE", NodeLevel.L3, NodeCategory.OTHER, 0, 30, 50, false);
    node("LATE", NodeLevel.L3, NodeCategory.OTHER, 5, 30, 50, false);
    node("ON_TIME", NodeLevel.L3, NodeCategory.OTHER, 5, 30, 50, false);
    service.check(region.code(), TODAY.minusDays(14), "pi-0", "ops.test");
    statusUpdate("UPDATED", TODAY.minusDays(13).atTime(9, 0));        // the first day after the previous check
    statusUpdate("STALE", TODAY.minusDays(14).atTime(18, 0));         // on the previous check's day: the last cycle
    completionReport("AWAITING", TODAY.minusDays(2), TODAY.minusDays(1).atTime(10, 0), 1);
    completionReport("LATE", TODAY.minusDays(9), TODAY.minusDays(4).atTime(10, 0), 5);
    completionReport("ON_TIME", TODAY.minusDays(6), TODAY.minusDays(3).atTime(10, 0), 3);

    service.check(region.code(), TODAY, "pi-1", "ops.test");
    service.check(region.code(), TODAY, "pi-1", "ops.test");

    RiskReport report = service.report(region.code(), TODAY);
    assertThat(report.dataQuality()).extracting(i -> i.nodeCode() + ":" + i.kind() + ":" + i.days())
        .as("once, after a rerun").containsExactlyInAnyOrder("SILENT:MISSING_STATUS_UPDATE:8",
            "STALE:MISSING_STATUS_UPDATE:20", "LATE:LATE_REPORT:5");
    assertThat(report.summary()).contains("数据质量问题 3 个：缺少状态更新 2、节点迟报 1");
    assertThat(CheckReportDocument.xhtml(report, "华南区域", Map.of())).contains("数据质量问题（3 个）", "缺少状态更新",
        "节点迟报", "晚 5 天（应在 3 天内）");
  }

  Map<String, String> grades() {
    return service.period(region.code(), TODAY).stream()
        .collect(Collectors.toMap(RiskAssessment::nodeCode, RiskAssessment::grade));
  }
}
