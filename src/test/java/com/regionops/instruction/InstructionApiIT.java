package com.regionops.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.platform.engine.EngineTime;
import com.regionops.support.FreshProject;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 上传下达 over HTTP as the demo users: group-ops to the regions, region-ops to its projects, and the refusals. */
@RegionOpsIT
class InstructionApiIT {

  @LocalServerPort
  int port;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  static final byte[] PDF = "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

  Map<String, Object> instruction(String title, String feedback, int days) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("content", "请按要求落实并在期限内反馈。");
    body.put("category", "OPERATIONS_REQUIREMENT");
    body.put("feedback", feedback);
    body.put("deadline", EngineTime.today().plusDays(days).toString());
    return body;
  }

  long issue(String user, Map<String, Object> body) {
    Http.Response issued = http.post(user, "/api/v1/instructions", body);
    assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
    return issued.json().get("id").asLong();
  }

  JsonNode onlyTask(String user, String businessKey, String name) {
    JsonNode tasks = http.tasks(user, businessKey);
    List<JsonNode> named = new ArrayList<>();
    tasks.forEach(t -> {
      if (t.get("name").asText().equals(name) || t.get("name").asText().startsWith(name + " · ")) {
        named.add(t);
      }
    });
    assertThat(named).as(user + " sees one " + name + " in " + tasks).hasSize(1);
    return named.get(0);
  }

  void complete(String user, JsonNode task, Map<String, Object> variables) {
    Http.Response done = http.post(user, "/engine-rest/task/" + task.get("id").asText() + "/complete",
        Map.of("variables", variables));
    assertThat(done.status()).as(done.toString()).isEqualTo(204);
  }

  static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }

  JsonNode copy(String user, long id, String projectCode) {
    for (JsonNode item : http.get(user, "/api/v1/instructions/" + id).json().get("items")) {
      boolean project = item.hasNonNull("projectCode");
      if (projectCode == null ? !project : project && projectCode.equals(item.get("projectCode").asText())) {
        return item;
      }
    }
    throw new AssertionError("no copy for " + projectCode + " of " + id);
  }

  @Test
  void groupOpsIssuesTheRegionRelaysTheProjectAnswersAndItIsClosed() {
    FreshProject project = FreshProject.create(http, "IN", "指令测试项目");
    FreshProject other = FreshProject.create(http, "IN", "指令旁观项目");
    Map<String, Object> body = instruction("报送年度经营数据", "REPORT", 10);
    body.put("regionCodes", List.of("SOUTH"));
    long id = issue("groupops", body);
    String businessKey = "INSTRUCTION:" + id + ":SOUTH";

    assertThat(http.tasks("ops.east", businessKey)).as("another region sees nothing").isEmpty();
    com.regionops.support.Multipart notice = new com.regionops.support.Multipart()
        .file("关于报送年度经营数据的通知[2026].pdf", "application/pdf", PDF);
    assertThat(http.sendBytes("POST", "ops.south", "/api/v1/instructions/" + id + "/documents", notice.bytes(),
        notice.headers(), java.time.Duration.ofSeconds(30)).status()).as("only the issuer attaches").isEqualTo(403);
    Http.Response attached = http.sendBytes("POST", "groupops", "/api/v1/instructions/" + id + "/documents",
        notice.bytes(), notice.headers(), java.time.Duration.ofSeconds(30));
    assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
    assertThat(attached.json().get("kind").asText()).isEqualTo("ISSUED");
    assertThat(attached.json().hasNonNull("regionCode")).as("group-ops' file belongs to no region").isFalse();
    String noticeId = attached.json().get("id").asText();
    assertThat(http.get("ops.south", "/api/v1/instructions/" + id).json().get("documents").get(0).get("fileName")
        .asText()).isEqualTo("关于报送年度经营数据的通知[2026].pdf");
    assertThat(http.get("ops.east", "/api/v1/documents/" + noticeId).status()).as("EAST has no copy").isEqualTo(404);
    assertThat(http.bytes("ops.south", "/api/v1/documents/" + noticeId + "/content")).isEqualTo(PDF);
    Http.Response delete = http.send("DELETE", "ops.south", Http.DEMO_PASSWORD, "/api/v1/documents/" + noticeId, null);
    assertThat(delete.status()).as("a region may not delete group-ops' file: " + delete).isEqualTo(403);
    assertThat(http.get("ops.east", "/api/v1/instructions/" + id).status()).isEqualTo(404);
    JsonNode ack = onlyTask("ops.south", businessKey, "签收指令");
    Map<String, Object> relay = new HashMap<>();
    relay.put("handling", value("RELAY"));
    relay.put("relayProjects", Map.of("value", "[\"" + project.code() + "\"]", "type", "Json"));
    relay.put("relayDeadline", value(EngineTime.today().plusDays(7).toString()));
    complete("ops.south", ack, relay);
    assertThat(http.get(other.office(), "/api/v1/documents/" + noticeId).status())
        .as("an office the instruction did not reach").isEqualTo(404);
    assertThat(copy("ops.south", id, null).get("status").asText()).isEqualTo("RELAYED");

    JsonNode projectAck = onlyTask(project.office(), businessKey, "签收指令");
    assertThat(http.get(project.office(), "/api/v1/documents/" + noticeId).status())
        .as("an office the instruction was relayed to reads it").isEqualTo(200);
    JsonNode formFiles = http.get(project.office(), "/engine-rest/task/" + projectAck.get("id").asText()
        + "/variables/instructionFiles").json();
    assertThat(formFiles.get("value").asText()).as("the form lists it, escaped for Markdown")
        .isEqualTo("- [关于报送年度经营数据的通知\\[2026\\].pdf](/api/v1/documents/" + noticeId + "/content)\n");
    Http.Response stranger = http.post(other.office(), "/engine-rest/task/" + projectAck.get("id").asText()
        + "/complete", Map.of("variables", Map.of()));
    assertThat(stranger.status()).as("another project's office: " + stranger).isIn(403, 404);
    assertThat(http.tasks(other.office(), businessKey)).isEmpty();
    complete(project.office(), projectAck, Map.of());
    JsonNode report = onlyTask(project.office(), businessKey, "反馈指令落实情况");
    com.regionops.support.Multipart file = new com.regionops.support.Multipart()
        .field("taskId", report.get("id").asText())
        .file("经营数据表.pdf", "application/pdf", "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes());
    Http.Response uploaded = http.sendBytes("POST", project.office(), "/api/v1/documents", file.bytes(), file.headers(),
        java.time.Duration.ofSeconds(30));
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    assertThat(uploaded.json().get("ownerType").asText()).isEqualTo("INSTRUCTION_ITEM");
    complete(project.office(), report, Map.of("feedbackText", value("已报送经营数据")));
    JsonNode review = onlyTask("ops.south", businessKey, "审核项目反馈");
    assertThat(http.get("ops.south", "/api/v1/tasks/" + review.get("id").asText() + "/documents").json().toString())
        .as("the reviewer sees the answer's file").contains("经营数据表.pdf");
    assertThat(http.get(other.office(), "/api/v1/documents/" + uploaded.json().get("id").asText()).status())
        .as("another project's office").isEqualTo(404);
    assertThat(http.tasks("ops.south", businessKey)).as("no 汇总 before the project is accepted")
        .noneMatch(t -> t.get("name").asText().startsWith("汇总反馈集团"));
    complete("ops.south", review, Map.of("feedbackReview", value("APPROVED")));
    complete("ops.south", onlyTask("ops.south", businessKey, "汇总反馈集团"),
        Map.of("regionAnswer", value("华南区域已汇总报送")));
    complete("groupops", onlyTask("groupops", businessKey, "确认区域反馈"), Map.of("closingReview", value("APPROVED")));

    JsonNode region = copy("groupops", id, null);
    assertThat(region.get("status").asText()).isEqualTo("CLOSED");
    assertThat(region.get("answer").asText()).isEqualTo("华南区域已汇总报送");
    assertThat(copy(project.office(), id, project.code()).get("answer").asText()).isEqualTo("已报送经营数据");
    JsonNode officeView = http.get(project.office(), "/api/v1/instructions/" + id).json().get("items");
    assertThat(officeView).as("an office sees its own copy only").hasSize(1);
  }

  @Test
  void toEveryRegionEachRegionSeesItsOwnCopy() {
    long id = issue("groupops", instruction("学习集团运营管理制度", "ACKNOWLEDGE", 5));

    JsonNode all = http.get("groupops", "/api/v1/instructions/" + id).json().get("items");
    assertThat(all).extracting(i -> i.get("regionCode").asText()).contains("SOUTH", "EAST");
    JsonNode east = http.get("ops.east", "/api/v1/instructions/" + id).json().get("items");
    assertThat(east).extracting(i -> i.get("regionCode").asText()).containsOnly("EAST");
    assertThat(http.get("ops.east", "/api/v1/instructions?status=OPEN").json())
        .extracting(i -> i.get("regionCode").asText()).containsOnly("EAST");
    complete("ops.east", onlyTask("ops.east", "INSTRUCTION:" + id + ":EAST", "签收指令"),
        Map.of("handling", value("SELF")));
    assertThat(copy("ops.east", id, null).get("status").asText()).as("签收 only: closed with it").isEqualTo("CLOSED");
  }

  @Test
  void aRegionIssuesToItsProjectsAndAnOfficeAsksForMoreTime() {
    FreshProject project = FreshProject.create(http, "IN", "区域指令项目");
    Map<String, Object> body = instruction("落实安全生产大检查", "REPORT", 6);
    body.put("projectCodes", List.of(project.code()));
    long id = issue("ops.south", body);
    String businessKey = "INSTRUCTION:" + id + ":SOUTH";
    assertThat(http.tasks("ops.south", businessKey)).as("region-ops does not acknowledge its own")
        .extracting(t -> t.get("name").asText()).containsExactly("签收指令 · " + project.code() + " · 落实安全生产大检查");
    complete(project.office(), onlyTask(project.office(), businessKey, "签收指令"), Map.of());

    Http.Response asked = http.post(project.office(), "/api/v1/instructions/" + id + "/extensions",
        Map.of("reason", "等待第三方检测报告", "newDate", EngineTime.today().plusDays(9).toString()));
    assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
    assertThat(asked.json().get("status").asText()).isEqualTo("PENDING");
    Http.Response twice = http.post(project.office(), "/api/v1/instructions/" + id + "/extensions",
        Map.of("reason", "再次申请", "newDate", EngineTime.today().plusDays(10).toString()));
    assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
    assertThat(http.post("ops.south", "/api/v1/instructions/" + id + "/extensions",
        Map.of("reason", "代为申请", "newDate", EngineTime.today().plusDays(10).toString())).status())
        .as("region-ops has no copy of its own to extend").isEqualTo(403);
    complete("ops.south", onlyTask("ops.south", businessKey, "审批延期申请"), Map.of("extensionReview", value("APPROVED")));

    JsonNode item = copy(project.office(), id, project.code());
    assertThat(item.get("extendedDeadline").asText()).isEqualTo(EngineTime.today().plusDays(9).toString());
    assertThat(item.get("deadline").asText()).isEqualTo(EngineTime.today().plusDays(6).toString());
    JsonNode report = onlyTask(project.office(), businessKey, "反馈指令落实情况");
    assertThat(report.get("due").asText()).startsWith(EngineTime.today().plusDays(9).toString());
  }

  @Test
  void theSupervisionReportCountsColoursAndTimelinessPerProject() {
    FreshProject project = FreshProject.create(http, "IN", "督办通报项目");
    Map<String, Object> body = instruction("报送月度形象进度", "REPORT", 1);
    body.put("projectCodes", List.of(project.code()));
    long id = issue("ops.south", body);
    complete(project.office(), onlyTask(project.office(), "INSTRUCTION:" + id + ":SOUTH", "签收指令"), Map.of());
    JsonNode copy = copy(project.office(), id, project.code());
    assertThat(copy.get("color").asText()).as("due tomorrow").isEqualTo("BLUE");

    String month = copy.get("ackDue").asText().substring(0, 7);
    Http.Response report = http.get("ops.south", "/api/v1/regions/SOUTH/supervision?month=" + month);
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    JsonNode line = null;
    for (JsonNode p : report.json().get("projects")) {
      line = p.get("projectCode").asText().equals(project.code()) ? p : line;
    }
    assertThat(line).as("the project's line").isNotNull();
    assertThat(line.get("blue").asInt()).isEqualTo(1);
    assertThat(line.get("acknowledgementsDue").asInt()).isEqualTo(1);
    assertThat(line.get("acknowledgementRate").decimalValue()).isEqualByComparingTo("100.0");
    assertThat(http.get("groupops", "/api/v1/regions/SOUTH/supervision").status()).isEqualTo(200);
    assertThat(http.get("ops.east", "/api/v1/regions/SOUTH/supervision").status()).isEqualTo(404);
    assertThat(http.get(project.office(), "/api/v1/regions/SOUTH/supervision").status()).isEqualTo(404);
    Http.Response bad = http.get("ops.south", "/api/v1/regions/SOUTH/supervision?month=2026-13");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("field").asText()).isEqualTo("month");
  }

  @Test
  void whoMayIssueAndWhatIsRefused() {
    Map<String, Object> ok = instruction("报送数据", "REPORT", 3);
    assertThat(http.post("office.gz01", "/api/v1/instructions", ok).status()).isEqualTo(403);
    assertThat(http.post("president.south", "/api/v1/instructions", ok).status()).isEqualTo(403);
    Map<String, Object> east = new HashMap<>(ok);
    east.put("projectCodes", List.of("SH01"));
    assertThat(http.post("ops.south", "/api/v1/instructions", east).status()).as("another region's project")
        .isEqualTo(403);
    assertThat(http.post("ops.south", "/api/v1/instructions", with(east, "projectCodes", List.of("NOPE"))).status())
        .as("no hint whether a project elsewhere exists").isEqualTo(403);

    assertRefused("groupops", with(ok, "deadline", EngineTime.today().minusDays(1).toString()), "deadline");
    assertRefused("groupops", with(ok, "deadline", "明天"), "deadline");
    assertRefused("groupops", with(ok, "regionCodes", List.of("NOSUCHREGION")), "regionCodes");
    assertRefused("groupops", with(ok, "title", " "), "title");
    assertRefused("groupops", with(ok, "category", "URGENT"), "category");
    assertRefused("groupops", with(ok, "feedback", "MAYBE"), "feedback");
    assertRefused("groupops", with(ok, "content", "长".repeat(4001)), "content");
    assertRefused("groupops", with(ok, "category", "OPERATING_REVIEW"), "sourceMeeting");
    Map<String, Object> mixed = new HashMap<>(ok);
    mixed.put("projectCodes", List.of("GZ01", "SH01"));
    assertThat(http.post("ops.south", "/api/v1/instructions", mixed).status()).as("one of them elsewhere")
        .isEqualTo(403);

    Http.Response color = http.get("ops.south", "/api/v1/instructions?color=PURPLE");
    assertThat(color.status()).isEqualTo(400);
    assertThat(color.json().toString()).contains("color");
    assertThat(http.get("ops.south", "/api/v1/instructions/999999999").status()).isEqualTo(404);
  }

  static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    Map<String, Object> changed = new HashMap<>(body);
    changed.put(field, value);
    return changed;
  }

  void assertRefused(String user, Map<String, Object> body, String field) {
    Http.Response refused = http.post(user, "/api/v1/instructions", body);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().toString()).as(refused.toString()).contains("\"" + field + "\"");
  }
}
