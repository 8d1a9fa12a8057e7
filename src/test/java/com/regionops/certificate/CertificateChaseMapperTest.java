package com.regionops.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.org.Project;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.support.Fixtures;
import com.regionops.support.TestDatabase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CertificateChaseMapperTest {

  static final LocalDate DUE = LocalDate.of(2027, 6, 30);

  static long certificate(SqlSession session, Project project, LocalDate validUntil, LocalDate review,
      CertificateStatus status) {
    KeyedRow<Certificate> row = new KeyedRow<>(new Certificate(null, "BUSINESS_LICENSE", null, null, "公司",
        project.code(), project.regionCode(), DUE.minusYears(3), validUntil, review, "region-ops", status, null));
    session.getMapper(CertificateMapper.class).insert(row);
    return row.getId();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aChaseIsOpenedOnceLinkedAndClosedOnce(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      CertificateChaseMapper mapper = session.getMapper(CertificateChaseMapper.class);
      Project project = Fixtures.project(session, Fixtures.region(session).code());
      long id = certificate(session, project, null, DUE, CertificateStatus.VALID);

      assertThat(mapper.insertOnce(id, CertificateChase.ANNUAL_REVIEW, DUE)).isEqualTo(1);
      assertThat(mapper.insertOnce(id, CertificateChase.ANNUAL_REVIEW, DUE)).isZero();
      CertificateChase chase = mapper.find(id, CertificateChase.ANNUAL_REVIEW, DUE);
      assertThat(chase.status()).isEqualTo(CertificateChase.OPEN);
      mapper.link(chase.id(), "pi-1");
      assertThat(mapper.findByProcessInstance("pi-1").id()).isEqualTo(chase.id());
      assertThat(mapper.findByProcessInstance("pi-none")).isNull();
      assertThat(mapper.close(chase.id(), LocalDateTime.of(2027, 6, 1, 10, 0), null, "回执")).isEqualTo(1);
      assertThat(mapper.close(chase.id(), LocalDateTime.of(2027, 6, 2, 10, 0), null, "again")).isZero();
      CertificateChase closed = mapper.findById(chase.id());
      assertThat(closed.status()).isEqualTo(CertificateChase.DONE);
      assertThat(closed.processInstanceId()).isEqualTo("pi-1");
      assertThat(closed.remarks()).isEqualTo("回执");
      assertThat(mapper.findForCertificates(List.of(id))).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void candidatesAreCertificatesInForceOrLapsedDueByTheHorizon(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      CertificateChaseMapper mapper = session.getMapper(CertificateChaseMapper.class);
      Project project = Fixtures.project(session, Fixtures.region(session).code());
      long byReview = certificate(session, project, DUE.plusYears(20), DUE, CertificateStatus.VALID);
      long byValidity = certificate(session, project, DUE, null, CertificateStatus.EXPIRED);
      certificate(session, project, DUE.plusDays(1), null, CertificateStatus.VALID);
      certificate(session, project, DUE, null, CertificateStatus.PLANNED);
      certificate(session, project, DUE, null, CertificateStatus.REVOKED);

      List<Certificate> candidates = mapper.findCandidates(project.regionCode(), DUE);

      assertThat(candidates).extracting(Certificate::id).containsExactly(byReview, byValidity);
      assertThat(mapper.findCandidates("NOWHERE", DUE)).isEmpty();
      mapper.updateCertificate(byValidity, DUE.plusYears(3), null, CertificateStatus.VALID);
      assertThat(session.getMapper(CertificateMapper.class).findById(byValidity).validUntil())
          .isEqualTo(DUE.plusYears(3));
      mapper.updateStatus(byReview, CertificateStatus.REVIEW_DUE);
      assertThat(session.getMapper(CertificateMapper.class).findById(byReview).status())
          .isEqualTo(CertificateStatus.REVIEW_DUE);
    }
  }
}
