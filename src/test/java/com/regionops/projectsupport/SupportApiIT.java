package com.regionops.projectsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.demo.DemoSeedDay;
import com.regionops.platform.engine.EngineTime;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 帮扶 over HTTP as the demo users: designated, approved, its team formed, a visit logged with a decision. */
@RegionOpsIT
class SupportApiIT {

  @LocalServerPort
  int port;

  @Autowired
  DemoSeedDay seed;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  void complete(String user, JsonNode task, Map<String, Object> values) {
    Http.Response done = http.post(user, "/engine-rest/task/" + task.get("id").asText() + "/complete",
        Http.completion(values));
    assertThat(done.status()).as(done.toString()).isEqualTo(204);
  }

  /** A fresh project of SOUTH: the demo's own stay as the other tests expect them. */
  @Test
  void aCaseIsDesignatedApprovedFormedAndVisited() {
    String today = EngineTime.today().toString();
    com.regionops.support.FreshProject fresh = com.regionops.support.FreshProject.create(http, "SU", "帮扶接口测试");
    String code = fresh.code();
    String office = fresh.office();
    Map<String, Object> body = new HashMap<>(Map.of("problem", "报建进度严重滞后", "goal", "两个月内取得施工许可证",
        "mode", "REMOTE", "startsOn", today, "endsOn", EngineTime.today().plusMonths(2).toString()));
    assertThat(http.post("president.south", "/api/v1/projects/" + code + "/support-cases", body).status()).isEqualTo(403);
    assertThat(http.post(office, "/api/v1/projects/" + code + "/support-cases", body).status()).isEqualTo(403);
    assertThat(http.post("ops.east", "/api/v1/projects/" + code + "/support-cases", body).status()).isEqualTo(404);
    Map<String, Object> longer = new HashMap<>(body);
    longer.put("endsOn", EngineTime.today().plusMonths(13).toString());
    Http.Response tooLong = http.post("ops.south", "/api/v1/projects/" + code + "/support-cases", longer);
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().get("field").asText()).isEqualTo("endsOn");

    Http.Response opened = http.post("ops.south", "/api/v1/projects/" + code + "/support-cases", body);
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    long id = opened.json().get("id").asLong();
    assertThat(opened.json().get("status").asText()).isEqualTo("PROPOSED");
    Http.Response twice = http.post("ops.south", "/api/v1/projects/" + code + "/support-cases", body);
    assertThat(twice.status()).as("one case open at a time").isEqualTo(409);
    String businessKey = code + ":SUPPORT:" + id;

    JsonNode approve = http.tasks("president.south", businessKey);
    assertThat(approve.get(0).get("name").asText()).startsWith("审批重难点项目帮扶");
    complete("president.south", approve.get(0), Map.of("supportReview", "APPROVED"));
    JsonNode form = http.tasks("ops.south", businessKey);
    assertThat(form.get(0).get("name").asText()).startsWith("组建帮扶小组");
    Http.Response officeLeader = http.post("ops.south", "/engine-rest/task/" + form.get(0).get("id").asText() + "/complete",
        Http.completion(Map.of("supportLeader", office, "supportPlan", "方案", "visitsPlanned", 2)));
    assertThat(officeLeader.status()).isEqualTo(400);
    assertThat(officeLeader.json().get("field").asText()).as("a project office never leads its own support")
        .isEqualTo("supportLeader");
    complete("ops.south", form.get(0), Map.of("supportLeader", "engineering.south", "supportMembers", "design.south",
        "supportPlan", "每周远程例会，报建专员驻点三天", "visitsPlanned", 3));

