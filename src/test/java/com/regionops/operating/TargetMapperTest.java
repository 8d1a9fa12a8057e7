package com.regionops.operating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.regionops.org.Project;
import com.regionops.org.Region;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.support.Fixtures;
import com.regionops.support.TestDatabase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TargetMapperTest {

  static KeyedRow<TargetVersion> version(String region, int no) {
    return new KeyedRow<>(new TargetVersion(null, region, 2027, no, TargetVersionStatus.PENDING, null, "ops.test",
        null, null, null, null));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void versionsRowsReviewsAndTheirLifecycle(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      TargetMapper mapper = session.getMapper(TargetMapper.class);
      Region region = Fixtures.region(session);
      Project a = Fixtures.project(session, region.code());
      Project b = Fixtures.project(session, region.code());
      assertThat(mapper.nextVersionNo(region.code(), 2027)).isEqualTo(1);
      KeyedRow<TargetVersion> v1 = version(region.code(), 1);
      mapper.insertVersion(v1);
      long id = v1.getId();
      mapper.insertRegionTotal(id, Metric.SALES, new BigDecimal("99999999999999.99"));
      mapper.insertRows(id, 1, List.of(
          new TargetRow(a.code(), 2027, 1, Metric.SALES, new BigDecimal("0.10")),
          new TargetRow(a.code(), 2027, 2, Metric.SALES, new BigDecimal("0.20")),
          new TargetRow(a.code(), 2027, 3, Metric.SALES, new BigDecimal("5.00")),
          new TargetRow(b.code(), 2027, 1, Metric.NET_PROFIT, new BigDecimal("-12.34"))));

      assertThat(mapper.nextVersionNo(region.code(), 2027)).isEqualTo(2);
      assertThat(mapper.findPending(region.code(), 2027).id()).isEqualTo(id);
      assertThat(mapper.findRegionTotals(id)).singleElement()
          .satisfies(t -> assertThat(new BigDecimal(t.get("amount").toString())).isEqualByComparingTo("99999999999999.99"));
      assertThat(mapper.findRows(id, a.code())).hasSize(3);
      List<Map<String, Object>> sums = mapper.sumPlans(id, 2, null);
      assertThat(sums).anySatisfy(s -> {
        assertThat(s.get("projectCode")).isEqualTo(a.code());
        assertThat(new BigDecimal(s.get("amount").toString())).isEqualByComparingTo("0.30");
      });
      assertThat(sums).anySatisfy(s -> assertThat(new BigDecimal(s.get("amount").toString())).isEqualByComparingTo("-12.34"));

      assertThat(mapper.claim(id, "OTHER", "pi-1")).isZero();
      assertThat(mapper.claim(id, region.code(), "pi-1")).isEqualTo(1);
      assertThat(mapper.claim(id, region.code(), "pi-2")).as("claimed once").isZero();

      mapper.insertReview(new TargetReview(id, "fn-finance", "COMMENTED", "现金流" + Fixtures.FOUR_BYTE_TEXT, "fin", null));
      assertThat(mapper.findReviews(id)).singleElement()
          .satisfies(r -> assertThat(r.commentText()).isEqualTo("现金流" + Fixtures.FOUR_BYTE_TEXT));

      assertThat(mapper.decide(id, TargetVersionStatus.APPROVED, "president", null)).isEqualTo(1);
      assertThat(mapper.decide(id, TargetVersionStatus.REJECTED, "president", "again")).as("decided once").isZero();
      mapper.freezeRows(id);
      assertThat(mapper.findApproved(region.code(), 2027).id()).isEqualTo(id);

      KeyedRow<TargetVersion> v2 = version(region.code(), 2);
      mapper.insertVersion(v2);
      mapper.decide(v2.getId(), TargetVersionStatus.APPROVED, "president", null);
      assertThat(mapper.supersede(region.code(), 2027, v2.getId())).isEqualTo(1);
      assertThat(mapper.findVersions(region.code(), 2027)).extracting(TargetVersion::status)
          .containsExactly(TargetVersionStatus.SUPERSEDED, TargetVersionStatus.APPROVED);
      assertThatThrownBy(() -> mapper.insertVersion(version(region.code(), 2)))
          .as("one version number per region and year").isInstanceOf(org.apache.ibatis.exceptions.PersistenceException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void actualsAreReplacedPerMonthAndSummedYearToDate(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      TargetMapper mapper = session.getMapper(TargetMapper.class);
      Region region = Fixtures.region(session);
      Project a = Fixtures.project(session, region.code());
      ActualRow jan = new ActualRow(a.code(), 2027, 1, Metric.SALES, new BigDecimal("100.10"), "office");
      assertThat(mapper.updateActual(jan)).isZero();
      mapper.insertActual(jan);
      assertThat(mapper.updateActual(new ActualRow(a.code(), 2027, 1, Metric.SALES, new BigDecimal("100.20"), "ops")))
          .isEqualTo(1);
      mapper.insertActual(new ActualRow(a.code(), 2027, 2, Metric.SALES, new BigDecimal("0.01"), "office"));
      mapper.insertActual(new ActualRow(a.code(), 2027, 3, Metric.SALES, new BigDecimal("7.00"), "office"));

      assertThat(mapper.findActuals(a.code(), 2027)).extracting(ActualRow::amount)
          .usingElementComparator(BigDecimal::compareTo)
          .containsExactly(new BigDecimal("100.20"), new BigDecimal("0.01"), new BigDecimal("7.00"));
      assertThat(mapper.sumActuals(region.code(), 2027, 2, null)).singleElement()
          .satisfies(s -> assertThat(new BigDecimal(s.get("amount").toString())).isEqualByComparingTo("100.21"));
    }
  }
}
