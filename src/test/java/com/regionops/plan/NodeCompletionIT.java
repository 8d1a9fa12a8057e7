package com.regionops.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.support.FreshProject;
import com.regionops.support.Http;
import com.regionops.support.Multipart;
import com.regionops.support.RegionOpsIT;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** 节点填报 over HTTP as the real users: 阶段成果 first, the report, the confirmation chain, what counts as done. */
@RegionOpsIT
class NodeCompletionIT {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  /** A fresh project whose plan comes from the standard template, land acquired 40 days ago. */
  FreshProject projectFromTemplate(String prefix) {
    FreshProject fresh = FreshProject.create(http, prefix, "节点填报测试项目");
    Http.Response applied = http.post("ops.south", "/api/v1/projects/" + fresh.code() + "/plan/from-template",
        Map.of("apply", true, "anchors", Map.of("LAND_ACQUIRED", TODAY.minusDays(40).toString(),
            "CONSTRUCTION_START", TODAY.plusDays(120).toString(), "FIRST_OPENING", TODAY.plusDays(400).toString(),
            "HANDOVER", TODAY.plusDays(1000).toString())));
    assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
    return fresh;
  }

  JsonNode node(String user, String project, String code) {
    for (JsonNode n : http.get(user, "/api/v1/projects/" + project + "/plan-nodes").json()) {
      if (n.get("nodeCode").asText().equals(code)) {
        return n;
      }
    }
    throw new AssertionError("no node " + code);
  }

  Http.Response report(String user, String project, String nodeCode, Object body) {
    return http.post(user, "/api/v1/projects/" + project + "/plan-nodes/" + nodeCode + "/completion-reports", body);
  }

  Http.Response uploadDeliverable(String user, String project, long nodeId, String item, String fileName) {
    Multipart body = new Multipart().field("projectCode", project).field("ownerType", "PLAN_NODE")
        .field("ownerId", String.valueOf(nodeId)).field("kind", "DELIVERABLE").field("slot", item)
        .file(fileName, "application/pdf", PDF);
    return http.sendBytes("POST", user, "/api/v1/documents", body.bytes(), body.headers(), Duration.ofSeconds(60));
  }

  void confirm(String user, String businessKey, String decision, String comment) {
    JsonNode tasks = http.get(user, "/engine-rest/task?processInstanceBusinessKey="
        + URLEncoder.encode(businessKey, StandardCharsets.UTF_8)).json();
    assertThat(tasks).as(user + " sees the step").hasSize(1);
    assertThat(tasks.get(0).get("name").asText()).startsWith("确认节点完成 · ");
    Http.Response done = http.post(user, "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
        Map.of("variables", Map.of("confirmationDecision", Map.of("value", decision),
            "confirmationComment", Map.of("value", comment))));
    assertThat(done.status()).as(done.toString()).isEqualTo(204);
  }

