package com.regionops.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.support.TestDatabase;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CertificateTypeMapperTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void typesComeCompanyFirstThenTheProjectChainInOrder(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      CertificateTypeMapper mapper = session.getMapper(CertificateTypeMapper.class);

      assertThat(mapper.findAll()).extracting(CertificateType::code).containsExactly(
          "BUSINESS_LICENSE", "DEVELOPER_QUALIFICATION", "LAND_TITLE", "LAND_PLANNING_PERMIT",
          "ENGINEERING_PLANNING_PERMIT", "CONSTRUCTION_PERMIT", "PRESALE_PERMIT", "COMPLETION_FILING");
      CertificateType license = mapper.findByCode("BUSINESS_LICENSE");
      assertThat(license.annualReport()).isTrue();
      assertThat(license.reviewWindowStart()).isEqualTo("01-01");
      assertThat(license.reviewWindowEnd()).isEqualTo("06-30");
      assertThat(license.isProjectLevel()).isFalse();
      assertThat(mapper.findByCode("DEVELOPER_QUALIFICATION").validityMonths()).isEqualTo(36);
      assertThat(mapper.findByCode("PRESALE_PERMIT").chainOrder()).isEqualTo(5);
      assertThat(mapper.findByCode("NO_SUCH")).isNull();
    }
  }
}
