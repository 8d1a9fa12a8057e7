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
}
