package com.regionops.platform.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskPresentationTest {

  @Test
  void namesProjectAndPlanNode() {
    assertThat(TaskPresentation.name("审批计划调整", Map.<String, Object>of("projectCode", "GZ01", "nodeName", "主体结构封顶")::get))
        .isEqualTo("审批计划调整 · GZ01 · 主体结构封顶");
  }

  @Test
  void prefersTheNodeOverThePeriodInACorrection() {
    Map<String, Object> vars = Map.of("projectCode", "GZ02", "nodeName", "开盘", "periodDate", "2026-11-27");
    assertThat(TaskPresentation.name("制定纠偏措施", vars::get)).isEqualTo("制定纠偏措施 · GZ02 · 开盘");
  }

  @Test
  void fallsBackToTheRegionWhenThereIsNoProject() {
    Map<String, Object> vars = Map.of("regionCode", "SOUTH", "periodDate", "2026-11-27");
    assertThat(TaskPresentation.name("审阅双周通报", vars::get)).isEqualTo("审阅双周通报 · SOUTH · 2026-11-27");
  }

  @Test
  void cutsLongDecisionTextToOneShortLine() {
    String decision = "营销部门在开盘前两周完成\n样板区开放，" + "并同步完成售楼处".repeat(5);
    String name = TaskPresentation.name("落实会议决议", Map.<String, Object>of("projectCode", "GZ01", "decisionContent", decision)::get);
    String subject = name.substring(name.lastIndexOf(TaskPresentation.SEPARATOR) + TaskPresentation.SEPARATOR.length());
    assertThat(subject).hasSize(TaskPresentation.MAX_SUBJECT_LENGTH).endsWith("…").doesNotContain("\n")
        .startsWith("营销部门在开盘前两周完成 样板区开放");
  }

  @Test
  void keepsTheModelNameWhenNothingIsKnown() {
    assertThat(TaskPresentation.name("安排会议", Map.<String, Object>of("nodeName", " ")::get)).isEqualTo("安排会议");
  }

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {
      "RED,    region-ops,       90",
      "RED,    region-president, 90",
      "ORANGE, region-president, 75",
      "ORANGE, region-ops,       65",
      "YELLOW, region-ops,       50",
      "null,   region-president, 75",
      "null,   office-GZ01,      50"})
  void ranksRedRisksThenPresidentStepsThenOrange(String grade, String group, int expected) {
    assertThat(TaskPresentation.priority(grade, List.of(group))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      "region-president,             区域总裁",
      "region-ops,                   区域运营管理部",
      "fn-finance,                   区域财务部",
      "office-GZ01,                  项目公司 GZ01",
      "group-ops,                    集团运营中心",
      "some-new-group,               some-new-group"})
  void namesTheGroupThatHandlesATaskAsPeopleCallIt(String group, String expected) {
    assertThat(TaskPresentation.groupNames(List.of(group))).isEqualTo(expected);
  }

  @Test
  void namesEveryCandidateGroupOfATask() {
    assertThat(TaskPresentation.groupNames(List.of("fn-marketing", "fn-finance"))).isEqualTo("区域营销部、区域财务部");
    assertThat(TaskPresentation.groupNames(List.of())).isEmpty();
  }
}
