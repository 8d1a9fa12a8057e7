package com.regionops.policy;

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

/**
 * 制度宣贯 over HTTP as the demo users: group-ops publishes to every region, a region to its own, members acknowledge
 * or pass the quiz in Tasklist's engine API, region-ops reads its region's rates, and the refusals.
 */
@RegionOpsIT
class PolicyApiIT {

  @LocalServerPort
  int port;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  static Map<String, Object> policy(String number, int version, List<String> groups) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", "工程质量管理制度");
    body.put("number", number);
    body.put("version", version);
    body.put("effectiveDate", EngineTime.today().toString());
    body.put("groups", groups);
    body.put("acknowledgeBy", EngineTime.today().plusDays(10).toString());
    body.put("summary", "全文见集团制度库。要点：样板先行、分户验收、质量问题闭环。");
    return body;
  }

  static Map<String, Object> quiz() {
    return Map.of("passMark", 2, "questions", List.of(
        Map.of("text", "样板先行适用于哪些工序？", "options", List.of("所有批量施工工序", "仅主体结构"), "answer", "所有批量施工工序"),
        Map.of("text", "分户验收由谁组织？", "options", List.of("施工单位", "建设单位", "监理单位"), "answer", "B")));
  }

  static String number(String prefix) {
    return FreshProject.code(prefix);
  }

  JsonNode publish(String user, Map<String, Object> body) {
    Http.Response published = http.post(user, "/api/v1/policies", body);
    assertThat(published.status()).as(published.toString()).isEqualTo(201);
    return published.json();
  }

  JsonNode onlyTask(String user, String businessKey, String name) {
    List<JsonNode> named = new ArrayList<>();
    http.tasks(user, businessKey).forEach(t -> {
      if (t.get("name").asText().equals(name) || t.get("name").asText().startsWith(name + " · ")) {
        named.add(t);
      }
    });
    assertThat(named).as(user + " sees one " + name + " in " + businessKey).hasSize(1);
    assertThat(named.get(0).get("assignee").asText()).isEqualTo(user);
    return named.get(0);
  }

  Http.Response complete(String user, JsonNode task, Map<String, Object> values) {
    return http.post(user, "/engine-rest/task/" + task.get("id").asText() + "/complete", Http.completion(values));
  }

  void completed(String user, JsonNode task, Map<String, Object> values) {
    Http.Response done = complete(user, task, values);
    assertThat(done.status()).as(done.toString()).isEqualTo(204);
  }

  JsonNode acknowledgements(String user, long id) {
    Http.Response answer = http.get(user, "/api/v1/policies/" + id + "/acknowledgements");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  static JsonNode rate(JsonNode rates, String code) {
    for (JsonNode rate : rates) {
      if (rate.get("code").asText().equals(code)) {
        return rate;
      }
    }
    throw new AssertionError("no rate for " + code + " in " + rates);
  }

  @Test
  void groupOpsPublishesToEveryRegionAndEachRegionSeesItsOwnRates() {
    FreshProject project = FreshProject.create(http, "PO", "制度宣贯项目");
    JsonNode published = publish("groupops", policy(number("JT"), 1, List.of("region-ops", "office-" + project.code())));
    long id = published.get("id").asLong();
    assertThat(published.get("scope").asText()).isEqualTo("GROUP");
    assertThat(published.get("regionCodes")).extracting(JsonNode::asText).contains("SOUTH", "EAST");
    String south = PolicyProcess.businessKey(id, "SOUTH");
    String east = PolicyProcess.businessKey(id, "EAST");

    assertThat(http.tasks("ops.east", south)).as("another region's tasks").isEmpty();
    JsonNode officeTask = onlyTask(project.office(), south, "阅读制度");
    assertThat(officeTask.get("name").asText()).startsWith("阅读制度 · " + project.code() + " · ");
    com.regionops.support.Multipart text = new com.regionops.support.Multipart()
        .file("运营管理制度（2026版）.pdf", "application/pdf", "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes());
    assertThat(http.sendBytes("POST", "ops.south", "/api/v1/policies/" + id + "/documents", text.bytes(),
        text.headers(), java.time.Duration.ofSeconds(30)).status()).as("only the publisher attaches").isEqualTo(403);
    Http.Response attached = http.sendBytes("POST", "groupops", "/api/v1/policies/" + id + "/documents", text.bytes(),
        text.headers(), java.time.Duration.ofSeconds(30));
    assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
    String file = attached.json().get("id").asText();
    assertThat(http.get(project.office(), "/api/v1/documents/" + file).status()).as("one it applies to").isEqualTo(200);
    assertThat(http.get("office.sh01", "/api/v1/documents/" + file).status()).as("an office it does not name")
        .isEqualTo(404);
    assertThat(http.get(project.office(), "/api/v1/policies/" + id).json().get("documents").get(0).get("fileName")
        .asText()).isEqualTo("运营管理制度（2026版）.pdf");
    assertThat(http.get(project.office(), "/engine-rest/task/" + officeTask.get("id").asText()
        + "/variables/policyFiles").json().get("value").asText()).as("its form lists it")
        .contains("/api/v1/documents/" + file + "/content");
    assertThat(http.get(project.office(), "/api/v1/policies").json()).extracting(p -> p.get("id").asLong()).contains(id);
    assertThat(http.get(project.office(), "/api/v1/policies/" + id).json().get("mine").get("status").asText())
        .isEqualTo("PENDING");
    assertThat(http.get(project.office(), "/api/v1/policies/" + id + "/acknowledgements").status())
        .as("rates are region-ops'").isEqualTo(403);

    Http.Response unticked = complete(project.office(), officeTask, Map.of("acknowledged", false));
    assertThat(unticked.status()).as(unticked.toString()).isEqualTo(400);
    assertThat(unticked.raw()).contains("已阅知悉");
    completed(project.office(), officeTask, Map.of("acknowledged", true));
    completed("ops.south", onlyTask("ops.south", south, "阅读制度"), Map.of("acknowledged", true));
    onlyTask("ops.east", east, "阅读制度");

    JsonNode southRates = acknowledgements("ops.south", id);
    assertThat(southRates.get("people")).as("region-ops sees its region's people")
        .extracting(p -> p.get("regionCode").asText()).containsOnly("SOUTH");
    assertThat(southRates.get("overall").get("rate").asDouble()).isEqualTo(100.0);
    assertThat(rate(southRates.get("byGroup"), "region-ops").get("acknowledged").asInt()).isEqualTo(1);
    assertThat(rate(southRates.get("byProject"), project.code()).get("rate").asDouble()).isEqualTo(100.0);
    JsonNode officeRow = southRates.get("people").findParents("userId").stream()
        .filter(p -> p.get("userId").asText().equals(project.office())).findFirst().orElseThrow();
    assertThat(officeRow.get("version").asInt()).isEqualTo(1);
    assertThat(officeRow.get("status").asText()).isEqualTo("ACKNOWLEDGED");
    assertThat(officeRow.hasNonNull("acknowledgedAt")).isTrue();

    JsonNode eastRates = acknowledgements("ops.east", id);
    assertThat(eastRates.get("people")).extracting(p -> p.get("regionCode").asText()).containsOnly("EAST");
    assertThat(eastRates.get("overall").get("rate").asDouble()).isEqualTo(0.0);
    JsonNode all = acknowledgements("groupops", id);
    assertThat(all.get("byRegion")).extracting(r -> r.get("code").asText()).contains("SOUTH", "EAST");
  }

  @Test
  void aRegionsQuizIsFailedPassedAndANewVersionAsksAgain() {
    FreshProject project = FreshProject.create(http, "PO", "制度答题项目");
    String number = number("HN");
    Map<String, Object> body = policy(number, 1, List.of("office-" + project.code()));
    body.put("quiz", quiz());
    JsonNode published = publish("ops.south", body);
    long id = published.get("id").asLong();
    assertThat(published.get("scope").asText()).isEqualTo("REGION");
    assertThat(published.get("regionCodes")).extracting(JsonNode::asText).containsExactly("SOUTH");
    String key = PolicyProcess.businessKey(id, "SOUTH");

    assertThat(http.get("ops.east", "/api/v1/policies/" + id).status()).as("another region").isEqualTo(404);
    assertThat(http.get("ops.east", "/api/v1/policies/" + id + "/acknowledgements").status()).isEqualTo(404);
    assertThat(http.get("ops.east", "/api/v1/policies").json()).extracting(p -> p.get("id").asLong()).doesNotContain(id);
    assertThat(http.get("office.gz01", "/api/v1/policies/" + id).status()).as("not for another project").isEqualTo(404);
    assertThat(http.get("president.south", "/api/v1/policies/" + id).status()).isEqualTo(200);
    assertThat(http.get("president.south", "/api/v1/policies/" + id + "/acknowledgements").status()).isEqualTo(403);
    JsonNode officeView = http.get(project.office(), "/api/v1/policies/" + id).json();
    assertThat(officeView.get("quiz").get("questions").get(0).has("answer")).as("no answers for those who answer").isFalse();
    assertThat(http.get("ops.south", "/api/v1/policies/" + id).json().get("quiz").get("questions").get(1)
        .get("answer").asText()).isEqualTo("B");

    JsonNode quizTask = onlyTask(project.office(), key, "完成制度答题");
    Http.Response missing = complete(project.office(), quizTask, Map.of("answer1", "A"));
    assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
    assertThat(missing.raw()).contains("answer2");
    Http.Response cheat = complete(project.office(), quizTask, Map.of("answer1", "A", "answer2", "B", "quizPassed", true));
    assertThat(cheat.status()).as("only the form's fields: " + cheat).isEqualTo(400);
    completed(project.office(), quizTask, Map.of("answer1", "B", "answer2", "B"));

    JsonNode again = onlyTask(project.office(), key, "完成制度答题");
    Http.Response result = http.get(project.office(), "/engine-rest/task/" + again.get("id").asText()
        + "/variables/lastQuizResult");
    assertThat(result.status()).as(result.toString()).isEqualTo(200);
    assertThat(result.json().get("value").asText()).contains("答对 1/2 题").contains("未达到及格线 2 题");
    completed(project.office(), again, Map.of("answer1", "A", "answer2", "B"));
    assertThat(http.tasks(project.office(), key)).isEmpty();

    JsonNode passed = acknowledgements("ops.south", id);
    assertThat(passed.get("overall").get("rate").asDouble()).isEqualTo(100.0);
    JsonNode person = passed.get("people").get(0);
    assertThat(person.get("userId").asText()).isEqualTo(project.office());
    assertThat(person.get("status").asText()).isEqualTo("PASSED");
    assertThat(person.get("score").asInt()).isEqualTo(2);
    assertThat(person.get("attempts").asInt()).isEqualTo(2);

    JsonNode second = publish("ops.south", policy(number, 2, List.of("office-" + project.code())));
    long id2 = second.get("id").asLong();
    assertThat(second.get("supersededIds")).extracting(JsonNode::asLong).containsExactly(id);
    assertThat(http.get("ops.south", "/api/v1/policies/" + id).json().get("policy").get("supersededBy").asLong())
        .isEqualTo(id2);
    completed(project.office(), onlyTask(project.office(), PolicyProcess.businessKey(id2, "SOUTH"), "阅读制度"),
        Map.of("acknowledged", true));
    JsonNode history = acknowledgements("ops.south", id2).get("people");
    assertThat(history).extracting(p -> p.get("version").asInt() + ":" + p.get("status").asText())
        .containsExactly("2:ACKNOWLEDGED", "1:PASSED");

    Http.Response same = http.post("ops.south", "/api/v1/policies", policy(number, 2, List.of("office-" + project.code())));
    assertThat(same.status()).as(same.toString()).isEqualTo(409);
    assertThat(same.raw()).contains("version");
  }

  /** Region-ops may manage a group policy and be asked by it: the one it is asked by shows it no answers. */
  @Test
  void whoeverAQuizAsksNeverSeesItsAnswers() {
    Map<String, Object> body = new HashMap<>(policy(number("QK"), 1, List.of("region-ops")));
    body.put("quiz", quiz());
    long id = publish("groupops", body).get("id").asLong();

    JsonNode asked = http.get("ops.south", "/api/v1/policies/" + id).json();
    assertThat(asked.get("mine").get("status").asText()).isEqualTo("PENDING");
    assertThat(asked.get("quiz").get("questions")).allSatisfy(q -> assertThat(q.has("answer")).isFalse());
    assertThat(http.get("groupops", "/api/v1/policies/" + id).json().get("quiz").get("questions").get(1)
        .get("answer").asText()).as("the publisher's key").isEqualTo("B");
  }

  @Test
  void whoMayPublishAndWhatIsRefused() {
    Map<String, Object> ok = policy(number("BAD"), 1, List.of("project-office"));
    for (String user : List.of("office.gz01", "president.south", "design.south")) {
      Http.Response refused = http.post(user, "/api/v1/policies", ok);
      assertThat(refused.status()).as(user + ": " + refused).isEqualTo(403);
      assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    assertRefused("ops.south", with(ok, "title", " "), "title");
    assertRefused("ops.south", without(ok, "title"), "title");
    assertRefused("ops.south", with(ok, "acknowledgeBy", EngineTime.today().minusDays(1).toString()), "acknowledgeBy");
    assertRefused("ops.south", with(ok, "acknowledgeBy", EngineTime.today().toString()), "acknowledgeBy");
    assertRefused("ops.south", with(ok, "groups", List.of("sales-team")), "groups");
    assertRefused("ops.south", with(ok, "groups", List.of("office-SH01")), "groups");
    assertRefused("ops.south", with(ok, "groups", List.of()), "groups");
    assertRefused("ops.south", with(ok, "version", "V2"), "version");
    assertRefused("ops.south", with(ok, "documentIds", List.of(1)), "documentIds");
    Map<String, Object> tooHigh = new HashMap<>(quiz());
    tooHigh.put("passMark", 3);
    assertRefused("ops.south", with(ok, "quiz", tooHigh), "quiz.passMark");
    assertRefused("groupops", with(ok, "regionCode", "SOUTH"), "regionCode");
    assertThat(http.get("ops.south", "/api/v1/policies").json()).as("nothing was written")
        .noneMatch(p -> p.get("number").asText().equals(ok.get("number")));

    assertThat(http.get("ops.south", "/api/v1/policies/999999999").status()).isEqualTo(404);
    assertThat(http.get("ops.south", "/api/v1/policies/999999999/acknowledgements").status()).isEqualTo(404);
  }

  static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    Map<String, Object> changed = new HashMap<>(body);
    changed.put(field, value);
    return changed;
  }

  static Map<String, Object> without(Map<String, Object> body, String field) {
    Map<String, Object> changed = new HashMap<>(body);
    changed.remove(field);
    return changed;
  }

  void assertRefused(String user, Map<String, Object> body, String field) {
    Http.Response refused = http.post(user, "/api/v1/policies", body);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().toString()).as(refused.toString()).contains("\"" + field + "\"");
  }
}
