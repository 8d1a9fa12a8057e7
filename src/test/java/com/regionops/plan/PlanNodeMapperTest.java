package com.regionops.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.regionops.org.Project;
import com.regionops.support.Fixtures;
import com.regionops.support.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlanNodeMapperTest {

  private static final LocalDate D = LocalDate.of(2026, 3, 1);

  static PlanNode node(String project, String code, LocalDate finish) {
    return new PlanNode(null, project, code, "节点" + code + Fixtures.FOUR_BYTE_TEXT, NodeLevel.L1, NodeCategory.PERMIT,
        "office-X", D, finish, D, finish, null, null, 40);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void nodesAreReadByProjectInPlannedFinishOrder(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      PlanNodeMapper mapper = session.getMapper(PlanNodeMapper.class);
      Project project = Fixtures.project(session, Fixtures.region(session).code());
      Project other = Fixtures.project(session, Fixtures.region(session).code());
      mapper.insert(node(project.code(), "B", D.plusDays(20)));
      mapper.insert(node(project.code(), "A", D.plusDays(30)));
      mapper.insert(node(other.code(), "A", D.plusDays(10)));

      List<PlanNode> nodes = mapper.findByProject(project.code());

      assertThat(nodes).extracting(PlanNode::nodeCode).containsExactly("B", "A");
      PlanNode b = nodes.get(0);
      assertThat(b.id()).isNotNull();
      assertThat(b.name()).isEqualTo("节点B" + Fixtures.FOUR_BYTE_TEXT);
      assertThat(b.nodeLevel()).isEqualTo(NodeLevel.L1);
      assertThat(b.category()).isEqualTo(NodeCategory.PERMIT);
      assertThat(b.baselineStart()).isEqualTo(D);
      assertThat(b.plannedFinish()).isEqualTo(D.plusDays(20));
      assertThat(b.progressPct()).isEqualTo(40);
      assertThat(b.isCompleted()).isFalse();
      assertThat(mapper.findByCode(project.code(), "A").plannedFinish()).isEqualTo(D.plusDays(30));
      assertThat(mapper.findByCode(project.code(), "NO_SUCH")).isNull();
    }
  }

  /** The board's milestones of a region: its projects' MILESTONE nodes only, by project then planned finish. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void milestonesOfARegion(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      PlanNodeMapper mapper = session.getMapper(PlanNodeMapper.class);
      String region = Fixtures.region(session).code();
      String p1 = Fixtures.project(session, region).code();
      String p2 = Fixtures.project(session, region).code();
      String elsewhere = Fixtures.project(session, Fixtures.region(session).code()).code();
      for (String[] n : new String[][] {{p1, "M2", "20"}, {p1, "M1", "10"}, {p1, "L1", "5"}, {p2, "M1", "1"},
          {elsewhere, "M1", "1"}}) {
        PlanNode base = node(n[0], n[1], D.plusDays(Integer.parseInt(n[2])));
        mapper.insert(new PlanNode(null, base.projectCode(), base.nodeCode(), base.name(),
            n[1].startsWith("M") ? NodeLevel.MILESTONE : NodeLevel.L1, NodeCategory.OPENING, base.ownerGroup(),
            base.baselineStart(), base.baselineFinish(), base.plannedStart(), base.plannedFinish(), null, null, 0));
      }
      List<PlanNode> milestones = mapper.findMilestonesOfRegion(region);
      java.util.List<String> expected = new java.util.ArrayList<>(List.of(p1 + ":M1", p1 + ":M2", p2 + ":M1"));
      expected.sort(java.util.Comparator.comparing(e -> e.substring(0, e.indexOf(':'))));
      assertThat(milestones).extracting(m -> m.projectCode() + ":" + m.nodeCode()).containsExactlyElementsOf(expected);
      assertThat(milestones.get(0).name()).endsWith(Fixtures.FOUR_BYTE_TEXT);
      assertThat(milestones).allSatisfy(m -> assertThat(m.nodeLevel()).isEqualTo(NodeLevel.MILESTONE));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void everyColumnLandsInItsOwnComponent(TestDatabase db) {
    // the result map lists the record's components by position: a swap of two alike columns must show
    try (SqlSession session = db.openSession()) {
      PlanNodeMapper mapper = session.getMapper(PlanNodeMapper.class);
      Project project = Fixtures.project(session, Fixtures.region(session).code());
      PlanNode written = new PlanNode(null, project.code(), "X", "节点X", NodeLevel.MILESTONE, NodeCategory.OPENING,
          "office-Y", D.plusDays(1), D.plusDays(2), D.plusDays(3), D.plusDays(4), D.plusDays(5), D.plusDays(6), 77);
      mapper.insert(written);

      assertThat(mapper.findByCode(project.code(), "X")).usingRecursiveComparison().ignoringFields("id")
          .isEqualTo(written);
      assertThat(mapper.findByProject(project.code())).singleElement().usingRecursiveComparison().ignoringFields("id")
          .isEqualTo(written);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void updateRecordsActualsAndReportsMissingNode(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      PlanNodeMapper mapper = session.getMapper(PlanNodeMapper.class);
      Project project = Fixtures.project(session, Fixtures.region(session).code());
      mapper.insert(node(project.code(), "A", D.plusDays(10)));

      int changed = mapper.update(new PlanNode(null, project.code(), "A", "已完成", NodeLevel.MILESTONE,
          NodeCategory.OPENING, null, D, D.plusDays(10), D, D.plusDays(12), D, D.plusDays(11), 100));

      assertThat(changed).isEqualTo(1);
      PlanNode found = mapper.findByCode(project.code(), "A");
      assertThat(found.nodeLevel()).isEqualTo(NodeLevel.MILESTONE);
      assertThat(found.plannedFinish()).isEqualTo(D.plusDays(12));
      assertThat(found.actualFinish()).isEqualTo(D.plusDays(11));
      assertThat(found.isCompleted()).isTrue();
      assertThat(mapper.update(node(project.code(), "NO_SUCH", D))).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void dependenciesAreReadByCodeAndGoWithTheirNodes(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      PlanNodeMapper mapper = session.getMapper(PlanNodeMapper.class);
      Project project = Fixtures.project(session, Fixtures.region(session).code());
      for (String code : List.of("A", "B", "C")) {
        mapper.insert(node(project.code(), code, D));
      }
      long a = mapper.findByCode(project.code(), "A").id();
      long b = mapper.findByCode(project.code(), "B").id();
      long c = mapper.findByCode(project.code(), "C").id();
      mapper.insertDependency(a, b, 3);
      mapper.insertDependency(b, c, 0);

      assertThat(mapper.findDependencies(project.code()))
          .containsExactly(new PlanDependency("A", "B", 3), new PlanDependency("B", "C", 0));

      assertThat(mapper.deleteByIds(List.of(b))).isEqualTo(1);
      assertThat(mapper.findDependencies(project.code())).isEmpty();
      assertThat(mapper.findByProject(project.code())).extracting(PlanNode::nodeCode).containsExactlyInAnyOrder("A", "C");

      mapper.insertDependency(a, c, 1);
      assertThat(mapper.deleteDependencies(project.code())).isEqualTo(1);
      assertThat(mapper.findDependencies(project.code())).isEmpty();
    }
  }

  /** What a plan adjustment reads (PlanExcerpt): the project's dependencies by id, then only some nodes. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void dependenciesByIdAndNodesByIdInPlanOrder(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      PlanNodeMapper mapper = session.getMapper(PlanNodeMapper.class);
      Project project = Fixtures.project(session, Fixtures.region(session).code());
      Project other = Fixtures.project(session, Fixtures.region(session).code());
      mapper.insert(node(project.code(), "A", D.plusDays(30)));
      mapper.insert(node(project.code(), "B", D.plusDays(10)));
      mapper.insert(node(project.code(), "C", D.plusDays(10)));
      mapper.insert(node(other.code(), "A", D));
      mapper.insert(node(other.code(), "B", D));
      long a = mapper.findByCode(project.code(), "A").id();
      long b = mapper.findByCode(project.code(), "B").id();
      long c = mapper.findByCode(project.code(), "C").id();
      mapper.insertDependency(a, b, 3);
      mapper.insertDependency(b, c, -1);
      mapper.insertDependency(mapper.findByCode(other.code(), "A").id(), mapper.findByCode(other.code(), "B").id(), 0);

      assertThat(mapper.findDependencyRows(project.code())).containsExactlyInAnyOrder(
          new PlanNodeMapper.DependencyRow(a, b, 3), new PlanNodeMapper.DependencyRow(b, c, -1));
      assertThat(mapper.findByIds(List.of(c, a, b))).extracting(PlanNode::nodeCode).containsExactly("B", "C", "A");
      assertThat(mapper.findByIds(List.of(a))).containsExactly(mapper.findByCode(project.code(), "A"));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void nodesAndDependenciesGoInManyRowsAtOnceAndReadBackAsOneByOne(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      PlanNodeMapper mapper = session.getMapper(PlanNodeMapper.class);
      Project project = Fixtures.project(session, Fixtures.region(session).code());
      PlanNode full = new PlanNode(null, project.code(), "F", "全字段" + Fixtures.FOUR_BYTE_TEXT, NodeLevel.MILESTONE,
          NodeCategory.OPENING, "office-X", D, D.plusDays(1), D.plusDays(2), D.plusDays(3), D.plusDays(4),
          D.plusDays(5), 100);
      mapper.insertBatch(List.of(full, node(project.code(), "G", D), node(project.code(), "H", D)));
      long f = mapper.findByCode(project.code(), "F").id();
      long g = mapper.findByCode(project.code(), "G").id();
      long h = mapper.findByCode(project.code(), "H").id();
      mapper.insertDependencies(List.of(new PlanNodeMapper.DependencyRow(f, g, 2),
          new PlanNodeMapper.DependencyRow(g, h, -1)));

      PlanNode read = mapper.findByCode(project.code(), "F");
      assertThat(read).isEqualTo(new PlanNode(f, project.code(), "F", full.name(), NodeLevel.MILESTONE,
          NodeCategory.OPENING, "office-X", D, D.plusDays(1), D.plusDays(2), D.plusDays(3), D.plusDays(4),
          D.plusDays(5), 100));
      assertThat(mapper.findDependencies(project.code()))
          .containsExactly(new PlanDependency("F", "G", 2), new PlanDependency("G", "H", -1));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void nodesWithAdjustmentsAreReported(TestDatabase db) throws Exception {
    try (SqlSession session = db.openSession()) {
      PlanNodeMapper mapper = session.getMapper(PlanNodeMapper.class);
      Project project = Fixtures.project(session, Fixtures.region(session).code());
      mapper.insert(node(project.code(), "A", D));
      mapper.insert(node(project.code(), "B", D));
      long a = mapper.findByCode(project.code(), "A").id();
      long b = mapper.findByCode(project.code(), "B").id();
      Connection connection = session.getConnection();
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ro_plan_adjustment (project_code, node_id,"
          + " old_planned_finish, new_planned_finish, delay_days, reason, status, requested_by)"
          + " VALUES (?, ?, ?, ?, 10, '施工许可证办理延迟十天以上', 'PENDING', 'office')")) {
        insert.setString(1, project.code());
        insert.setLong(2, a);
        insert.setObject(3, D);
        insert.setObject(4, D.plusDays(10));
        insert.executeUpdate();
      }

      assertThat(mapper.findCodesWithAdjustments(List.of(a, b))).containsExactly("A");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void databaseRefusesProgressOutsideZeroToHundred(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      PlanNodeMapper mapper = session.getMapper(PlanNodeMapper.class);
      Project project = Fixtures.project(session, Fixtures.region(session).code());
      PlanNode bad = new PlanNode(null, project.code(), "X", "x", NodeLevel.L3, NodeCategory.OTHER, null, null, null,
          null, D, null, null, 101);

      assertThatThrownBy(() -> mapper.insert(bad))
          .satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains("ck_plan_node_progress"));
    }
  }
}
