package com.regionops.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.org.Project;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.support.Fixtures;
import com.regionops.support.TestDatabase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlanAdjustmentMapperTest {

  static final LocalDate D = LocalDate.of(2027, 3, 1);

  static long request(PlanAdjustmentMapper mapper, PlanNode node) {
    KeyedRow<PlanAdjustment> row = new KeyedRow<>(new PlanAdjustment(null, node.projectCode(), node.id(), null, "pi-1",
        D, D.plusDays(10), 10, 10, 2, "region-ops,region-president", "总包进场延误" + Fixtures.FOUR_BYTE_TEXT,
        AdjustmentStatus.PENDING, "office.gz01", null, null, null));
    mapper.insert(row);
    return row.getId();
  }

  /** Node A of a fresh project. */
  static PlanNode nodeA(SqlSession session) {
    PlanNodeMapper nodes = session.getMapper(PlanNodeMapper.class);
    Project project = Fixtures.project(session, Fixtures.region(session).code());
    nodes.insert(PlanNodeMapperTest.node(project.code(), "A", D));
    return nodes.findByCode(project.code(), "A");
  }

  /** The service stamps a request with engine time (China); an unstamped row gets the database's clock. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aStampedRequestKeepsItsTime(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      PlanAdjustmentMapper mapper = session.getMapper(PlanAdjustmentMapper.class);
      PlanNode node = nodeA(session);
      KeyedRow<PlanAdjustment> stamped = new KeyedRow<>(new PlanAdjustment(null, node.projectCode(), node.id(), null,
          "pi-0", D, D.plusDays(3), 3, 0, 0, "region-ops", "按引擎时间登记", AdjustmentStatus.PENDING, "office.gz01",
          D.minusDays(5).atTime(10, 0), null, "合作方董事会决议" + Fixtures.FOUR_BYTE_TEXT));
      mapper.insert(stamped);
      assertThat(mapper.findById(stamped.getId()).requestedAt()).isEqualTo(D.minusDays(5).atTime(10, 0));
      assertThat(mapper.findById(stamped.getId()).partnerApproval()).as("a 不操盘 project's evidence")
          .isEqualTo("合作方董事会决议" + Fixtures.FOUR_BYTE_TEXT);
      assertThat(mapper.findById(request(mapper, nodeA(session))).partnerApproval()).isNull();
      assertThat(mapper.findById(request(mapper, nodeA(session))).requestedAt()).isNotNull();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void requestIsReadBackOpenThenDecidedOnce(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      PlanAdjustmentMapper mapper = session.getMapper(PlanAdjustmentMapper.class);
      PlanNode node = nodeA(session);

      long id = request(mapper, node);

      PlanAdjustment open = mapper.findById(id);
      assertThat(open.nodeCode()).isEqualTo("A");
      assertThat(open.reason()).endsWith(Fixtures.FOUR_BYTE_TEXT);
      assertThat(open.requestedAt()).isNotNull();
      assertThat(mapper.findOpen(node.id())).extracting(PlanAdjustment::id).containsExactly(id);
      assertThat(mapper.decide(id, AdjustmentStatus.APPROVED, LocalDateTime.of(2027, 2, 1, 10, 0))).isEqualTo(1);
      assertThat(mapper.decide(id, AdjustmentStatus.REJECTED, LocalDateTime.of(2027, 2, 2, 10, 0))).as("once").isZero();
      assertThat(mapper.findById(id).status()).isEqualTo(AdjustmentStatus.APPROVED);
      assertThat(mapper.findOpen(node.id())).isEmpty();
      assertThat(mapper.countApprovedInYear(node.id(), 2027)).isEqualTo(1);
      assertThat(mapper.countApprovedInYear(node.id(), 2026)).isZero();
      assertThat(mapper.findByNode(node.id())).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void approvalTrailAndPlannedDatesOfOpenNodes(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      PlanAdjustmentMapper mapper = session.getMapper(PlanAdjustmentMapper.class);
      PlanNodeMapper nodes = session.getMapper(PlanNodeMapper.class);
      PlanNode node = nodeA(session);
      long id = request(mapper, node);

      mapper.insertApproval(new AdjustmentApproval(id, 2, "region-president", "president.south", "APPROVED", null,
          LocalDateTime.of(2027, 2, 2, 9, 0)));
      mapper.insertApproval(new AdjustmentApproval(id, 1, "region-ops", "ops.south", "APPROVED", "同意",
          LocalDateTime.of(2027, 2, 1, 9, 0)));
      int moved = mapper.updatePlannedDates(node.id(), D.plusDays(5), D.plusDays(12));

      assertThat(mapper.findApprovals(id)).extracting(AdjustmentApproval::approverGroup)
          .containsExactly("region-ops", "region-president");
      KeyedRow<PlanAdjustment> other = new KeyedRow<>(new PlanAdjustment(null, node.projectCode(), node.id(), null,
          "pi-step-" + id, D, D.plusDays(3), 3, 0, 0, "region-ops,group-ops", "无人审批过的申请", AdjustmentStatus.PENDING,
          "office.gz01", null, null, null));
      mapper.insert(other);
      mapper.insertApproval(new AdjustmentApproval(id, 3, "group-ops", "groupops", "APPROVED", null,
          LocalDateTime.of(2027, 2, 3, 9, 0)));
      mapper.linkProcess(id, "pi-trail-" + id);
      assertThat(mapper.findStep("pi-trail-" + id)).as("the answers of this request only")
          .isEqualTo(new PlanAdjustmentMapper.ApprovalStep(id, "region-ops,region-president", 3));
      assertThat(mapper.findStep("pi-step-" + id))
          .isEqualTo(new PlanAdjustmentMapper.ApprovalStep(other.getId(), "region-ops,group-ops", 0));
      assertThat(mapper.findStep("pi-none")).isNull();
      assertThat(moved).isEqualTo(1);
      PlanNode after = nodes.findByCode(node.projectCode(), "A");
      assertThat(after.plannedFinish()).isEqualTo(D.plusDays(12));
      assertThat(after.baselineFinish()).isEqualTo(D);
    }
  }
}
