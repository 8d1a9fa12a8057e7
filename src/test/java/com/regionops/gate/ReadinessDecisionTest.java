package com.regionops.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.support.Decisions;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadinessDecisionTest {

  static final DmnDecision OPENING = Decisions.load("opening-readiness");
  static final DmnDecision HANDOVER = Decisions.load("handover-readiness");

  /** A row per rule, each boundary of the stock share, and combinations; "" = nothing missing. */
  @ParameterizedTest(name = "permit={0} showroom={1} pricing={2} team={3} stock={4} -> {5}")
  @CsvSource(delimiter = '|', value = {
      "true | true | true | true | 100 | READY | ''",
      "true | true | true | true | 120 | READY | ''",
      "false | true | true | true | 100 | NOT_READY | 商品房预售许可证未取得",
      "true | false | true | true | 100 | NOT_READY | 展示区未开放",
      "true | true | false | true | 100 | NOT_READY | 价格方案未批准",
      "true | true | true | false | 100 | CONDITIONAL | 销售团队未全部到位",
      "true | true | true | true | 59 | NOT_READY | 可售货量低于开盘目标的60%",
      "true | true | true | true | 60 | CONDITIONAL | 可售货量未达开盘目标",
      "true | true | true | true | 99 | CONDITIONAL | 可售货量未达开盘目标",
      "false | true | true | false | 80 | NOT_READY | 商品房预售许可证未取得；销售团队未全部到位；可售货量未达开盘目标"})
  void openingReadiness(boolean permit, boolean showroom, boolean pricing, boolean team, int stock, String level,
      String missing) {
    Readiness readiness = Readiness.of(Decisions.evaluate(OPENING, Map.of("presalePermitHeld", permit,
        "showroomOpened", showroom, "pricingApproved", pricing, "salesTeamReady", team, "saleableStockPct", stock))
        .getResultList());

    assertThat(readiness.level()).isEqualTo(level);
    assertThat(readiness.missingText()).isEqualTo(missing.isEmpty() ? "无" : missing);
  }

  @ParameterizedTest(name = "filing={0} inspection={1} repair={2} property={3} -> {4}")
  @CsvSource(delimiter = '|', value = {
      "true | true | true | true | READY | ''",
      "false | true | true | true | NOT_READY | 竣工验收备案未完成",
      "true | false | true | true | NOT_READY | 交付前联合验收未完成",
      "true | true | false | true | CONDITIONAL | 维修队伍未到位",
      "true | true | true | false | CONDITIONAL | 物业接管准备未完成",
      "false | true | false | false | NOT_READY | 竣工验收备案未完成；维修队伍未到位；物业接管准备未完成"})
  void handoverReadiness(boolean filing, boolean inspection, boolean repair, boolean property, String level,
      String missing) {
    Readiness readiness = Readiness.of(Decisions.evaluate(HANDOVER, Map.of("completionFilingHeld", filing,
        "jointInspectionDone", inspection, "repairTeamReady", repair, "propertyManagementReady", property))
        .getResultList());

    assertThat(readiness.level()).isEqualTo(level);
    assertThat(readiness.missingText()).isEqualTo(missing.isEmpty() ? "无" : missing);
  }
}