    Map<String, Object> visit = new HashMap<>(Map.of("visitedOn", today, "mode", "REMOTE",
        "visitors", List.of("engineering.south"), "issues", "施工许可证资料缺人防审批意见", "guidance", "先取人防意见",
        "decisions", List.of(Map.of("content", "五日内取得人防审批意见", "ownerGroup", "office-" + code,
            "dueDate", EngineTime.today().plusDays(5).toString()))));
    assertThat(http.post(office, "/api/v1/support-cases/" + id + "/visits", visit).status()).isEqualTo(403);
    assertThat(http.post("ops.east", "/api/v1/support-cases/" + id + "/visits", visit).status()).isEqualTo(404);
    Map<String, Object> future = new HashMap<>(visit);
    future.put("visitedOn", EngineTime.today().plusDays(1).toString());
    Http.Response refused = http.post("engineering.south", "/api/v1/support-cases/" + id + "/visits", future);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("field").asText()).isEqualTo("visitedOn");
    Map<String, Object> early = new HashMap<>(visit);
    early.put("decisions", List.of(Map.of("content", "x", "ownerGroup", "office-" + code,
        "dueDate", EngineTime.today().minusDays(1).toString())));
    assertThat(http.post("engineering.south", "/api/v1/support-cases/" + id + "/visits", early).json().get("field")
        .asText()).isEqualTo("decisions[0].dueDate");
    Http.Response logged = http.post("engineering.south", "/api/v1/support-cases/" + id + "/visits", visit);
    assertThat(logged.status()).as(logged.toString()).isEqualTo(201);

    JsonNode cases = http.get(office, "/api/v1/projects/" + code + "/support-cases").json();
    JsonNode mine = null;
    for (JsonNode c : cases) {
      mine = c.get("supportCase").get("id").asLong() == id ? c : mine;
    }
    assertThat(mine.get("supportCase").get("status").asText()).isEqualTo("ACTIVE");
    assertThat(mine.get("supportCase").get("leader").asText()).isEqualTo("engineering.south");
    assertThat(mine.get("visits")).hasSize(1);
    JsonNode carryOut = http.tasks(office, businessKey);
    assertThat(carryOut).anyMatch(t -> t.get("name").asText().contains("五日内取得人防审批意见"));
    JsonNode board = http.get("president.south", "/api/v1/board").json();
    assertThat(board.get("projects")).anyMatch(p -> p.get("code").asText().equals(code) && p.get("supported").asBoolean());
  }

  /** DemoHistory: GZ02 帮扶中 — approved, its team formed, one visit whose decision the office carries out. */
  @Test
  void theDemoSupportsGz02() {
    JsonNode cases = http.get("office.gz02", "/api/v1/projects/GZ02/support-cases").json();
    assertThat(cases).isNotEmpty();
    JsonNode demo = cases.get(cases.size() - 1);
    assertThat(demo.get("supportCase").get("status").asText()).isEqualTo("ACTIVE");
    assertThat(demo.get("supportCase").get("mode").asText()).isEqualTo("ON_SITE");
    assertThat(demo.get("supportCase").get("leader").asText()).isEqualTo("engineering.south");
    assertThat(demo.get("visits")).hasSize(1);
    assertThat(demo.get("supportCase").get("startsOn").asText()).isEqualTo(seed.day().minusDays(20).toString());
    assertThat(http.get("president.south", "/api/v1/board").json().get("projects"))
        .anyMatch(p -> p.get("code").asText().equals("GZ02") && p.get("supported").asBoolean());
    assertThat(http.get("ops.east", "/api/v1/projects/GZ02/support-cases").status()).isEqualTo(404);
    JsonNode project = http.get("office.gz02", "/api/v1/projects/GZ02").json();
    assertThat(project.get("supported").asBoolean()).as("the project API marks it 帮扶中").isTrue();
    assertThat(project.get("code").asText()).isEqualTo("GZ02");
    assertThat(http.get("ops.south", "/api/v1/projects").json())
        .anyMatch(p -> p.get("code").asText().equals("GZ02") && p.get("supported").asBoolean())
        .anyMatch(p -> p.get("code").asText().equals("SZ01") && !p.get("supported").asBoolean());
  }
}
