package com.regionops.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.regionops.operating.Metric;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.web.ApiException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The POST body's rules, each refusal naming its field. */
class PerformancePlanValidationTest {

  final PerformancePlanService service = new PerformancePlanService(null, null, null, null);
  final int year = EngineTime.today().getYear();

  List<PerformancePlanRequest.Line> sales(int from, int years) {
    List<PerformancePlanRequest.Line> lines = new ArrayList<>();
    for (int y = from; y < from + years; y++) {
      lines.add(line(y, "SALES", "100", "120"));
    }
    return lines;
  }

  static PerformancePlanRequest.Line line(Integer year, String metric, String floor, String control) {
    return new PerformancePlanRequest.Line(year, metric, null, null, floor == null ? null : new BigDecimal(floor),
        control == null ? null : new BigDecimal(control));
  }

  String field(PerformancePlanRequest request) {
    ApiException e = catchThrowableOfType(ApiException.class, () -> service.validate(request));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.status().value()).isEqualTo(400);
    return e.problems().get(0).field();
  }

  @Test
  void aGoodFiveYearPlanPasses() {
    List<PerformancePlanRequest.Line> lines = sales(year, 5);
    lines.add(line(year, "COLLECTION", "90", "100"));
    lines.add(line(year + 4, "CASH_FLOW", "-50", "-10.5"));
    assertThat(service.validate(new PerformancePlanRequest(year, 5, lines))).hasSize(7);
  }

  @Test
  void eachMistakeNamesItsField() {
    assertThat(field(null)).isEqualTo("body");
    assertThat(field(new PerformancePlanRequest(year - 1, 3, sales(year - 1, 3)))).isEqualTo("startYear");
    assertThat(field(new PerformancePlanRequest(year + 2, 3, sales(year + 2, 3)))).isEqualTo("startYear");
    assertThat(field(new PerformancePlanRequest(year, 4, sales(year, 4)))).isEqualTo("horizon");
    assertThat(field(new PerformancePlanRequest(year, 3, List.of()))).isEqualTo("lines");
    List<PerformancePlanRequest.Line> lines = sales(year, 3);
    lines.add(line(year + 3, "NET_PROFIT", "1", "2"));
    assertThat(field(new PerformancePlanRequest(year, 3, lines))).isEqualTo("lines[3].year");
    lines = sales(year, 3);
    lines.set(2, line(year + 2, "SALES", "130", "120"));
    assertThat(field(new PerformancePlanRequest(year, 3, lines))).isEqualTo("lines[2].control");
    lines = sales(year, 3);
    lines.add(line(year, "SALES", "1", "2"));
    assertThat(field(new PerformancePlanRequest(year, 3, lines))).isEqualTo("lines[3].metric");
    lines = sales(year, 3);
    lines.add(line(year, "PROFIT", "1", "2"));
    assertThat(field(new PerformancePlanRequest(year, 3, lines))).isEqualTo("lines[3].metric");
    lines = sales(year, 3);
    lines.set(0, line(year, "SALES", "-1", "2"));
    assertThat(field(new PerformancePlanRequest(year, 3, lines))).isEqualTo("lines[0].floor");
    lines = sales(year, 3);
    lines.set(0, line(year, "SALES", "1.001", "2"));
    assertThat(field(new PerformancePlanRequest(year, 3, lines))).isEqualTo("lines[0].floor");
    lines = sales(year, 3);
    lines.set(0, line(year, "SALES", "1", null));
    assertThat(field(new PerformancePlanRequest(year, 3, lines))).isEqualTo("lines[0].control");
    lines = sales(year, 3);
    lines.set(0, new PerformancePlanRequest.Line(year, "SALES", new BigDecimal("200"), new BigDecimal("100"),
        BigDecimal.ONE, BigDecimal.TEN));
    assertThat(field(new PerformancePlanRequest(year, 3, lines))).isEqualTo("lines[0].groupControl");
    lines = sales(year, 2);
    lines.add(line(year + 2, "INVESTMENT", "1", "2"));
    assertThat(field(new PerformancePlanRequest(year, 3, lines))).as("every year needs 销售").isEqualTo("lines");
  }

  /** A plan compares with the targets and actuals by metric name: every planned metric is a target, in one order. */
  @Test
  void everyPlanMetricIsTheOperatingMetricOfItsName() {
    assertThat(PlanMetric.values()).extracting(PlanMetric::target).containsExactly(Metric.values());
    for (PlanMetric metric : PlanMetric.values()) {
      assertThat(metric.name()).isEqualTo(metric.target().name());
      assertThat(metric.label()).isEqualTo(metric.target().label());
      assertThat(metric.mayBeNegative()).isEqualTo(metric.target().mayBeNegative());
    }
  }

  @Test
  void negativeCollectionIsRefused() {
    List<PerformancePlanRequest.Line> lines = sales(year, 3);
    lines.add(line(year, "COLLECTION", "-1", "2"));
    assertThat(field(new PerformancePlanRequest(year, 3, lines))).isEqualTo("lines[3].floor");
  }
}
