package com.regionops.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.support.FreshProject;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** 计划编制 from the standard template over the API: preview, apply, what is kept, what is refused. */
@RegionOpsIT
class PlanTemplateIT {

  static final LocalDate LAND = LocalDate.of(2027, 1, 10);
  static final LocalDate START = LocalDate.of(2027, 6, 1);
  static final LocalDate OPENING = LocalDate.of(2028, 3, 1);
  static final LocalDate HANDOVER = LocalDate.of(2029, 9, 30);

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  static Map<String, Object> anchors() {
    return Map.of("LAND_ACQUIRED", LAND.toString(), "CONSTRUCTION_START", START.toString(),
        "FIRST_OPENING", OPENING.toString(), "HANDOVER", HANDOVER.toString());
  }

  Http.Response fromTemplate(String user, String project, Map<String, Object> body) {
    return http.post(user, "/api/v1/projects/" + project + "/plan/from-template", body);
  }

  @Test
  void theStandardTemplateHasOverAHundredNodesOnEveryLevelAndCategory() {
    JsonNode list = http.get("office.gz01", "/api/v1/plan-templates").json();
    assertThat(list).anySatisfy(t -> {
      assertThat(t.get("code").asText()).isEqualTo("STANDARD_RESIDENTIAL");
      assertThat(t.get("nodeCount").asInt()).isGreaterThanOrEqualTo(100);
    });
    JsonNode template = http.get("office.gz01", "/api/v1/plan-templates/STANDARD_RESIDENTIAL").json();
    Set<String> levels = new HashSet<>();
    Set<String> categories = new HashSet<>();
    template.get("nodes").forEach(n -> {
      levels.add(n.get("nodeLevel").asText());
      categories.add(n.get("category").asText());
    });
    assertThat(levels).containsExactlyInAnyOrder("MILESTONE", "L1", "L2", "L3");
    assertThat(categories).containsExactlyInAnyOrder("PERMIT", "DESIGN", "CONSTRUCTION", "SUPPLY", "OPENING",
        "HANDOVER", "OTHER");
    assertThat(template.get("dependencies").size()).isGreaterThanOrEqualTo(100);
    assertThat(http.get("office.gz01", "/api/v1/plan-templates/NO_SUCH").status()).isEqualTo(404);
  }

  @Test
  void thePreviewDatesEveryNodeFromTheAnchorsAndWritesNothing() {
    String project = FreshProject.create(http, "TP", "模板预览项目").code();
    JsonNode template = http.get("ops.south", "/api/v1/plan-templates/STANDARD_RESIDENTIAL").json();
    Map<String, JsonNode> byCode = new HashMap<>();
    template.get("nodes").forEach(n -> byCode.put(n.get("nodeCode").asText(), n));

    Http.Response preview = fromTemplate("ops.south", project, Map.of("anchors", anchors()));

    assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
    JsonNode body = preview.json();
    assertThat(body.get("applied").asBoolean()).isFalse();
    assertThat(body.get("nodes").size()).isEqualTo(byCode.size());
    Map<String, LocalDate> anchorDates = Map.of("LAND_ACQUIRED", LAND, "CONSTRUCTION_START", START,
        "FIRST_OPENING", OPENING, "HANDOVER", HANDOVER);
    int checked = 0;
    for (JsonNode n : body.get("nodes")) {
      assertThat(n.get("change").asText()).isEqualTo("NEW");
      JsonNode t = byCode.get(n.get("node").get("nodeCode").asText());
      LocalDate finish = LocalDate.parse(n.get("node").get("plannedFinish").asText());
      LocalDate start = LocalDate.parse(n.get("node").get("plannedStart").asText());
      assertThat(start).isEqualTo(finish.minusDays(t.get("durationDays").asInt()));
      if (!t.get("anchor").asText().equals("NODE") && !n.get("pushedByDependency").asBoolean()) {
        assertThat(finish).as(t.toString())
            .isEqualTo(anchorDates.get(t.get("anchor").asText()).plusDays(t.get("offsetDays").asInt()));
        checked++;
      }
      if (t.get("responsible").asText().equals("office")) {
        assertThat(n.get("node").get("ownerGroup").asText()).isEqualTo("office-" + project);
      }
    }
    assertThat(checked).as("nodes dated straight from a project anchor").isGreaterThan(20);
    assertThat(http.get("ops.south", "/api/v1/projects/" + project + "/plan-nodes").json()).isEmpty();
  }

