package com.regionops.partner;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.org.Project;
import com.regionops.org.Region;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.support.Fixtures;
import com.regionops.support.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** ro_partner_matter and its approvals, on H2 and MariaDB. */
class PartnerMatterMapperTest {

  static final LocalDateTime AT = LocalDateTime.of(2027, 3, 1, 10, 0);

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aMatterIsDecidedOnceWithItsApprovalsInOrder(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      PartnerMatterMapper mapper = session.getMapper(PartnerMatterMapper.class);
      Region region = Fixtures.region(session);
      Project project = Fixtures.project(session, region.code());
      KeyedRow<PartnerMatter> row = new KeyedRow<>(new PartnerMatter(null, project.code(), region.code(),
          MatterKind.SHAREHOLDER_MOTION, "增资议案" + Fixtures.FOUR_BYTE_TEXT, new BigDecimal("99999999.99"),
          LocalDate.of(2027, 3, 20), "说明", OperatingMode.NOT_OPERATED, PartnerMatter.IN_APPROVAL, null, "office",
          AT, null, null));
      mapper.insert(row);
      long id = row.getId();
      assertThat(mapper.startApproval(id, "pi-1", "region-ops,region-president,group-ops")).isEqualTo(1);
      mapper.insertApproval(new PartnerMatterMapper.Approval(id, 2, "region-president", "RETURNED", "不同意",
          "president", AT.plusHours(2)));
      mapper.insertApproval(new PartnerMatterMapper.Approval(id, 1, "region-ops", "APPROVED", null, "ops", AT.plusHours(1)));
      assertThat(mapper.decide(id, PartnerMatter.REJECTED, AT.plusHours(2))).isEqualTo(1);
      assertThat(mapper.decide(id, PartnerMatter.APPROVED, AT.plusHours(3))).as("once").isZero();

      PartnerMatter read = mapper.findById(id);
      assertThat(read.title()).isEqualTo("增资议案" + Fixtures.FOUR_BYTE_TEXT);
      assertThat(read.amount()).isEqualByComparingTo("99999999.99");
      assertThat(read.status()).isEqualTo(PartnerMatter.REJECTED);
      assertThat(read.approverChain()).isEqualTo("region-ops,region-president,group-ops");
      assertThat(read.operatingMode()).isEqualTo(OperatingMode.NOT_OPERATED);
      assertThat(mapper.findApprovals(id)).extracting(PartnerMatterMapper.Approval::approverGroup)
          .containsExactly("region-ops", "region-president");
      assertThat(mapper.findByProject(project.code())).extracting(PartnerMatter::id).containsExactly(id);
    }
  }
}
