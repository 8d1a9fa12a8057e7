package com.regionops.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.org.Project;
import com.regionops.support.Fixtures;
import com.regionops.support.TestDatabase;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The template library as the migrations seed it, read on H2 and MariaDB. */
class PlanTemplateMapperTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theStandardTemplateReadsWithItsNodesDependenciesAndDeliverables(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      PlanTemplateMapper mapper = session.getMapper(PlanTemplateMapper.class);

      PlanTemplate.Summary standard = mapper.findByCode(PlanTemplateService.STANDARD);
      List<PlanTemplateMapper.NodeRow> nodes = mapper.findNodes(standard.code(), standard.currentVersion());

      assertThat(mapper.findAll()).extracting(PlanTemplate.Summary::code).contains(PlanTemplateService.STANDARD);
      assertThat(standard.name()).isEqualTo("住宅项目标准计划模板");
      assertThat(standard.nodeCount()).isEqualTo(nodes.size()).isGreaterThanOrEqualTo(100);
      assertThat(nodes).extracting(PlanTemplateMapper.NodeRow::nodeLevel).contains(NodeLevel.values());
      assertThat(nodes).extracting(PlanTemplateMapper.NodeRow::category).contains(NodeCategory.values());
      assertThat(nodes).filteredOn(n -> n.anchor() == PlanTemplate.Anchor.NODE)
          .allSatisfy(n -> assertThat(n.anchorNode()).isNotBlank());
      assertThat(mapper.findDependencies(standard.code(), standard.currentVersion())).hasSizeGreaterThanOrEqualTo(100);
      assertThat(mapper.findDeliverables(standard.code(), standard.currentVersion()))
          .anySatisfy(d -> assertThat(d.mandatory()).isTrue()).hasSizeGreaterThanOrEqualTo(60);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aProjectRecordsTheTemplateVersionItsPlanCameFrom(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      PlanTemplateMapper mapper = session.getMapper(PlanTemplateMapper.class);
      Project project = Fixtures.project(session, Fixtures.region(session).code());

      assertThat(mapper.setProjectTemplate(project.code(), PlanTemplateService.STANDARD, 1)).isEqualTo(1);
      assertThat(mapper.setProjectTemplate("NO-SUCH", PlanTemplateService.STANDARD, 1)).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aNewVersionIsWrittenWholeAndBecomesCurrent(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      PlanTemplateMapper mapper = session.getMapper(PlanTemplateMapper.class);
      String code = "T_" + Fixtures.code("M");
      List<PlanTemplate.Node> nodes = List.of(
          new PlanTemplate.Node("A", "拿地后复核" + Fixtures.FOUR_BYTE_TEXT, NodeLevel.L1, NodeCategory.OTHER, "office", 5,
              PlanTemplate.Anchor.LAND_ACQUIRED, null, 10, 1,
              List.of(new PlanTemplate.Deliverable(1, "复核报告", true), new PlanTemplate.Deliverable(2, "附件", false))),
          new PlanTemplate.Node("B", "方案设计", NodeLevel.L2, NodeCategory.DESIGN, "fn-design", 30,
              PlanTemplate.Anchor.NODE, "A", 40, 2, List.of()));

      mapper.insertTemplate(code, "测试模板", null);
      assertThat(mapper.findByCodeForUpdate(code).currentVersion()).isZero();
      mapper.insertVersion(code, 1, "ops.test", "初版");
      mapper.insertNodes(code, 1, nodes);
      mapper.insertDependencies(code, 1, List.of(new PlanDependency("A", "B", 3)));
      mapper.insertDeliverables(code, 1, "A", nodes.get(0).deliverables());
      assertThat(mapper.setCurrentVersion(code, 1, "测试模板（定稿）", "说明")).isEqualTo(1);

      PlanTemplate.Summary summary = mapper.findByCode(code);
      assertThat(summary).isEqualTo(new PlanTemplate.Summary(code, "测试模板（定稿）", 1, "说明", 2));
      assertThat(mapper.findNodes(code, 1)).extracting(PlanTemplateMapper.NodeRow::nodeCode, PlanTemplateMapper.NodeRow::anchorNode)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("A", null), org.assertj.core.groups.Tuple.tuple("B", "A"));
      assertThat(mapper.findNodes(code, 1).get(0).name()).isEqualTo("拿地后复核" + Fixtures.FOUR_BYTE_TEXT);
      assertThat(mapper.findDependencies(code, 1)).containsExactly(new PlanDependency("A", "B", 3));
      assertThat(mapper.findDeliverables(code, 1)).extracting(PlanTemplateMapper.DeliverableRow::name, PlanTemplateMapper.DeliverableRow::mandatory)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("复核报告", true), org.assertj.core.groups.Tuple.tuple("附件", false));
    }
  }
}
