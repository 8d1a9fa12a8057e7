package com.regionops.platform.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The inboxes each role finds in Tasklist, and that they show the user's own work only. */
@RegionOpsIT
class TasklistFiltersIT {

  @LocalServerPort
  int port;

  @Autowired
  TasklistFilters tasklistFilters;

  @Autowired
  org.camunda.bpm.engine.FilterService filterService;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  List<String> filterNames(String user) {
    List<String> names = new ArrayList<>();
    http.get(user, "/engine-rest/filter").json().forEach(f -> names.add(f.get("name").asText()));
    return names;
  }

  String filterId(String user, String name) {
    for (JsonNode f : http.get(user, "/engine-rest/filter").json()) {
      if (f.get("name").asText().equals(name)) {
        return f.get("id").asText();
      }
    }
    throw new AssertionError(user + " has no filter " + name);
  }

  @Test
  void eachRoleGetsItsInboxesCreatedOnceWithBusinessColumns() {
    tasklistFilters.ensureFilters(); // a restart creates nothing twice

    assertThat(filterNames("admin")).containsOnlyOnce("我的待办", "我的组待办", "即将到期", "已逾期", "区域总裁审批",
        "上会资料审核", "决议核验", "项目待办");
    assertThat(filterNames("office.gz01")).contains("我的待办", "我的组待办", "即将到期", "已逾期", "项目待办")
        .doesNotContain("区域总裁审批", "上会资料审核");
    assertThat(filterNames("president.south")).contains("区域总裁审批").doesNotContain("项目待办");
    assertThat(filterNames("ops.south")).contains("上会资料审核", "决议核验");
    JsonNode mine = http.get("ops.south", "/engine-rest/filter/" + filterId("ops.south", "我的组待办")).json();
    assertThat(mine.get("properties").get("variables")).extracting(v -> v.get("label").asText())
        .contains("项目", "风险等级");
  }

  @Test
  void theGroupInboxShowsTheRegionsOwnTasksOnly() {
    // a future node of a SOUTH project (L3 first), one day later: a short chain that region-ops holds
    Http.Response asked = null;
    for (String level : java.util.List.of("L3", "L2")) {
      for (String project : java.util.List.of("GZ02", "GZ01", "SZ01")) {
        for (JsonNode n : http.get("ops.south", "/api/v1/projects/" + project + "/plan-nodes").json()) {
          java.time.LocalDate planned = java.time.LocalDate.parse(n.get("plannedFinish").asText());
          if ((asked == null || asked.status() != 201) && !n.get("completed").asBoolean()
              && n.get("nodeLevel").asText().equals(level) && planned.isAfter(java.time.LocalDate.now().plusDays(30))) {
          asked = http.post("ops.south", "/api/v1/projects/" + project + "/plan-adjustments", Map.of(
              "nodeCode", n.get("nodeCode").asText(), "reason", "收件箱测试：推迟一天以验证待办显示",
              "newPlannedFinish", planned.plusDays(1).toString()));
          }
        }
      }
    }
    assertThat(asked).as("a future L2/L3 node in SOUTH").isNotNull();
    assertThat(asked.status()).as(asked.toString()).isEqualTo(201);

    JsonNode south = http.send("POST", "ops.south", "demo", "/engine-rest/filter/"
        + filterId("ops.south", "我的组待办") + "/list", "{}").json();
    JsonNode east = http.send("POST", "ops.east", "demo", "/engine-rest/filter/"
        + filterId("ops.east", "我的组待办") + "/list", "{}").json();

    assertThat(south).extracting(t -> t.get("processInstanceId").asText())
        .contains(asked.json().get("processInstanceId").asText());
    assertThat(east).extracting(t -> t.get("processInstanceId").asText())
        .doesNotContain(asked.json().get("processInstanceId").asText());
  }

  /** The inbox Tasklist opens for a user: the lowest priority among those they may read. */
  String landing(String user) {
    JsonNode first = null;
    for (JsonNode f : http.get(user, "/engine-rest/filter").json()) {
      if (first == null || f.get("properties").get("priority").asInt() < first.get("properties").get("priority").asInt()) {
        first = f;
      }
    }
    return first.get("name").asText();
  }

  @Test
  void eachRoleLandsWhereItsWorkArrives() {
    assertThat(landing("president.south")).isEqualTo("区域总裁审批");
    assertThat(landing("ops.south")).isEqualTo("我的组待办");
    assertThat(landing("office.gz01")).isEqualTo("我的组待办");
    assertThat(landing("finance.south")).isEqualTo("我的组待办");
    // one lowest inbox per role: Tasklist breaks a tie by the filters' ids, which is no order at all
    for (String user : List.of("president.south", "ops.south", "office.gz01", "admin")) {
      List<Integer> priorities = new ArrayList<>();
      http.get(user, "/engine-rest/filter").json().forEach(f -> priorities.add(f.get("properties").get("priority").asInt()));
      assertThat(priorities).as(user).doesNotHaveDuplicates();
    }
  }

  void setPriority(String filterName, int priority) {
    org.camunda.bpm.engine.filter.Filter filter = filterService.createFilterQuery().filterName(filterName).singleResult();
    Map<String, Object> properties = new java.util.LinkedHashMap<>(filter.getProperties());
    properties.put("priority", priority);
    filterService.saveFilter(filter.setProperties(properties));
  }

  @Test
  void anInstallationFromBeforeTheLandingOrderIsReorderedAtStart() {
    try {
      setPriority("区域总裁审批", 0); // as issue 8 created it
      assertThat(landing("president.south")).isEqualTo("我的组待办");

      tasklistFilters.ensureFilters();

      assertThat(landing("president.south")).isEqualTo("区域总裁审批");
      JsonNode kept = http.get("president.south", "/engine-rest/filter/" + filterId("president.south", "区域总裁审批"))
          .json();
      assertThat(kept.get("properties").get("description").asText()).isEqualTo("待区域总裁审批的纪要、计划调整、目标分解与纠偏");
      assertThat(kept.get("properties").get("variables")).isNotEmpty();
    } finally {
      setPriority("区域总裁审批", -20);
    }
  }

  @Test
  void aPriorityAnAdministratorChoseSurvivesARestart() {
    try {
      setPriority("决议核验", -30); // camunda-admin puts verifications first for the department
      tasklistFilters.ensureFilters();
      assertThat(landing("ops.south")).isEqualTo("决议核验");
    } finally {
      setPriority("决议核验", 2);
    }
  }
}
