package com.regionops.partner;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.org.Project;
import com.regionops.org.Region;
import com.regionops.support.Fixtures;
import com.regionops.support.TestDatabase;
import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** ro_project's 操盘方式 and 并表, and ro_project_partner, on H2 and MariaDB. */
class PartnershipMapperTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aProjectIsRunAloneUntilItsPartnersAreRecordedAndThenReplacedAsAWhole(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      PartnershipMapper mapper = session.getMapper(PartnershipMapper.class);
      Region region = Fixtures.region(session);
      Project project = Fixtures.project(session, region.code());
      assertThat(mapper.findMode(project.code())).isEqualTo(new PartnershipMapper.ModeRow(project.code(),
          OperatingMode.INDEPENDENT, true));
      assertThat(mapper.findMode("NO_SUCH")).isNull();

      assertThat(mapper.updateMode(project.code(), OperatingMode.JOINT, false)).isEqualTo(1);
      mapper.insertPartner(new PartnershipMapper.PartnerRow(project.code(), 1, "合作方" + Fixtures.FOUR_BYTE_TEXT,
          new BigDecimal("30.50"), "操盘方"));
      mapper.insertPartner(new PartnershipMapper.PartnerRow(project.code(), 2, "投资方", new BigDecimal("19.25"), null));
      assertThat(mapper.findModes(List.of(project.code()))).containsExactly(new PartnershipMapper.ModeRow(
          project.code(), OperatingMode.JOINT, false));
      List<PartnershipMapper.PartnerRow> partners = mapper.findPartners(List.of(project.code()));
      assertThat(partners).extracting(PartnershipMapper.PartnerRow::name)
          .containsExactly("合作方" + Fixtures.FOUR_BYTE_TEXT, "投资方");
      assertThat(partners.get(0).sharePct()).isEqualByComparingTo("30.50");
      assertThat(partners.get(1).partnerRole()).isNull();

      assertThat(mapper.deletePartners(project.code())).isEqualTo(2);
      assertThat(mapper.findPartners(List.of(project.code()))).isEmpty();
    }
  }
}