  @Test
  void applyWritesThePlanKeepsBaselinedAndForeignNodesAndRecordsTheTemplate() {
    String project = FreshProject.create(http, "TA", "模板编制项目").code();
    Http.Response applied = fromTemplate("ops.south", project, Map.of("anchors", anchors(), "apply", true));
    assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
    int count = applied.json().get("nodes").size();
    assertThat(applied.json().get("result").get("created").asInt()).isEqualTo(count);
    assertThat(http.get("office." + project.toLowerCase(), "/api/v1/projects/" + project + "/plan-nodes").json())
        .hasSize(count);
    assertThat(jdbc.queryForMap("SELECT plan_template_code, plan_template_version FROM ro_project WHERE code = ?",
        project)).containsEntry("PLAN_TEMPLATE_CODE", "STANDARD_RESIDENTIAL").containsEntry("PLAN_TEMPLATE_VERSION", 1);

    // one node baselined at other dates, one node the template does not have
    String baselinedCode = applied.json().get("nodes").get(0).get("node").get("nodeCode").asText();
    jdbc.update("UPDATE ro_plan_node SET baselined_at = CURRENT_TIMESTAMP, baseline_start = ?, baseline_finish = ?, planned_start = ?, planned_finish = ? "
        + "WHERE project_code = ? AND node_code = ?", LAND.minusDays(5), LAND.minusDays(5), LAND.minusDays(5),
        LAND.minusDays(5), project, baselinedCode);
    assertThat(http.put("ops.south", "/api/v1/projects/" + project + "/plan-nodes/OWN1", Map.of("nodeCode", "OWN1",
        "name", "项目自有节点", "nodeLevel", "L3", "category", "OTHER", "plannedFinish", START.toString())).status())
        .isEqualTo(200);

    JsonNode again = fromTemplate("ops.south", project, Map.of("anchors", anchors(), "apply", true)).json();

    Map<String, String> changes = new HashMap<>();
    again.get("nodes").forEach(n -> changes.put(n.get("node").get("nodeCode").asText(), n.get("change").asText()));
    assertThat(changes).containsEntry(baselinedCode, "KEPT_BASELINED").containsEntry("OWN1", "KEPT");
    assertThat(changes.values()).filteredOn("UPDATED"::equals).hasSize(count - 1);
    assertThat(jdbc.queryForObject("SELECT planned_finish FROM ro_plan_node WHERE project_code = ? AND node_code = ?",
        java.sql.Date.class, project, baselinedCode).toLocalDate()).as("never overwritten").isEqualTo(LAND.minusDays(5));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ro_plan_node WHERE project_code = ? AND node_code = 'OWN1'",
        Integer.class, project)).isEqualTo(1);
  }

  @Test
  void refusalsNameTheAnchorAndNobodyButRegionOpsWrites() {
    String project = FreshProject.create(http, "TR", "模板拒绝项目").code();
    Map<String, Object> noLand = new HashMap<>(anchors());
    noLand.remove("LAND_ACQUIRED");
    Map<String, Object> backwards = new HashMap<>(anchors());
    backwards.put("FIRST_OPENING", START.minusDays(1).toString());
    Map<String, Object> unknown = new HashMap<>(anchors());
    unknown.put("TOPPING_OUT", START.toString());

    assertProblem(fromTemplate("ops.south", project, Map.of("anchors", noLand)), 400, "anchors.LAND_ACQUIRED");
    assertProblem(fromTemplate("ops.south", project, Map.of("anchors", backwards)), 400, "anchors.FIRST_OPENING");
    assertProblem(fromTemplate("ops.south", project, Map.of("anchors", unknown)), 400, "anchors.TOPPING_OUT");
    assertProblem(fromTemplate("ops.south", project, Map.of("anchors", Map.of("LAND_ACQUIRED", "2027-02-30"))), 400,
        "anchors.LAND_ACQUIRED");
    assertThat(fromTemplate("ops.south", project, Map.of("templateCode", "NO_SUCH", "anchors", anchors())).status())
        .isEqualTo(404);
    assertThat(fromTemplate("office." + project.toLowerCase(), project, Map.of("anchors", anchors(), "apply", true))
        .status()).isEqualTo(403);
    assertThat(fromTemplate("ops.east", project, Map.of("anchors", anchors())).status()).isEqualTo(404);
    assertThat(fromTemplate("office." + project.toLowerCase(), project, Map.of("anchors", anchors())).status())
        .as("the office may look at the draft").isEqualTo(200);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ro_plan_node WHERE project_code = ?", Integer.class, project))
        .isZero();
  }

  static Map<String, Object> templateNode(String code, String anchor, String anchorNode, int offset) {
    Map<String, Object> node = new HashMap<>(Map.of("nodeCode", code, "name", "节点" + code, "nodeLevel", "L2",
        "category", "DESIGN", "responsible", "fn-design", "durationDays", 10, "anchor", anchor, "offsetDays", offset,
        "deliverables", java.util.List.of(Map.of("name", "成果" + code, "mandatory", true))));
    if (anchorNode != null) {
      node.put("anchorNode", anchorNode);
    }
    return node;
  }

  @Test
  void regionOpsPublishesVersionsAndAProjectRecordsTheOneItsPlanCameFrom() {
    String code = "T_" + FreshProject.code("V");
    Map<String, Object> v1 = Map.of("name", "测试模板", "note", "初版", "nodes", java.util.List.of(
        templateNode("A", "LAND_ACQUIRED", null, 30), templateNode("B", "NODE", "A", 20)),
        "dependencies", java.util.List.of(Map.of("predecessor", "A", "successor", "B", "lagDays", 5)));

    Http.Response first = http.put("ops.south", "/api/v1/plan-templates/" + code, v1);
    Map<String, Object> v2 = new HashMap<>(v1);
    v2.put("name", "测试模板（修订）");
    Http.Response second = http.put("ops.east", "/api/v1/plan-templates/" + code, v2);

    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.json().get("version").asInt()).isEqualTo(1);
    assertThat(second.json().get("version").asInt()).isEqualTo(2);
    assertThat(http.get("office.gz01", "/api/v1/plan-templates/" + code).json().get("name").asText()).isEqualTo("测试模板（修订）");
    String project = FreshProject.create(http, "TV", "模板版本项目").code();
    JsonNode applied = fromTemplate("ops.south", project, Map.of("templateCode", code, "anchors", anchors(),
        "apply", true)).json();
    assertThat(applied.get("templateVersion").asInt()).isEqualTo(2);
    // B: A finishes LAND + 30 = 2027-02-09; B anchored 20 days after A, 2027-03-01
    assertThat(applied.get("nodes").get(1).get("node").get("plannedFinish").asText()).isEqualTo("2027-03-01");
    assertThat(jdbc.queryForObject("SELECT plan_template_version FROM ro_project WHERE code = ?", Integer.class, project))
        .isEqualTo(2);
  }

  @Test
  void theStandardTemplateRoundTripsThroughAPublish() {
    JsonNode standard = http.get("ops.south", "/api/v1/plan-templates/STANDARD_RESIDENTIAL").json();
    String copy = "T_" + FreshProject.code("C");

    Http.Response published = http.put("ops.south", "/api/v1/plan-templates/" + copy, standard);

    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    assertThat(published.json().get("nodes")).isEqualTo(standard.get("nodes"));
    assertThat(published.json().get("dependencies")).isEqualTo(standard.get("dependencies"));
  }

  @Test
  void aTemplateThatCannotBeDatedOrNamesNoNodeIsRefusedNamingTheField() {
    String code = "T_" + FreshProject.code("E");
    Map<String, Object> cycle = Map.of("name", "循环模板", "nodes", java.util.List.of(
        templateNode("A", "NODE", "B", 1), templateNode("B", "NODE", "A", 1)));
    Map<String, Object> dangling = Map.of("name", "悬空模板", "nodes", java.util.List.of(
        templateNode("A", "LAND_ACQUIRED", null, 1), templateNode("B", "NODE", "Z", 1)));
    Map<String, Object> twice = Map.of("name", "重复模板", "nodes", java.util.List.of(
        templateNode("A", "LAND_ACQUIRED", null, 1), templateNode("A", "LAND_ACQUIRED", null, 2)));
    Map<String, Object> fine = Map.of("name", "正常模板", "nodes", java.util.List.of(templateNode("A", "LAND_ACQUIRED", null, 1)));

    assertProblem(http.put("ops.south", "/api/v1/plan-templates/" + code, cycle), 400, "dependencies");
    assertProblem(http.put("ops.south", "/api/v1/plan-templates/" + code, dangling), 400, "nodes[1].anchorNode");
    assertProblem(http.put("ops.south", "/api/v1/plan-templates/" + code, twice), 400, "nodes[1].nodeCode");
    Map<String, Object> crowded = new HashMap<>(templateNode("A", "LAND_ACQUIRED", null, 1));
    java.util.List<Map<String, Object>> twenty = new java.util.ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      twenty.add(Map.of("name", "成果" + i, "mandatory", i == 1));
    }
    crowded.put("deliverables", twenty);
    assertProblem(http.put("ops.south", "/api/v1/plan-templates/" + code, Map.of("name", "成果过多模板",
        "nodes", java.util.List.of(crowded))), 400, "nodes[0].deliverables");
    assertProblem(http.put("ops.south", "/api/v1/plan-templates/bad%20code", fine), 400, "code");
    assertThat(http.put("office.gz01", "/api/v1/plan-templates/" + code, fine).status()).isEqualTo(403);
    assertThat(http.put("president.south", "/api/v1/plan-templates/" + code, fine).status()).isEqualTo(403);
    assertThat(http.get("ops.south", "/api/v1/plan-templates/" + code).status()).as("nothing published").isEqualTo(404);
  }

  static void assertProblem(Http.Response response, int status, String field) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("field").asText()).as(response.toString()).isEqualTo(field);
  }
}
