package com.regionops.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.regionops.plan.PlanTemplate.Anchor;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Template dating against dates computed by hand (calendar days). */
class TemplateDatingTest {

  static final LocalDate LAND = LocalDate.of(2027, 1, 1);
  static final LocalDate START = LocalDate.of(2027, 5, 1);
  static final LocalDate OPENING = LocalDate.of(2027, 12, 1);
  static final LocalDate HANDOVER = LocalDate.of(2029, 6, 30);

  static PlanTemplate.Node node(String code, Anchor anchor, String anchorNode, int offset, int duration) {
    return new PlanTemplate.Node(code, "节点" + code, NodeLevel.L2, NodeCategory.OTHER, "office", duration, anchor,
        anchorNode, offset, 0, List.of());
  }

  static Map<String, TemplateDating.Dated> date(List<PlanTemplate.Node> nodes, List<PlanDependency> dependencies) {
    return TemplateDating.date(new PlanTemplate("T", "测试模板", 1, null, nodes, dependencies),
        TemplateDating.anchors(LAND, START, OPENING, HANDOVER));
  }

  @Test
  void aNodeFinishesAtItsAnchorPlusItsOffsetAndStartsItsDurationBefore() {
    Map<String, TemplateDating.Dated> dated = date(List.of(
        node("A", Anchor.LAND_ACQUIRED, null, 0, 0),
        node("B", Anchor.CONSTRUCTION_START, null, -10, 20),
        node("H", Anchor.HANDOVER, null, 0, 30)), List.of());

    assertThat(dated.get("A")).isEqualTo(new TemplateDating.Dated(LAND, LAND, false));
    // 2027-05-01 − 10 = 2027-04-21; − 20 = 2027-04-01
    assertThat(dated.get("B")).isEqualTo(new TemplateDating.Dated(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 21), false));
    // 2029-06-30 − 30 = 2029-05-31
    assertThat(dated.get("H")).isEqualTo(new TemplateDating.Dated(LocalDate.of(2029, 5, 31), HANDOVER, false));
  }

  @Test
  void aNodeAnchoredOnAnotherMovesWithIt() {
    Map<String, TemplateDating.Dated> dated = date(List.of(
        node("C", Anchor.NODE, "B", 30, 10),
        node("B", Anchor.CONSTRUCTION_START, null, -10, 20)), List.of());

    // B finishes 2027-04-21; C 30 days later, 2027-05-21, and starts 2027-05-11
    assertThat(dated.get("C")).isEqualTo(new TemplateDating.Dated(LocalDate.of(2027, 5, 11), LocalDate.of(2027, 5, 21), false));
  }

  @Test
  void aDependencyWithItsLagPushesTheFinishOnlyWhenItDemandsMore() {
    Map<String, TemplateDating.Dated> dated = date(List.of(
        node("B", Anchor.CONSTRUCTION_START, null, -10, 20),
        node("D", Anchor.FIRST_OPENING, null, -60, 5),
        node("E", Anchor.LAND_ACQUIRED, null, 10, 3)),
        List.of(new PlanDependency("B", "D", 50), new PlanDependency("B", "E", 5)));

    // D: anchor 2027-12-01 − 60 = 2027-10-02; B + 50 = 2027-06-10 demands less: not pushed
    assertThat(dated.get("D")).isEqualTo(new TemplateDating.Dated(LocalDate.of(2027, 9, 27), LocalDate.of(2027, 10, 2), false));
    // E: anchor 2027-01-11; B + 5 = 2027-04-26 demands more: pushed, starts 3 days before
    assertThat(dated.get("E")).isEqualTo(new TemplateDating.Dated(LocalDate.of(2027, 4, 23), LocalDate.of(2027, 4, 26), true));
  }

  @Test
  void aPushCarriesOnToTheNodesAnchoredOnThePushedOne() {
    Map<String, TemplateDating.Dated> dated = date(List.of(
        node("B", Anchor.CONSTRUCTION_START, null, 0, 10),
        node("E", Anchor.LAND_ACQUIRED, null, 10, 3),
        node("F", Anchor.NODE, "E", 7, 2)),
        List.of(new PlanDependency("B", "E", 1)));

    // E pushed to 2027-05-02; F 7 days after it
    assertThat(dated.get("F").finish()).isEqualTo(LocalDate.of(2027, 5, 9));
  }

  @Test
  void anchorsThatGoRoundInACircleAreRefused() {
    assertThatThrownBy(() -> date(List.of(node("X", Anchor.NODE, "Y", 1, 1), node("Y", Anchor.NODE, "X", 1, 1)),
        List.of())).isInstanceOf(IllegalStateException.class).hasMessageContaining("cycle");
  }
}
