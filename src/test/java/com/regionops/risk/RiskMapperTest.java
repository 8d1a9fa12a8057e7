package com.regionops.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.org.Project;
import com.regionops.org.ProjectSelection;
import com.regionops.org.Region;
import com.regionops.plan.CompletionSource;
import com.regionops.plan.CompletionStatus;
import com.regionops.plan.NodeCategory;
import com.regionops.plan.NodeCompletion;
import com.regionops.plan.NodeCompletionMapper;
import com.regionops.plan.NodeLevel;
import com.regionops.plan.NodeStatusMapper;
import com.regionops.plan.NodeStatusUpdate;
import com.regionops.plan.PlanNode;
import com.regionops.plan.PlanNodeMapper;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.support.Fixtures;
import com.regionops.support.TestDatabase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RiskMapperTest {

  static final LocalDate P1 = LocalDate.of(2027, 6, 1);
  static final LocalDate P2 = LocalDate.of(2027, 6, 15);

  static RiskAssessment row(PlanNode node, LocalDate period, String grade, int consecutive) {
    return new RiskAssessment(node.id(), node.projectCode(), null, null, null, null, period, grade,
        "原因" + Fixtures.FOUR_BYTE_TEXT, 3, 1, 10, consecutive);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void periodsAreWrittenInBatchesReadBackAndReplaced(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      RiskMapper mapper = session.getMapper(RiskMapper.class);
      PlanNodeMapper nodes = session.getMapper(PlanNodeMapper.class);
      Region region = Fixtures.region(session);
      Project project = Fixtures.project(session, region.code());
      for (String code : List.of("A", "B")) {
        nodes.insert(new PlanNode(null, project.code(), code, "节点" + code, NodeLevel.L1,
            NodeCategory.DESIGN, null, null, null, null, P1, null, null, 0));
      }
      PlanNode a = nodes.findByCode(project.code(), "A");
      PlanNode b = nodes.findByCode(project.code(), "B");
      mapper.insertCheck(new RiskCheck(null, region.code(), P1, "pi", "ops", null, null, 0, 0, 0, 0, 0));
      mapper.insertCheck(new RiskCheck(null, region.code(), P2, "pi", "ops", null, null, 0, 0, 0, 0, 0));

      assertThat(mapper.insertBatch(List.of(row(a, P1, "RED", 1), row(b, P1, "GREEN", 0)))).isEqualTo(2);
      mapper.insertBatch(List.of(row(a, P2, "RED", 2)));

      assertThat(mapper.previousPeriod(region.code(), P2)).isEqualTo(P1);
      assertThat(mapper.previousPeriod(region.code(), P1)).isNull();
      List<RiskAssessment> first = mapper.findPeriod(region.code(), P1);
      assertThat(first).extracting(RiskAssessment::nodeCode).containsExactly("A", "B");
      assertThat(first.get(0).reason()).isEqualTo("原因" + Fixtures.FOUR_BYTE_TEXT);
      assertThat(first.get(0).nodeLevel()).isEqualTo("L1");
      assertThat(mapper.findProjectLatest(project.code())).singleElement()
          .satisfies(r -> assertThat(r.consecutiveChecks()).isEqualTo(2));
      assertThat(mapper.deletePeriod(region.code(), P1)).isEqualTo(2);
      assertThat(mapper.findPeriod(region.code(), P1)).isEmpty();
    }
  }

  /** The board's reads of a check: RED/ORANGE nodes only, and the worst grade per project × category. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theBoardReadsTheSeriousNodesAndTheWorstGradePerCategory(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      RiskMapper mapper = session.getMapper(RiskMapper.class);
      PlanNodeMapper nodes = session.getMapper(PlanNodeMapper.class);
      Region region = Fixtures.region(session);
      Region other = Fixtures.region(session);
      Project project = Fixtures.project(session, region.code());
      Project elsewhere = Fixtures.project(session, other.code());
      String[][] spec = {{"A", "DESIGN"}, {"B", "DESIGN"}, {"C", "DESIGN"}, {"D", "SUPPLY"}};
      for (String[] n : spec) {
        nodes.insert(new PlanNode(null, project.code(), n[0], "节点" + n[0], NodeLevel.L2,
            NodeCategory.valueOf(n[1]), null, null, null, null, P1, null, null, 0));
      }
      nodes.insert(new PlanNode(null, elsewhere.code(), "X", "节点X", NodeLevel.L2,
          NodeCategory.DESIGN, null, null, null, null, P1, null, null, 0));
      mapper.insertBatch(List.of(row(nodes.findByCode(project.code(), "A"), P1, "YELLOW", 0),
          row(nodes.findByCode(project.code(), "B"), P1, "ORANGE", 1),
          row(nodes.findByCode(project.code(), "C"), P1, "GREEN", 0),
          row(nodes.findByCode(project.code(), "D"), P1, "RED", 1),
          row(nodes.findByCode(project.code(), "D"), P2, "GREEN", 0),
          row(nodes.findByCode(elsewhere.code(), "X"), P1, "RED", 1)));

      assertThat(mapper.findPeriodGraded(region.code(), P1, List.of("RED", "ORANGE")))
          .extracting(r -> r.nodeCode() + ":" + r.grade()).containsExactlyInAnyOrder("B:ORANGE", "D:RED");
      assertThat(mapper.findPeriodGraded(region.code(), P2, List.of("RED", "ORANGE"))).isEmpty();
      assertThat(mapper.worstByCategory(region.code(), P1))
          .extracting(w -> w.projectCode() + "/" + w.category() + "/" + w.worstRank())
          .containsExactlyInAnyOrder(project.code() + "/DESIGN/2", project.code() + "/SUPPLY/3");
      assertThat(mapper.worstByCategory(region.code(), P2)).extracting(RiskMapper.CategoryWorst::worstRank)
          .containsExactly(0);
    }
  }

  /** An office's trend counts its own projects; a node's drill-down reads its own rows of the periods asked. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anOfficesTrendAndANodesHistory(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      RiskMapper mapper = session.getMapper(RiskMapper.class);
      PlanNodeMapper nodes = session.getMapper(PlanNodeMapper.class);
      Region region = Fixtures.region(session);
      Project mine = Fixtures.project(session, region.code());
      Project neighbour = Fixtures.project(session, region.code());
      for (Project p : List.of(mine, neighbour)) {
        for (String code : List.of("A", "B", "C")) {
          nodes.insert(new PlanNode(null, p.code(), code, "节点" + code, NodeLevel.L2,
              NodeCategory.DESIGN, null, null, null, null, P1, null, null, 0));
        }
      }
      PlanNode a = nodes.findByCode(mine.code(), "A");
      LocalDate p0 = P1.minusDays(14);
      mapper.insertBatch(List.of(row(a, p0, "ORANGE", 1), row(a, P1, "RED", 2), row(a, P2, "GREEN", 0),
          row(nodes.findByCode(mine.code(), "B"), P1, "ORANGE", 1),
          row(nodes.findByCode(mine.code(), "C"), P1, "YELLOW", 0),
          row(nodes.findByCode(neighbour.code(), "A"), P1, "RED", 1),
          row(nodes.findByCode(neighbour.code(), "B"), P2, "RED", 1)));

      assertThat(mapper.countRedOrange(region.code(), List.of(p0, P1, P2), ProjectSelection.ofProjects(List.of(mine.code()))))
          .containsExactlyInAnyOrder(new RiskMapper.GradeCount(p0, 0, 1), new RiskMapper.GradeCount(P1, 1, 1));
      assertThat(mapper.countRedOrange(region.code(), List.of(P1, P2), ProjectSelection.ofRegion(region.code())))
          .containsExactlyInAnyOrder(new RiskMapper.GradeCount(P1, 2, 1), new RiskMapper.GradeCount(P2, 1, 0));
      assertThat(mapper.countRedOrange(Fixtures.region(session).code(), List.of(P1), ProjectSelection.ALL)).isEmpty();

      assertThat(mapper.findNodeHistory(a.id(), P1))
          .extracting(r -> r.periodDate() + ":" + r.grade() + ":" + r.consecutiveChecks())
          .containsExactly(P1 + ":RED:2", P2 + ":GREEN:0");
      assertThat(mapper.findNodeHistory(a.id(), p0)).extracting(RiskAssessment::nodeCode).containsOnly("A").hasSize(3);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void checksAreFinishedWithTheirCountsAndListedNewestFirst(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      RiskMapper mapper = session.getMapper(RiskMapper.class);
      Region region = Fixtures.region(session);
      mapper.insertCheck(new RiskCheck(null, region.code(), P1, null, "ops", null, null, 0, 0, 0, 0, 0));
      mapper.insertCheck(new RiskCheck(null, region.code(), P2, null, "ops", null, null, 0, 0, 0, 0, 0));

      mapper.finishCheck(new RiskCheck(null, region.code(), P2, "pi-2", "ops", null,
          LocalDateTime.of(2027, 6, 15, 8, 5), 100, 3, 7, 20, 70));

      RiskCheck finished = mapper.findCheck(region.code(), P2);
      assertThat(finished.nodesGraded()).isEqualTo(100);
      assertThat(finished.redCount()).isEqualTo(3);
      assertThat(finished.greenCount()).isEqualTo(70);
      assertThat(finished.processInstanceId()).isEqualTo("pi-2");
      assertThat(mapper.findChecks(List.of(region.code()))).extracting(RiskCheck::periodDate).containsExactly(P2, P1);
      assertThat(mapper.findChecks(List.of())).isEmpty();
    }
  }

  /**
   * What a check reads once for the region instead of once per project: status updates in the window, open
   * completion reports, late office reports; and the previous check's serious rows for the consecutive counts.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aCheckReadsTheRegionsReportsAndThePreviousSeriousRowsOnce(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      RiskMapper mapper = session.getMapper(RiskMapper.class);
      PlanNodeMapper nodes = session.getMapper(PlanNodeMapper.class);
      Region region = Fixtures.region(session);
      Project a = Fixtures.project(session, region.code());
      Project b = Fixtures.project(session, region.code());
      Project elsewhere = Fixtures.project(session, Fixtures.region(session).code());
      for (Project p : List.of(a, b, elsewhere)) {
        for (String code : List.of("N1", "N2")) {
          nodes.insert(new PlanNode(null, p.code(), code, "节点" + code, NodeLevel.L2,
              NodeCategory.DESIGN, null, null, null, null, P1, null, null, 0));
        }
      }
      PlanNode a1 = nodes.findByCode(a.code(), "N1");
      PlanNode a2 = nodes.findByCode(a.code(), "N2");
      PlanNode b1 = nodes.findByCode(b.code(), "N1");
      PlanNode b2 = nodes.findByCode(b.code(), "N2");
      PlanNode x1 = nodes.findByCode(elsewhere.code(), "N1");
      LocalDateTime since = P1.minusDays(13).atStartOfDay();
      LocalDateTime until = P1.plusDays(1).atStartOfDay();
      NodeStatusMapper statuses = session.getMapper(NodeStatusMapper.class);
      for (Object[] u : new Object[][] {{a1, since}, {a1, since.plusDays(2)}, {a2, since.minusSeconds(1)}, {b1, until},
          {b2, until.minusSeconds(1)}, {x1, since.plusDays(1)}}) {
        PlanNode n = (PlanNode) u[0];
        statuses.insert(new NodeStatusUpdate(null, n.projectCode(), n.id(), n.nodeCode(), P2, "原因",
            "office.test", (LocalDateTime) u[1]));
      }
      completion(session, a1, CompletionStatus.REPORTED, since.plusDays(3), 5);
      completion(session, a2, CompletionStatus.RETURNED, since.plusDays(1), 2);
      completion(session, b1, CompletionStatus.CONFIRMED, since.plusDays(2), 4);
      completion(session, b2, CompletionStatus.WITHDRAWN, since.plusDays(2), 9);
      completion(session, x1, CompletionStatus.REPORTED, since.plusDays(2), 6);

      assertThat(mapper.findNodesUpdatedInRegion(region.code(), since, until)).containsExactlyInAnyOrder(
          new RiskMapper.ProjectNode(a.code(), a1.id()), new RiskMapper.ProjectNode(b.code(), b2.id()));
      assertThat(mapper.findNodesAwaitingConfirmationInRegion(region.code(), DataQuality.OPEN)).containsExactlyInAnyOrder(
          new RiskMapper.ProjectNode(a.code(), a1.id()), new RiskMapper.ProjectNode(a.code(), a2.id()));
      assertThat(mapper.findReportedLateInRegion(region.code(), since, until, 3))
          .extracting(c -> c.projectCode() + ":" + c.nodeCode() + ":" + c.reportDelayDays())
          .containsExactly(a.code() + ":N1:5", b.code() + ":N1:4");
      assertThat(mapper.findReportedLateInRegion(region.code(), since, until, 4)).singleElement()
          .satisfies(c -> assertThat(c.nodeId()).isEqualTo(a1.id()));

      mapper.insertBatch(List.of(row(a1, P1, "RED", 2), row(a2, P1, "GREEN", 0), row(b1, P1, "ORANGE", 1),
          row(b2, P1, "YELLOW", 0), row(x1, P1, "RED", 1), row(b2, P2, "RED", 1)));
      assertThat(mapper.findSeriousOfPeriod(region.code(), P1)).containsExactlyInAnyOrder(
          new RiskMapper.NodeCount(a1.id(), 2), new RiskMapper.NodeCount(b1.id(), 1));
      assertThat(mapper.findSeriousOfPeriod(region.code(), P1.minusDays(14))).isEmpty();
    }
  }

  static void completion(SqlSession session, PlanNode n, CompletionStatus status,
      LocalDateTime reportedAt, int delay) {
    session.getMapper(NodeCompletionMapper.class).insert(new KeyedRow<>(
        new NodeCompletion(null, n.projectCode(), n.id(), n.nodeCode(),
            CompletionSource.OFFICE, reportedAt.toLocalDate().minusDays(delay), null, status, 1,
            "pi-" + n.id(), null, null, "office.test", reportedAt, delay, null, null)));
  }
}
