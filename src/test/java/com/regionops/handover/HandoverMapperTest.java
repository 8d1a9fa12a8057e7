package com.regionops.handover;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.org.Project;
import com.regionops.org.Region;
import com.regionops.plan.NodeCategory;
import com.regionops.plan.NodeLevel;
import com.regionops.plan.PlanNode;
import com.regionops.plan.PlanNodeMapper;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.support.Fixtures;
import com.regionops.support.TestDatabase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** ro_handover_date_review and the approved contract date on ro_project, on H2 and MariaDB. */
class HandoverMapperTest {

  static final LocalDate PLANNED = LocalDate.of(2027, 6, 30);
  static final LocalDateTime AT = LocalDateTime.of(2027, 1, 5, 10, 0);

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void reviewsAreRecordedClosedOnceAndTheApprovedDateIsReadWithThePlannedHandover(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      HandoverMapper mapper = session.getMapper(HandoverMapper.class);
      Region region = Fixtures.region(session);
      Project project = Fixtures.project(session, region.code());
      PlanNodeMapper nodes = session.getMapper(PlanNodeMapper.class);
      nodes.insert(new PlanNode(null, project.code(), "M11", "集中交付", NodeLevel.MILESTONE, NodeCategory.HANDOVER, null,
          null, PLANNED, null, PLANNED, null, null, 0));
      nodes.insert(new PlanNode(null, project.code(), "L210", "分户验收", NodeLevel.L2, NodeCategory.HANDOVER, null,
          null, PLANNED.minusDays(20), null, PLANNED.minusDays(20), null, null, 0));
      nodes.insert(new PlanNode(null, project.code(), "M07", "首次开盘", NodeLevel.MILESTONE, NodeCategory.OPENING, null,
          null, PLANNED.plusDays(400), null, PLANNED.plusDays(400), null, null, 0));

      KeyedRow<HandoverReview> row = new KeyedRow<>(new HandoverReview(null, project.code(), PLANNED.plusDays(45),
          PLANNED, 45, "RESIDENTIAL", null, null, null, "精装" + Fixtures.FOUR_BYTE_TEXT, PLANNED.plusDays(30),
          "穗房预售字第 2026-001 号", "说明" + Fixtures.FOUR_BYTE_TEXT, ReviewStatus.IN_REVIEW, "office.test", AT, null,
          null, null, null));
      mapper.insert(row);
      long id = row.getId();
      assertThat(mapper.findOpen(project.code())).extracting(HandoverReview::id).containsExactly(id);
      assertThat(mapper.setProcessInstance(id, "pi-1")).isEqualTo(1);
      assertThat(mapper.recordCheck(id, "CONDITIONAL", "需区域总裁审批", 60)).isEqualTo(1);

      HandoverReview read = mapper.findById(id);
      assertThat(read.decorationContractor()).isEqualTo("精装" + Fixtures.FOUR_BYTE_TEXT);
      assertThat(read.note()).isEqualTo("说明" + Fixtures.FOUR_BYTE_TEXT);
      assertThat(read.result()).isEqualTo("CONDITIONAL");
      assertThat(read.bufferDays()).isEqualTo(60);
      assertThat(read.processInstanceId()).isEqualTo("pi-1");
      assertThat(read.requestedAt()).isEqualTo(AT);

      assertThat(mapper.decide(id, ReviewStatus.APPROVED, "president.test", AT.plusDays(1), "同意")).isEqualTo(1);
      assertThat(mapper.decide(id, ReviewStatus.RETURNED, "ops.test", AT.plusDays(2), "重复")).as("once").isZero();
      assertThat(mapper.findOpen(project.code())).isEmpty();
      assertThat(mapper.findById(id).status()).isEqualTo(ReviewStatus.APPROVED);

      KeyedRow<HandoverReview> later = new KeyedRow<>(new HandoverReview(null, project.code(), PLANNED.plusDays(90),
          PLANNED, 90, "RESIDENTIAL", null, null, null, null, null, null, null, ReviewStatus.IN_REVIEW, "office.test",
          AT.plusDays(3), null, null, null, null));
      mapper.insert(later);
      assertThat(mapper.findByProject(project.code())).extracting(HandoverReview::id).as("newest first")
          .containsExactly(later.getId(), id);

      assertThat(mapper.findContract(project.code()).contractHandoverDate()).isNull();
      assertThat(mapper.approveOnProject(project.code(), PLANNED.plusDays(45), AT.plusDays(1),
          "精装" + Fixtures.FOUR_BYTE_TEXT, PLANNED.plusDays(30))).isEqualTo(1);
      HandoverMapper.ProjectContract contract = mapper.findContract(project.code());
      assertThat(contract.contractHandoverDate()).isEqualTo(PLANNED.plusDays(45));
      assertThat(contract.contractHandoverApprovedAt()).isEqualTo(AT.plusDays(1));
      assertThat(contract.plannedHandoverDate()).as("the latest HANDOVER node, not the opening").isEqualTo(PLANNED);
      assertThat(contract.projectType()).isEqualTo("RESIDENTIAL");
      assertThat(contract.decorationCompletionDate()).isEqualTo(PLANNED.plusDays(30));
      assertThat(mapper.findContractsOfRegion(region.code())).extracting(HandoverMapper.ProjectContract::projectCode)
          .containsExactly(project.code());
    }
  }
}
