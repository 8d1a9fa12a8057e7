package com.regionops.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@RegionOpsIT
class PlanApiIT {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  @LocalServerPort
  int port;

  Http http;

  @org.springframework.beans.factory.annotation.Autowired
  com.regionops.gate.GateOutcomes gateOutcomes;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  /** A fresh project of SOUTH with a three-node plan A → B → C. */
  String projectWithPlan(String code) {
    http.post("ops.south", "/api/v1/projects", Map.of("code", code, "name", "计划测试" + code, "regionCode", "SOUTH"));
    Map<String, Object> plan = Map.of(
        "nodes", List.of(node("A", "MILESTONE", "PERMIT", TODAY.plusDays(10)), node("B", "L1", "DESIGN",
            TODAY.plusDays(20)), node("C", "L2", "OPENING", TODAY.plusDays(30))),
        "dependencies", List.of(Map.of("predecessor", "A", "successor", "B", "lagDays", 2),
            Map.of("predecessor", "B", "successor", "C")));
    Http.Response imported = http.put("ops.south", "/api/v1/projects/" + code + "/plan", plan);
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    return code;
  }

  static Map<String, Object> node(String code, String level, String category, LocalDate finish) {
    return Map.of("nodeCode", code, "name", "节点" + code, "nodeLevel", level, "category", category,
        "plannedStart", finish.minusDays(5).toString(), "plannedFinish", finish.toString());
  }

  @Test
  void importedPlanReadsBackAndReimportsUnchanged() {
    String code = projectWithPlan("PL01");

    JsonNode plan = http.get("ops.south", "/api/v1/projects/" + code + "/plan").json();
    Http.Response again = http.put("ops.south", "/api/v1/projects/" + code + "/plan", plan.toString());

    assertThat(plan.get("nodes")).extracting(n -> n.get("nodeCode").asText()).containsExactly("A", "B", "C");
    assertThat(plan.get("dependencies")).hasSize(2);
    assertThat(plan.get("dependencies").get(0).get("lagDays").asInt()).isEqualTo(2);
    assertThat(again.json().get("created").asInt()).isZero();
    assertThat(again.json().get("updated").asInt()).isEqualTo(3);
    assertThat(http.get("ops.south", "/api/v1/projects/" + code + "/plan").json()).isEqualTo(plan);
  }

