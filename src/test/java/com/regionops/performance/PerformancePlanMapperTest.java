package com.regionops.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.org.Project;
import com.regionops.org.Region;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.support.Fixtures;
import com.regionops.support.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** ro_performance_plan, its lines and opinions, and the region's actuals per year, on H2 and MariaDB. */
class PerformancePlanMapperTest {

  static final LocalDateTime AT = LocalDateTime.of(2027, 3, 1, 10, 0);

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aPlanIsClaimedDecidedOnceAndSupersededByTheNextApprovedVersion(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      PerformancePlanMapper mapper = session.getMapper(PerformancePlanMapper.class);
      Region region = Fixtures.region(session);
      assertThat(mapper.nextVersionNo(region.code())).isEqualTo(1);
      long first = insert(mapper, region.code(), 1);
      mapper.insertLines(first, List.of(
          new PlanLine(2027, PlanMetric.SALES, new BigDecimal("9500.00"), null, new BigDecimal("10000.00"),
              new BigDecimal("99999999999999.99")),
          new PlanLine(2027, PlanMetric.CASH_FLOW, null, null, new BigDecimal("-300.50"), new BigDecimal("-100.00"))));
      assertThat(mapper.claim(first, region.code(), "pi-1")).isEqualTo(1);
      assertThat(mapper.claim(first, region.code(), "pi-2")).as("claimed once").isZero();
      assertThat(mapper.findInReview(region.code()).id()).isEqualTo(first);
      mapper.insertOpinion(new PlanOpinion(first, "GROUP_OPS", "group-ops", "APPROVED", null, "groupops", AT));
      mapper.insertOpinion(new PlanOpinion(first, "REVIEW", "fn-marketing", "COMMENTED",
          "意见" + Fixtures.FOUR_BYTE_TEXT, "marketing", AT));
      mapper.insertOpinion(new PlanOpinion(first, "PRESIDENT", "region-president", "APPROVED", null, "president", AT));
      assertThat(mapper.decide(first, PlanStatus.APPROVED, "groupops", null, AT)).isEqualTo(1);
      assertThat(mapper.decide(first, PlanStatus.RETURNED, "groupops", "x", AT)).as("once").isZero();

      PerformancePlan read = mapper.findByProcess("pi-1");
      assertThat(read.status()).isEqualTo(PlanStatus.APPROVED);
      assertThat(read.startYear()).isEqualTo(2027);
      assertThat(read.horizon()).isEqualTo(5);
      assertThat(read.submittedAt()).isEqualTo(AT);
      assertThat(mapper.findLines(first)).extracting(PlanLine::metric)
          .containsExactly(PlanMetric.CASH_FLOW, PlanMetric.SALES);
      assertThat(mapper.findLines(first).get(1).controlAmount()).isEqualByComparingTo("99999999999999.99");
      assertThat(mapper.findLines(first).get(1).groupControl()).isNull();
      assertThat(mapper.findOpinions(first)).extracting(PlanOpinion::stage)
          .containsExactly("REVIEW", "PRESIDENT", "GROUP_OPS");
      assertThat(mapper.findOpinions(first).get(0).commentText()).isEqualTo("意见" + Fixtures.FOUR_BYTE_TEXT);

      long second = insert(mapper, region.code(), mapper.nextVersionNo(region.code()));
      mapper.claim(second, region.code(), "pi-3");
      mapper.decide(second, PlanStatus.APPROVED, "groupops", null, AT);
      assertThat(mapper.supersede(region.code(), second)).isEqualTo(1);
      assertThat(mapper.findApproved(region.code()).id()).isEqualTo(second);
      assertThat(mapper.findByRegion(region.code())).extracting(PerformancePlan::status)
          .containsExactly(PlanStatus.APPROVED, PlanStatus.SUPERSEDED);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theRegionsActualsAreSummedPerYearAndMetric(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      PerformancePlanMapper mapper = session.getMapper(PerformancePlanMapper.class);
      Region region = Fixtures.region(session);
      Project a = Fixtures.project(session, region.code());
      Project b = Fixtures.project(session, region.code());
      com.regionops.operating.TargetMapper targets = session.getMapper(com.regionops.operating.TargetMapper.class);
      targets.insertActual(new com.regionops.operating.ActualRow(a.code(), 2026, 1,
          com.regionops.operating.Metric.SALES, new BigDecimal("100.10"), "ops"));
      targets.insertActual(new com.regionops.operating.ActualRow(a.code(), 2026, 2,
          com.regionops.operating.Metric.SALES, new BigDecimal("200.20"), "ops"));
      targets.insertActual(new com.regionops.operating.ActualRow(b.code(), 2026, 1,
          com.regionops.operating.Metric.SALES, new BigDecimal("0.01"), "ops"));
      targets.insertActual(new com.regionops.operating.ActualRow(b.code(), 2024, 1,
          com.regionops.operating.Metric.SALES, new BigDecimal("5.00"), "ops"));

      var rows = mapper.sumActuals(region.code(), 2025, 2026);
      assertThat(rows).hasSize(1);
      assertThat(((Number) rows.get(0).get("year")).intValue()).isEqualTo(2026);
      assertThat(rows.get(0).get("metric")).isEqualTo("SALES");
      assertThat(new BigDecimal(rows.get(0).get("amount").toString())).isEqualByComparingTo("300.31");
    }
  }

  static long insert(PerformancePlanMapper mapper, String region, int versionNo) {
    KeyedRow<PerformancePlan> row = new KeyedRow<>(new PerformancePlan(null, region, versionNo, 2027, 5,
        PlanStatus.IN_REVIEW, null, "ops", AT, null, null, null));
    mapper.insert(row);
    return row.getId();
  }
}
