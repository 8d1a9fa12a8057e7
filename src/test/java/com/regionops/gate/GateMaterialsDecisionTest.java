package com.regionops.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.support.Decisions;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GateMaterialsDecisionTest {

  static final DmnDecision DECISION = Decisions.load("gate-materials");

  /** One row per rule: the gate asks for this item, mandatory or not. */
  @ParameterizedTest(name = "{0} requires {1}")
  @CsvSource({
      "PROJECT_KICKOFF, 投资决策书/可行性研究报告, true",
      "PROJECT_KICKOFF, 土地出让合同, true",
      "PROJECT_KICKOFF, 项目运营目标书（草案）, true",
      "PROJECT_KICKOFF, 里程碑计划（草案）, true",
      "PROJECT_KICKOFF, 项目团队组建方案, false",
      "DESIGN_PLANNING, 规划设计任务书, true",
      "DESIGN_PLANNING, 概念规划方案, true",
      "DESIGN_PLANNING, 产品定位报告, true",
      "DESIGN_PLANNING, 设计计划, true",
      "PERMIT_PLANNING, 规划指标表, true",
      "PERMIT_PLANNING, 报批报建路径图, true",
      "PERMIT_PLANNING, 报建计划, true",
      "PERMIT_PLANNING, 证照办理责任分工表, false",
      "ENGINEERING_PLANNING, 施工图, true",
      "ENGINEERING_PLANNING, 招采计划, true",
      "ENGINEERING_PLANNING, 工期计划, true",
      "ENGINEERING_PLANNING, 展示区及货量区施工顺序, true",
      "ENGINEERING_PLANNING, 供货计划, true",
      "MARKETING_PLANNING, 营销策划方案, true",
      "MARKETING_PLANNING, 客户定位报告, true",
      "MARKETING_PLANNING, 推售计划, true",
      "MARKETING_PLANNING, 营销费用预算, true",
      "SHOWROOM_OPENING, 展示区开放计划, true",
      "SHOWROOM_OPENING, 展示区验收报告, true",
      "SHOWROOM_OPENING, 物业服务方案, false",
      "SHOWROOM_OPENING, 展示区开放营销方案, true",
      "OPENING_PLANNING, 开盘方案, true",
      "OPENING_PLANNING, 预售许可证办理情况, true",
      "OPENING_PLANNING, 价格方案, true",
      "OPENING_PLANNING, 可售货值清单, true",
      "OPENING_PLANNING, 销售团队及案场准备情况, true",
      "POST_OPENING_REVIEW, 认购、签约、回款与目标对比, true",
      "POST_OPENING_REVIEW, 客户到访及转化分析, true",
      "POST_OPENING_REVIEW, 开盘目标达成评估, true",
      "POST_OPENING_REVIEW, 后续推售调整建议, true",
      "HANDOVER_PLANNING, 交付计划, true",
      "HANDOVER_PLANNING, 竣工验收备案情况, true",
      "HANDOVER_PLANNING, 分户验收报告, true",
      "HANDOVER_PLANNING, 交付风险排查清单, true",
      "HANDOVER_PLANNING, 物业接管方案, true",
      "PROJECT_POST_EVALUATION, 项目经营结果与投决对比, true",
      "PROJECT_POST_EVALUATION, 成本结算报告, true",
      "PROJECT_POST_EVALUATION, 客户满意度报告, true",
      "PROJECT_POST_EVALUATION, 经验教训总结, true"
  })
  void eachRuleAddsItsItemToItsGate(String gateCode, String material, boolean mandatory) {
    DmnDecisionResult result = Decisions.evaluate(DECISION, Map.of("gateCode", gateCode));

    assertThat(result.getResultList()).contains(Map.of("name", material, "mandatory", mandatory));
  }

  @ParameterizedTest
  @ValueSource(strings = {"PROJECT_KICKOFF", "DESIGN_PLANNING", "PERMIT_PLANNING", "ENGINEERING_PLANNING",
      "MARKETING_PLANNING", "SHOWROOM_OPENING", "OPENING_PLANNING", "POST_OPENING_REVIEW", "HANDOVER_PLANNING",
      "PROJECT_POST_EVALUATION"})
  void everyCatalogueGateHasMandatoryMaterials(String gateCode) {
    List<Map<String, Object>> items = Decisions.evaluate(DECISION, Map.of("gateCode", gateCode)).getResultList();

    assertThat(items).hasSizeBetween(4, 5).anyMatch(i -> Boolean.TRUE.equals(i.get("mandatory")));
  }

  @Test
  void itemsComeInRuleOrder() {
    List<Object> names = Decisions.evaluate(DECISION, Map.of("gateCode", "ENGINEERING_PLANNING")).getResultList()
        .stream().map(i -> i.get("name")).toList();

    assertThat(names).containsExactly("施工图", "招采计划", "工期计划", "展示区及货量区施工顺序", "供货计划");
  }

  @Test
  void unknownGateNeedsNothing() {
    assertThat(Decisions.evaluate(DECISION, Map.of("gateCode", "NO_SUCH_GATE")).getResultList()).isEmpty();
  }
}