  @Test
  void cycleIsRefusedAtImportAndThePlanStaysAsItWas() {
    String code = projectWithPlan("PL02");
    JsonNode before = http.get("ops.south", "/api/v1/projects/" + code + "/plan").json();
    ObjectNode changed = before.deepCopy();
    ((ObjectNode) changed.get("nodes").get(0)).put("name", "改名但不应保存");
    ((ArrayNode) changed.get("dependencies")).addObject().put("predecessor", "C").put("successor", "A");

    Http.Response refused = http.put("ops.south", "/api/v1/projects/" + code + "/plan", changed.toString());

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("field").asText()).isEqualTo("dependencies");
    assertThat(refused.json().get("detail").asText()).contains("循环").contains("A → B → C → A");
    assertThat(http.get("ops.south", "/api/v1/projects/" + code + "/plan").json()).isEqualTo(before);
  }

  @Test
  void badNodesAreNamedByTheirPositionInTheDocument() {
    String code = projectWithPlan("PL03");
    Map<String, Object> plan = Map.of(
        "nodes", List.of(node("A", "MILESTONE", "PERMIT", TODAY.plusDays(10)),
            Map.of("nodeCode", "B", "name", "节点B", "nodeLevel", "L1", "category", "DESIGN"),
            Map.of("nodeCode", "A", "name", "重复", "nodeLevel", "L1", "category", "DESIGN",
                "plannedFinish", TODAY.toString(), "actualFinish", TODAY.plusDays(3).toString())),
        "dependencies", List.of(Map.of("predecessor", "A", "successor", "Z")));

    Http.Response refused = http.put("ops.south", "/api/v1/projects/" + code + "/plan", plan);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors")).extracting(e -> e.get("field").asText()).containsExactlyInAnyOrder(
        "nodes[1].plannedFinish", "nodes[2].nodeCode", "nodes[2].actualFinish", "dependencies[0].successor");
    assertThat(http.get("ops.south", "/api/v1/projects/" + code + "/plan-nodes").json())
        .extracting(n -> n.get("name").asText()).containsExactly("节点A", "节点B", "节点C");
  }

  @Test
  void unknownEnumValueNamesTheJsonPath() {
    String code = projectWithPlan("PL04");
    String body = "{\"nodes\":[{\"nodeCode\":\"A\",\"name\":\"x\",\"nodeLevel\":\"L9\",\"category\":\"OTHER\","
        + "\"plannedFinish\":\"2027-01-01\"}],\"dependencies\":[]}";

    Http.Response refused = http.put("ops.south", "/api/v1/projects/" + code + "/plan", body);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("field").asText()).isEqualTo("nodes[0].nodeLevel");
    assertThat(refused.json().get("detail").asText()).contains("MILESTONE");
  }

  @Test
  void importRemovesNodesMissingFromTheDocument() {
    String code = projectWithPlan("PL05");
    Map<String, Object> plan = Map.of("nodes", List.of(node("A", "MILESTONE", "PERMIT", TODAY.plusDays(10))),
        "dependencies", List.of());

    Http.Response result = http.put("ops.south", "/api/v1/projects/" + code + "/plan", plan);

    assertThat(result.json().get("deleted").asInt()).isEqualTo(2);
    assertThat(http.get("ops.south", "/api/v1/projects/" + code + "/plan-nodes").json()).hasSize(1);
  }

  @Test
  void singleNodeUpsertKeepsDependenciesAndChecksDates() {
    String code = projectWithPlan("PL06");
    Map<String, Object> started = Map.of("nodeCode", "A", "name", "节点A已开工", "nodeLevel", "MILESTONE",
        "category", "PERMIT", "plannedFinish", TODAY.plusDays(10).toString(), "actualStart",
        TODAY.minusDays(3).toString(), "progressPct", 60);
    Map<String, Object> done = new java.util.HashMap<>(started);
    done.put("actualFinish", TODAY.toString());
    done.put("progressPct", 100);
    Map<String, Object> backwards = Map.of("nodeCode", "D", "name", "新节点", "nodeLevel", "L3", "category", "OTHER",
        "plannedStart", TODAY.plusDays(5).toString(), "plannedFinish", TODAY.toString());

    Http.Response updated = http.put("ops.south", "/api/v1/projects/" + code + "/plan-nodes/A", started);
    Http.Response completed = http.put("ops.south", "/api/v1/projects/" + code + "/plan-nodes/A", done);
    Http.Response refused = http.put("ops.south", "/api/v1/projects/" + code + "/plan-nodes/D", backwards);
    Http.Response mismatch = http.put("ops.south", "/api/v1/projects/" + code + "/plan-nodes/E", done);

    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().get("completed").asBoolean()).isFalse();
    assertThat(updated.json().get("progressPct").asInt()).isEqualTo(60);
    assertThat(completed.status()).as("done only through 节点填报 and its confirmation").isEqualTo(400);
    assertThat(completed.json().get("field").asText()).isEqualTo("actualFinish");
    assertThat(completed.json().get("detail").asText()).contains("completion-reports");
    assertThat(refused.json().get("field").asText()).isEqualTo("plannedFinish");
    assertThat(mismatch.json().get("field").asText()).isEqualTo("nodeCode");
    assertThat(http.get("ops.south", "/api/v1/projects/" + code + "/plan").json().get("dependencies")).hasSize(2);
  }

  @Test
  void baselinedNodesMoveOnlyThroughPlanAdjustment() {
    String code = projectWithPlan("PL07");
    gateOutcomes.baselineKickoffPlan(code); // as 项目启动会 does when it passes: A (MILESTONE) and B (L1)
    Map<String, Object> moved = new java.util.HashMap<>(node("A", "MILESTONE", "PERMIT", TODAY.plusDays(12)));
    Map<String, Object> renamed = new java.util.HashMap<>(node("A", "MILESTONE", "PERMIT", TODAY.plusDays(10)));
    renamed.put("name", "节点A（更名）");
    JsonNode plan = http.get("ops.south", "/api/v1/projects/" + code + "/plan").json();
    ((com.fasterxml.jackson.databind.node.ObjectNode) plan.get("nodes").get(1)).put("plannedFinish",
        TODAY.plusDays(25).toString());
    Map<String, Object> dropB = Map.of("nodes", List.of(node("A", "MILESTONE", "PERMIT", TODAY.plusDays(10))),
        "dependencies", List.of());

    Http.Response refused = http.put("ops.south", "/api/v1/projects/" + code + "/plan-nodes/A", moved);
    Http.Response allowed = http.put("ops.south", "/api/v1/projects/" + code + "/plan-nodes/A", renamed);
    Http.Response importRefused = http.put("ops.south", "/api/v1/projects/" + code + "/plan", plan.toString());
    Http.Response dropRefused = http.put("ops.south", "/api/v1/projects/" + code + "/plan", dropB);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors")).extracting(e -> e.get("field").asText())
        .containsExactly("plannedStart", "plannedFinish");
    assertThat(allowed.status()).isEqualTo(200);
    assertThat(importRefused.status()).isEqualTo(400);
    assertThat(importRefused.json().get("field").asText()).isEqualTo("nodes[1].plannedFinish");
    assertThat(dropRefused.status()).isEqualTo(409);
    assertThat(http.get("ops.south", "/api/v1/projects/" + code + "/plan-nodes").json())
        .extracting(n -> n.get("plannedFinish").asText())
        .containsExactly(TODAY.plusDays(10).toString(), TODAY.plusDays(20).toString(), TODAY.plusDays(30).toString());
  }

  @org.springframework.beans.factory.annotation.Autowired
  com.regionops.gate.GateReviewMapper gateReviews;

  @org.springframework.beans.factory.annotation.Autowired
  org.camunda.bpm.engine.RuntimeService runtime;

  @Test
  void recordingTheOpeningStartsThePostOpeningReviewOnceEvenWhenRecordedTwice() {
    String code = projectWithPlan("PL08");
    gateReviews.insert(new com.regionops.gate.GateReview(null, code, "OPENING_PLANNING", 1, null,
        com.regionops.gate.GateReviewStatus.CLOSED, "PASS", "test", null, null, null));
    Map<String, Object> opened = new java.util.HashMap<>(Map.of("nodeCode", "M08", "name", "首次开盘",
        "nodeLevel", "MILESTONE", "category", "OPENING", "plannedFinish", TODAY.toString(),
        "actualFinish", TODAY.toString()));

    assertThat(http.put("ops.south", "/api/v1/projects/" + code + "/plan-nodes/M08", opened).status()).isEqualTo(200);
    opened.put("name", "首次开盘（补录）");
    assertThat(http.put("ops.south", "/api/v1/projects/" + code + "/plan-nodes/M08", opened).status()).isEqualTo(200);

    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("gate-post-opening-review")
        .variableValueEquals("openingAutoStartFor", code).count()).isEqualTo(1);
  }

  @Test
  void demoPlansHaveAllLevelsAndCategoriesWithLateAndCompletedNodes() {
    JsonNode nodes = http.get("ops.south", "/api/v1/projects/GZ01/plan-nodes").json();

    assertThat(nodes.size()).isGreaterThanOrEqualTo(30);
    assertThat(nodes).extracting(n -> n.get("nodeLevel").asText()).contains("MILESTONE", "L1", "L2", "L3");
    assertThat(nodes).extracting(n -> n.get("category").asText())
        .contains("PERMIT", "DESIGN", "CONSTRUCTION", "SUPPLY", "OPENING", "HANDOVER", "OTHER");
    assertThat(nodes).filteredOn(n -> n.get("completed").asBoolean()).isNotEmpty();
    assertThat(nodes).filteredOn(n -> !n.get("completed").asBoolean()
        && LocalDate.parse(n.get("plannedFinish").asText()).isBefore(TODAY)).as("late nodes").isNotEmpty();
    assertThat(nodes).filteredOn(n -> n.get("completed").asBoolean()
        && LocalDate.parse(n.get("actualFinish").asText()).isBefore(LocalDate.parse(n.get("plannedFinish").asText())))
        .as("nodes finished ahead of plan").isNotEmpty();
    assertThat(http.get("ops.south", "/api/v1/projects/GZ01/plan").json().get("dependencies")).isNotEmpty();
  }
}