  int reports(String project) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ro_node_completion WHERE project_code = ?", Integer.class, project);
  }

  @Test
  void theOfficeReportsAMilestoneWithItsDeliverableAndItCountsOnlyOnceRegionOpsAndThePresidentConfirm() {
    FreshProject fresh = projectFromTemplate("NC");
    String project = fresh.code();
    long m01 = node(fresh.office(), project, "M01").get("id").asLong();
    Map<String, Object> body = Map.of("actualFinish", TODAY.minusDays(1).toString(), "note", "土地出让合同已签订");

    Http.Response missing = report(fresh.office(), project, "M01", body);
    assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
    assertThat(missing.json().get("errors").get(0).get("field").asText()).isEqualTo("deliverables");
    assertThat(missing.json().get("detail").asText()).contains("土地出让合同扫描件");
    assertThat(reports(project)).as("nothing written").isZero();

    Http.Response uploaded = uploadDeliverable(fresh.office(), project, m01, "土地出让合同扫描件", "出让合同.pdf");
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    Http.Response started = report(fresh.office(), project, "M01", body);
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    assertThat(started.json().get("deliverables").get(0).get("files").get(0).asText()).isEqualTo("出让合同.pdf");
    String businessKey = started.json().get("businessKey").asText();

    assertThat(node(fresh.office(), project, "M01").get("completed").asBoolean()).as("reported is not done").isFalse();
    assertThat(report(fresh.office(), project, "M01", body).status()).as("one open report per node").isEqualTo(409);
    Map<String, Object> direct = new java.util.HashMap<>(Map.of("nodeCode", "M01", "name", "取得土地（签订土地出让合同）",
        "nodeLevel", "MILESTONE", "category", "OTHER",
        "plannedFinish", node("ops.south", project, "M01").get("plannedFinish").asText(),
        "actualFinish", TODAY.toString()));
    Http.Response bypass = http.put("ops.south", "/api/v1/projects/" + project + "/plan-nodes/M01", direct);
    assertThat(bypass.status()).as(bypass.toString()).isEqualTo(400);
    assertThat(bypass.json().get("errors").get(0).get("field").asText()).isEqualTo("actualFinish");

    confirm("ops.south", businessKey, "CONFIRMED", "合同与扫描件一致");
    assertThat(node(fresh.office(), project, "M01").get("completed").asBoolean()).as("one of two").isFalse();
    confirm("president.south", businessKey, "CONFIRMED", "同意");

    JsonNode done = node(fresh.office(), project, "M01");
    assertThat(done.get("completed").asBoolean()).isTrue();
    assertThat(done.get("actualFinish").asText()).isEqualTo(TODAY.minusDays(1).toString());
    JsonNode history = http.get(fresh.office(), "/api/v1/projects/" + project + "/plan-nodes/M01/completion-reports")
        .json();
    assertThat(history).hasSize(1);
    assertThat(history.get(0).get("report").get("status").asText()).isEqualTo("CONFIRMED");
    assertThat(history.get(0).get("report").get("reportedBy").asText()).isEqualTo(fresh.office());
    assertThat(history.get(0).get("onTime").asBoolean()).isTrue();
    assertThat(history.get(0).get("steps")).extracting(s -> s.get("userId").asText())
        .containsExactly("ops.south", "president.south");
    assertThat(http.get("ops.south", "/api/v1/projects/" + project + "/completion-reports?status=CONFIRMED").json())
        .hasSize(1);
  }

  @Test
  void reportsOutsideOnesOwnProjectOrAgainstTheFactsAreRefusedNamingTheField() {
    FreshProject fresh = projectFromTemplate("NR");
    String project = fresh.code();
    Map<String, Object> ok = Map.of("actualFinish", TODAY.toString());

    assertThat(report("office.gz01", project, "L3-01", ok).status()).as("another project's office").isEqualTo(404);
    assertThat(report("ops.east", project, "L3-01", ok).status()).as("another region").isEqualTo(404);
    Http.Response unknown = report(fresh.office(), project, "NOPE", ok);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("nodeCode");
    Http.Response future = report(fresh.office(), project, "L3-01", Map.of("actualFinish", TODAY.plusDays(1).toString()));
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.json().get("errors").get(0).get("field").asText()).isEqualTo("actualFinish");
    Http.Response garbled = report(fresh.office(), project, "L3-01", Map.of("actualFinish", "上周五"));
    assertThat(garbled.status()).isEqualTo(400);
    assertThat(garbled.json().get("errors").get(0).get("field").asText()).isEqualTo("actualFinish");
    Http.Response empty = report(fresh.office(), project, "L3-01", null);
    assertThat(empty.status()).isEqualTo(400);
    Http.Response badStatus = http.get(fresh.office(), "/api/v1/projects/" + project + "/completion-reports?status=DONE");
    assertThat(badStatus.status()).isEqualTo(400);
    assertThat(reports(project)).isZero();
  }

  @Test
  void anOverdueNodeCarriesAStatusUpdateFromItsOfficeOrRegionOps() {
    FreshProject fresh = projectFromTemplate("NS");
    String project = fresh.code();
    String path = "/api/v1/projects/" + project + "/plan-nodes/L3-01/status-updates";
    Map<String, Object> update = Map.of("forecastFinish", TODAY.plusDays(7).toString(), "reason", "测算模型待集团投资部复核");

    Http.Response saved = http.post(fresh.office(), path, update);
    assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
    assertThat(saved.json().get("reportedBy").asText()).isEqualTo(fresh.office());
    assertThat(http.post("ops.south", path, update).status()).isEqualTo(201);
    assertThat(http.post("president.south", path, update).status()).isEqualTo(403);
    assertThat(http.post("office.gz01", path, update).status()).isEqualTo(404);
    Http.Response past = http.post(fresh.office(), path, Map.of("forecastFinish", TODAY.minusDays(1).toString(),
        "reason", "已经完成了"));
    assertThat(past.status()).isEqualTo(400);
    assertThat(past.json().get("field").asText()).isEqualTo("forecastFinish");
    Http.Response noReason = http.post(fresh.office(), path, Map.of("forecastFinish", TODAY.plusDays(3).toString()));
    assertThat(noReason.json().get("field").asText()).isEqualTo("reason");
    assertThat(http.get(fresh.office(), path).json()).extracting(u -> u.get("reportedBy").asText())
        .containsExactly("ops.south", fresh.office());
  }
}
