package com.regionops.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.regionops.platform.engine.KeyedRow;
import com.regionops.support.Fixtures;
import com.regionops.support.TestDatabase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NodeCompletionMapperTest {

  static final LocalDate D = LocalDate.of(2027, 3, 1);
  static final LocalDateTime AT = LocalDateTime.of(2027, 3, 3, 10, 0);

  static long report(NodeCompletionMapper mapper, PlanNode node, LocalDate finish) {
    KeyedRow<NodeCompletion> row = new KeyedRow<>(new NodeCompletion(null, node.projectCode(), node.id(),
        node.nodeCode(), CompletionSource.OFFICE, finish, "已完成" + Fixtures.FOUR_BYTE_TEXT, CompletionStatus.REPORTED,
        1, "pi-" + finish, null, null, "office.gz01", AT, 2, null, null));
    mapper.insert(row);
    return row.getId();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aReportIsOpenOncePerNodeUntilClosedThenItsNodeTakesANewOne(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      NodeCompletionMapper mapper = session.getMapper(NodeCompletionMapper.class);
      PlanNode node = PlanAdjustmentMapperTest.nodeA(session);

      long id = report(mapper, node, D);

      NodeCompletion open = mapper.findOpen(node.id());
      assertThat(open.id()).isEqualTo(id);
      assertThat(open.note()).endsWith(Fixtures.FOUR_BYTE_TEXT);
      assertThat(open.reportedAt()).isEqualTo(AT);
      assertThat(mapper.findByProcessInstance("pi-" + D).id()).isEqualTo(id);
      assertThatThrownBy(() -> report(mapper, node, D.plusDays(1))).as("one open report per node")
          .hasRootCauseInstanceOf(java.sql.SQLIntegrityConstraintViolationException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void returnResubmitAndConfirmationMoveTheReportThroughItsRounds(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      NodeCompletionMapper mapper = session.getMapper(NodeCompletionMapper.class);
      PlanNode node = PlanAdjustmentMapperTest.nodeA(session);
      long id = report(mapper, node, D);
      mapper.updateChain(id, "region-ops,region-president");

      mapper.insertStep(new CompletionStep(id, 1, 1, "region-ops", "ops.south", "CONFIRMED", null, AT));
      mapper.insertStep(new CompletionStep(id, 1, 2, "region-president", "president.south", "RETURNED", "日期不对", AT));
      assertThat(mapper.markReturned(id, "日期不对", AT)).isEqualTo(1);
      assertThat(mapper.markReturned(id, "again", AT)).as("only a reported one").isZero();
      assertThat(mapper.findById(id).status()).isEqualTo(CompletionStatus.RETURNED);
      assertThat(mapper.findOpen(node.id())).as("returned is still open").isNotNull();
      assertThat(mapper.resubmit(id, D.minusDays(2), "改为合同签订日", 4, AT.plusDays(1))).isEqualTo(1);
      NodeCompletion second = mapper.findById(id);
      assertThat(second.roundNo()).isEqualTo(2);
      assertThat(second.actualFinish()).isEqualTo(D.minusDays(2));
      assertThat(second.reportDelayDays()).isEqualTo(4);
      assertThat(second.status()).isEqualTo(CompletionStatus.REPORTED);
      assertThat(mapper.countSteps(id, 1)).isEqualTo(2);
      assertThat(mapper.countSteps(id, 2)).isZero();
      mapper.insertStep(new CompletionStep(id, 2, 1, "region-ops", "ops.south", "CONFIRMED", null, AT));
      assertThat(mapper.close(id, CompletionStatus.CONFIRMED, AT.plusDays(2))).isEqualTo(1);
      assertThat(mapper.close(id, CompletionStatus.WITHDRAWN, AT.plusDays(3))).as("once").isZero();

      assertThat(mapper.findById(id).status()).isEqualTo(CompletionStatus.CONFIRMED);
      assertThat(mapper.findById(id).confirmerChain()).isEqualTo("region-ops,region-president");
      assertThat(mapper.findOpen(node.id())).isNull();
      assertThat(mapper.findSteps(id)).extracting(s -> s.roundNo() + "/" + s.step())
          .containsExactly("1/1", "1/2", "2/1");
      long next = report(mapper, node, D.plusDays(5));
      assertThat(mapper.findByNode(node.id())).extracting(NodeCompletion::id).containsExactly(next, id);
      assertThat(mapper.findByProject(node.projectCode(), CompletionStatus.CONFIRMED)).extracting(NodeCompletion::id)
          .containsExactly(id);
      assertThat(mapper.findByProject(node.projectCode(), null)).hasSize(2);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void reportsFinishedInAWindowLeaveWithdrawnOnesOut(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      NodeCompletionMapper mapper = session.getMapper(NodeCompletionMapper.class);
      PlanNodeMapper nodes = session.getMapper(PlanNodeMapper.class);
      PlanNode a = PlanAdjustmentMapperTest.nodeA(session);
      nodes.insert(PlanNodeMapperTest.node(a.projectCode(), "B", D));
      nodes.insert(PlanNodeMapperTest.node(a.projectCode(), "C", D));
      PlanNode b = nodes.findByCode(a.projectCode(), "B");
      PlanNode c = nodes.findByCode(a.projectCode(), "C");
      long first = report(mapper, a, D);
      long last = report(mapper, b, D.plusDays(30));
      long withdrawn = report(mapper, c, D.plusDays(1));
      mapper.close(withdrawn, CompletionStatus.WITHDRAWN, AT);

      assertThat(mapper.findFinishedBetween(List.of(a.projectCode()), D, D.plusDays(30)))
          .extracting(NodeCompletion::id).containsExactly(first);
      assertThat(mapper.findFinishedBetween(List.of(a.projectCode(), "NONE"), D, D.plusDays(31)))
          .extracting(NodeCompletion::id).containsExactly(first, last);
    }
  }
}
