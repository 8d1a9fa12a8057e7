package com.regionops.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.regionops.org.Project;
import com.regionops.org.Region;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.support.Fixtures;
import com.regionops.support.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CertificateMapperTest {

  private static final LocalDate D = LocalDate.of(2026, 6, 1);

  static Certificate certificate(String type, String no, Project project, LocalDate validUntil,
      CertificateStatus status) {
    return new Certificate(null, type, null, no, "持证公司" + Fixtures.FOUR_BYTE_TEXT, project.code(),
        project.regionCode(), D.minusYears(1), validUntil, null, "office-" + project.code(), status, "备注");
  }

  static long insert(CertificateMapper mapper, Certificate certificate) {
    KeyedRow<Certificate> row = new KeyedRow<>(certificate);
    mapper.insert(row);
    return row.getId();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void insertReturnsTheKeyAndReadsBackWithTheTypeName(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      CertificateMapper mapper = session.getMapper(CertificateMapper.class);
      Project project = Fixtures.project(session, Fixtures.region(session).code());
      String no = Fixtures.code("NO");

      long id = insert(mapper, certificate("LAND_TITLE", no, project, null, CertificateStatus.VALID));

      Certificate found = mapper.findById(id);
      assertThat(found.id()).isEqualTo(id);
      assertThat(found.typeName()).isEqualTo("不动产权证");
      assertThat(found.holderCompany()).isEqualTo("持证公司" + Fixtures.FOUR_BYTE_TEXT);
      assertThat(found.issueDate()).isEqualTo(D.minusYears(1));
      assertThat(found.status()).isEqualTo(CertificateStatus.VALID);
      assertThat(mapper.findIdByNumber("LAND_TITLE", no)).isEqualTo(id);
      assertThat(mapper.findIdByNumber("PRESALE_PERMIT", no)).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void findFiltersByRegionTypeProjectStatusAndValidityWindow(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      CertificateMapper mapper = session.getMapper(CertificateMapper.class);
      Region region = Fixtures.region(session);
      Project project = Fixtures.project(session, region.code());
      Project elsewhere = Fixtures.project(session, Fixtures.region(session).code());
      long soon = insert(mapper, certificate("PRESALE_PERMIT", Fixtures.code("A"), project, D.plusDays(10),
          CertificateStatus.VALID));
      long edge = insert(mapper, certificate("PRESALE_PERMIT", Fixtures.code("B"), project, D.plusDays(30),
          CertificateStatus.VALID));
      long late = insert(mapper, certificate("PRESALE_PERMIT", Fixtures.code("C"), project, D.plusDays(31),
          CertificateStatus.VALID));
      long expired = insert(mapper, certificate("DEVELOPER_QUALIFICATION", Fixtures.code("D"), project,
          D.minusDays(1), CertificateStatus.EXPIRED));
      long planned = insert(mapper, certificate("COMPLETION_FILING", null, project, null, CertificateStatus.PLANNED));
      insert(mapper, certificate("PRESALE_PERMIT", Fixtures.code("E"), elsewhere, D.plusDays(10),
          CertificateStatus.VALID));

      List<String> regionOnly = List.of(region.code());
      assertThat(ids(mapper.find(new CertificateQuery(regionOnly, null, null, null, D, D.plusDays(30)))))
          .containsExactly(soon, edge);
      assertThat(ids(mapper.find(new CertificateQuery(regionOnly, null, null, null, null, null))))
          .containsExactly(expired, soon, edge, late, planned);
      assertThat(ids(mapper.find(new CertificateQuery(regionOnly, "DEVELOPER_QUALIFICATION", null, null, null, null))))
          .containsExactly(expired);
      assertThat(ids(mapper.find(new CertificateQuery(regionOnly, null, null, CertificateStatus.PLANNED, null, null))))
          .containsExactly(planned);
      assertThat(ids(mapper.find(new CertificateQuery(null, null, elsewhere.code(), null, null, null)))).hasSize(1);
      assertThat(mapper.find(new CertificateQuery(List.of(), null, null, null, null, null))).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void updateRewritesTheRowAndNumbersStayUniquePerType(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      CertificateMapper mapper = session.getMapper(CertificateMapper.class);
      Project project = Fixtures.project(session, Fixtures.region(session).code());
      String no = Fixtures.code("U");
      long id = insert(mapper, certificate("CONSTRUCTION_PERMIT", null, project, null, CertificateStatus.PLANNED));

      int changed = mapper.update(id, certificate("CONSTRUCTION_PERMIT", no, project, D.plusYears(1),
          CertificateStatus.VALID));

      assertThat(changed).isEqualTo(1);
      Certificate found = mapper.findById(id);
      assertThat(found.certNo()).isEqualTo(no);
      assertThat(found.status()).isEqualTo(CertificateStatus.VALID);
      assertThat(found.validUntil()).isEqualTo(D.plusYears(1));
      assertThatThrownBy(() -> insert(mapper, certificate("CONSTRUCTION_PERMIT", no, project, null,
          CertificateStatus.VALID))).satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains("uk_certificate_no"));
    }
  }

  private static List<Long> ids(List<Certificate> certificates) {
    return certificates.stream().map(Certificate::id).toList();
  }
}
