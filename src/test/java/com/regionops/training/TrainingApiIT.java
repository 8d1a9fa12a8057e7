package com.regionops.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.platform.engine.EngineTime;
import com.regionops.support.FreshProject;
import com.regionops.support.Http;
import com.regionops.support.Multipart;
import com.regionops.support.RegionOpsIT;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 培训管理 over HTTP as the demo users: EAST's annual plan returned and approved, a SOUTH session for a fresh
 * project's office (registration, 签到, feedback, quiz) in Tasklist's engine API, the records of the person and the
 * region, and the refusals by role, tenant and input.
 */
@RegionOpsIT
class TrainingApiIT {

  @LocalServerPort
  int port;

  @Autowired
  ManagementService management;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  static final int THIS_YEAR = EngineTime.today().getYear();

  static Map<String, Object> planItem(String topic, Object month, List<String> groups, Object hours) {
    Map<String, Object> item = new HashMap<>();
    item.put("topic", topic);
    item.put("month", month);
    item.put("audienceGroups", groups);
    item.put("plannedHours", hours);
    return item;
  }

  static Map<String, Object> plan(int year) {
    Map<String, Object> body = new HashMap<>();
    body.put("year", year);
    body.put("items", List.of(planItem("计划运营管理办法解读", 1, List.of("region-ops"), 2),
        planItem("工程质量管理与样板先行", 4, List.of("project-office", "fn-engineering"), 3)));
    return body;
  }

  /** Two days from now at two in the afternoon, China time. */
  static LocalDateTime startsAt() {
    return EngineTime.today().plusDays(2).atTime(14, 0);
  }

  static Map<String, Object> session(List<String> groups) {
    Map<String, Object> body = new HashMap<>();
    body.put("topic", "计划运营管理办法（第二版）解读");
    body.put("trainer", "华南运营 李经理");
    body.put("startsAt", startsAt().toString());
    body.put("hours", 2);
    body.put("place", "华南区域总部 3 楼会议室");
    body.put("audienceGroups", groups);
    return body;
  }

  static Map<String, Object> quiz() {
    return Map.of("passMark", 2, "questions", List.of(
        Map.of("text", "节点填报须在实际完成后几天内提交？", "options", List.of("3 天", "5 天"), "answer", "3 天"),
        Map.of("text", "计划调整须在何时申请？", "options", List.of("节点到期后", "节点到期前"), "answer", "B")));
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

  JsonNode onlyTask(String user, String businessKey, String name) {
    List<JsonNode> named = new ArrayList<>();
    http.tasks(user, businessKey).forEach(t -> {
      if (t.get("name").asText().equals(name) || t.get("name").asText().startsWith(name + " · ")) {
        named.add(t);
      }
    });
    assertThat(named).as(user + " sees one " + name + " in " + businessKey).hasSize(1);
    return named.get(0);
  }

  Http.Response complete(String user, JsonNode task, Map<String, Object> values) {
    return http.post(user, "/engine-rest/task/" + task.get("id").asText() + "/complete", Map.of("variables", values));
  }

  void completed(String user, JsonNode task, Map<String, Object> values) {
    Http.Response done = complete(user, task, values);
    assertThat(done.status()).as(done.toString()).isEqualTo(204);
  }

  static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }

  static Map<String, Object> json(String text) {
    return Map.of("value", text, "type", "Json");
  }

  void assertRefused(String user, String path, Map<String, Object> body, String field) {
    Http.Response refused = http.post(user, path, body);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().get("field").asText()).as(refused.toString()).isEqualTo(field);
  }

  void runTimer(String processInstanceId, String activityId) {
    List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).list();
    assertThat(jobs).as(activityId).isNotEmpty();
    jobs.forEach(job -> management.executeJob(job.getId()));
  }

  @Test
  void theEastsPlanIsReturnedRevisedInTasklistAndApproved() {
    int year = THIS_YEAR + 1;
    assertThat(http.post("office.sh01", "/api/v1/regions/EAST/training-plans", plan(year)).status())
        .as("an office is not the region's staff").isEqualTo(404);
    assertThat(http.post("president.east", "/api/v1/regions/EAST/training-plans", plan(year)).status()).isEqualTo(403);
    assertThat(http.post("ops.south", "/api/v1/regions/EAST/training-plans", plan(year)).status())
        .as("another region").isEqualTo(404);
    Http.Response submitted = http.post("ops.east", "/api/v1/regions/EAST/training-plans", plan(year));
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    long id = submitted.json().get("id").asLong();
    assertThat(submitted.json().get("status").asText()).isEqualTo("IN_APPROVAL");
    assertThat(submitted.json().get("items")).hasSize(2);
    Http.Response again = http.post("ops.east", "/api/v1/regions/EAST/training-plans", plan(year));
    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    assertThat(again.json().get("field").asText()).isEqualTo("year");
    String key = TrainingPlanProcess.businessKey(id);

    assertThat(http.tasks("president.south", key)).as("another region's president").isEmpty();
    assertThat(http.get("ops.south", "/api/v1/training-plans/" + id).status()).isEqualTo(404);
    JsonNode approve = onlyTask("president.east", key, "审批培训计划");
    Http.Response noComment = complete("president.east", approve, Map.of("trainingPlanReview", value("RETURNED")));
    assertThat(noComment.status()).as(noComment.toString()).isEqualTo(400);
    assertThat(noComment.raw()).contains("trainingPlanReviewComment");
    completed("president.east", approve, Map.of("trainingPlanReview", value("RETURNED"),
        "trainingPlanReviewComment", value("质量培训请安排在 3 月")));
    assertThat(http.get("ops.east", "/api/v1/training-plans/" + id).json().get("status").asText()).isEqualTo("RETURNED");

    JsonNode revise = onlyTask("ops.east", key, "修改培训计划");
    Http.Response badMonth = complete("ops.east", revise, Map.of("item2Month", value(13)));
    assertThat(badMonth.status()).as(badMonth.toString()).isEqualTo(400);
    assertThat(badMonth.raw()).contains("item2Month");
    Http.Response notInForm = complete("ops.east", revise, Map.of("trainingPlanApproved", value(true)));
    assertThat(notInForm.status()).as("only the form's fields: " + notInForm).isEqualTo(400);
    completed("ops.east", revise, Map.of("item2Month", value(3),
        "item3Topic", value("安全生产专题"), "item3Month", value(6), "item3Groups", json("[\"region-functions\"]"),
        "item3Hours", value(1.5)));
    completed("president.east", onlyTask("president.east", key, "审批培训计划"),
        Map.of("trainingPlanReview", value("APPROVED")));

    JsonNode approved = http.get("ops.east", "/api/v1/training-plans/" + id).json();
    assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
    assertThat(approved.get("reviewRounds").asInt()).isEqualTo(2);
    assertThat(approved.get("items")).extracting(i -> i.get("month").asInt()).containsExactly(1, 3, 6);
    assertThat(http.get("president.east", "/api/v1/regions/EAST/training-plans").json())
        .extracting(p -> p.get("id").asLong()).contains(id);
    assertThat(http.get("groupops", "/api/v1/training-plans/" + id).status()).isEqualTo(200);

    // a session of the approved plan's first item, for its groups
    long item = approved.get("items").get(0).get("id").asLong();
    Map<String, Object> ofItem = without(session(null), "audienceGroups");
    ofItem.put("planItemId", item);
    ofItem.put("startsAt", LocalDateTime.of(year, 1, 15, 9, 30).toString());
    assertRefused("ops.south", "/api/v1/trainings", ofItem, "planItemId");
    Http.Response arranged = http.post("ops.east", "/api/v1/trainings", ofItem);
    assertThat(arranged.status()).as(arranged.toString()).isEqualTo(201);
    assertThat(arranged.json().get("regionCode").asText()).isEqualTo("EAST");
    JsonNode detail = http.get("ops.east", "/api/v1/trainings/" + arranged.json().get("id").asLong()).json();
    assertThat(detail.get("planItem").get("itemId").asLong()).isEqualTo(item);
    assertThat(detail.get("session").get("audienceGroups")).extracting(JsonNode::asText).containsExactly("region-ops");
    assertThat(http.get("ops.east", "/api/v1/training-plans/" + id).json().get("items").get(0).get("sessions").asInt())
        .isEqualTo(1);
  }

  @Test
  void aSessionIsRegisteredForCheckedInAnsweredAndCountsInTheRecords() {
    FreshProject project = FreshProject.create(http, "TR", "培训项目");
    String office = project.office();
    Map<String, Object> body = session(List.of("office-" + project.code()));
    body.put("quiz", quiz());
    for (String user : List.of("office.gz01", "president.south", "finance.south", "groupops")) {
      Http.Response refused = http.post(user, "/api/v1/trainings", body);
      assertThat(refused.status()).as(user + ": " + refused).isEqualTo(403);
      assertThat(refused.contentType()).startsWith("application/problem+json");
    }
    assertThat(http.post("ops.east", "/api/v1/trainings", with(body, "regionCode", "SOUTH")).status())
        .as("another region's").isEqualTo(403);
    assertThat(http.send("POST", null, null, "/api/v1/trainings", body).status()).isEqualTo(401);
    Http.Response created = http.post("ops.south", "/api/v1/trainings", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    assertThat(created.json().get("invited").asInt()).isEqualTo(1);
    String key = created.json().get("businessKey").asText();
    String instance = created.json().get("processInstanceId").asText();

    assertThat(http.get("ops.east", "/api/v1/trainings/" + id).status()).as("another region").isEqualTo(404);
    assertThat(http.get("office.gz01", "/api/v1/trainings/" + id).status()).as("not invited").isEqualTo(404);
    assertThat(http.get("ops.east", "/api/v1/trainings").json()).extracting(s -> s.get("id").asLong())
        .doesNotContain(id);
    JsonNode officeView = http.get(office, "/api/v1/trainings/" + id).json();
    assertThat(officeView.get("mine").get("registration").asText()).isEqualTo("PENDING");
    assertThat(officeView.get("quiz").get("questions").get(0).has("answer")).as("no answers for those who answer")
        .isFalse();
    assertThat(officeView.has("participants")).isFalse();
    JsonNode opsView = http.get("ops.south", "/api/v1/trainings/" + id).json();
    assertThat(opsView.get("quiz").get("questions").get(1).get("answer").asText()).isEqualTo("B");
    assertThat(opsView.get("participants")).extracting(p -> p.get("userId").asText()).containsExactly(office);
    assertThat(http.get("president.south", "/api/v1/trainings/" + id).json().get("participants")).hasSize(1);

    Multipart slides = new Multipart().file("计划运营管理办法解读.pdf", "application/pdf",
        "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes());
    assertThat(http.sendBytes("POST", office, "/api/v1/trainings/" + id + "/documents", slides.bytes(),
        slides.headers(), Duration.ofSeconds(30)).status()).as("the organisers attach").isEqualTo(403);
    assertThat(http.sendBytes("POST", "ops.east", "/api/v1/trainings/" + id + "/documents", slides.bytes(),
        slides.headers(), Duration.ofSeconds(30)).status()).isEqualTo(404);
    Http.Response attached = http.sendBytes("POST", "ops.south", "/api/v1/trainings/" + id + "/documents",
        slides.bytes(), slides.headers(), Duration.ofSeconds(30));
    assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
    String file = attached.json().get("id").asText();
    assertThat(http.get(office, "/api/v1/documents/" + file).status()).as("an invited office reads it").isEqualTo(200);
    assertThat(http.get("office.gz01", "/api/v1/documents/" + file).status()).isEqualTo(404);
    assertThat(http.get("ops.east", "/api/v1/documents/" + file).status()).isEqualTo(404);

    JsonNode invitation = onlyTask(office, key, "培训报名");
    assertThat(invitation.get("assignee").asText()).isEqualTo(office);
    assertThat(http.get(office, "/engine-rest/task/" + invitation.get("id").asText() + "/variables/trainingFiles")
        .json().get("value").asText()).as("its form lists the materials").contains("/api/v1/documents/" + file);
    assertThat(http.tasks("office.gz01", key)).isEmpty();
    Http.Response cheat = complete(office, invitation, Map.of("registration", value("YES"), "quizPassed", value(true)));
    assertThat(cheat.status()).as("only the form's fields: " + cheat).isEqualTo(400);
    Http.Response maybe = complete(office, invitation, Map.of("registration", value("MAYBE")));
    assertThat(maybe.status()).as(maybe.toString()).isEqualTo(400);
    completed(office, invitation, Map.of("registration", value("YES")));

    runTimer(instance, TrainingProcess.TIMER_TRAINING_STARTS);
    assertThat(http.tasks("ops.east", key)).as("another region's region-ops").isEmpty();
    JsonNode checkIn = onlyTask("ops.south", key, "培训签到");
    Http.Response stranger = complete("ops.south", checkIn, Map.of("attendees", json("[\"office.gz01\"]")));
    assertThat(stranger.status()).as(stranger.toString()).isEqualTo(400);
    assertThat(stranger.json().get("field").asText()).isEqualTo("attendees");
    completed("ops.south", checkIn, Map.of("attendees", json("[\"" + office + "\"]")));

    JsonNode feedback = onlyTask(office, key, "填写培训反馈");
    for (Object score : List.of("0", "6", 7, "很好")) {
      Http.Response bad = complete(office, feedback, Map.of("feedbackScore", value(score)));
      assertThat(bad.status()).as(score + ": " + bad).isEqualTo(400);
      assertThat(bad.json().get("field").asText()).isEqualTo("feedbackScore");
    }
    Http.Response notTheirs = complete("ops.south", feedback, Map.of("feedbackScore", value("5")));
    assertThat(notTheirs.status()).as("region-ops does not answer for the attendee: " + notTheirs).isIn(403, 404);
    completed(office, feedback, Map.of("feedbackScore", value("5"), "feedbackComment", value("案例贴合项目实际")));
    JsonNode quizTask = onlyTask(office, key, "完成培训答题");
    completed(office, quizTask, Map.of("answer1", value("B"), "answer2", value("A")));
    JsonNode retry = onlyTask(office, key, "完成培训答题");
    assertThat(http.get(office, "/engine-rest/task/" + retry.get("id").asText() + "/variables/lastQuizResult").json()
        .get("value").asText()).contains("答对 0/2 题");
    completed(office, retry, Map.of("answer1", value("A"), "answer2", value("B")));
    assertThat(http.tasks(office, key)).isEmpty();

    JsonNode closed = http.get("ops.south", "/api/v1/trainings/" + id).json().get("session");
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("attended").asInt()).isEqualTo(1);
    assertThat(closed.get("averageScore").asDouble()).isEqualTo(5.0);

    int year = startsAt().getYear();
    String record = "/api/v1/people/" + office + "/training-record?year=" + year;
    JsonNode own = http.get(office, record).json();
    assertThat(own.get("sessionsAttended").asInt()).isEqualTo(1);
    assertThat(own.get("totalHours").asDouble()).isEqualTo(2.0);
    assertThat(own.get("trainingQuizzesPassed").get(0).get("attempts").asInt()).isEqualTo(2);
    assertThat(own.get("policyQuizzesPassed")).isEmpty();
    for (String reader : List.of("ops.south", "president.south", "groupops", "admin")) {
      assertThat(http.get(reader, record).status()).as(reader).isEqualTo(200);
    }
    assertThat(http.get("ops.east", record).status()).as("another region's person").isEqualTo(404);
    assertThat(http.get("office.gz01", record).status()).as("someone else's").isEqualTo(403);
    assertThat(http.get("finance.south", record).status()).isEqualTo(403);
    assertThat(http.get("ops.south", "/api/v1/people/nobody.here/training-record").status()).isEqualTo(404);
    Http.Response badYear = http.get(office, "/api/v1/people/" + office + "/training-record?year=abc");
    assertThat(badYear.status()).as(badYear.toString()).isEqualTo(400);
    assertThat(badYear.json().get("field").asText()).isEqualTo("year");

    String rates = "/api/v1/regions/SOUTH/training-records?year=" + year;
    JsonNode south = http.get("ops.south", rates).json();
    JsonNode row = null;
    for (JsonNode p : south.get("byProject")) {
      row = p.get("code").asText().equals(project.code()) ? p : row;
    }
    assertThat(row).as("the project's row").isNotNull();
    assertThat(row.get("invited").asInt()).isEqualTo(1);
    assertThat(row.get("attended").asInt()).isEqualTo(1);
    assertThat(row.get("rate").asDouble()).isEqualTo(100.0);
    assertThat(south.get("sessions")).extracting(s -> s.get("id").asLong()).contains(id);
    assertThat(http.get("president.south", rates).status()).isEqualTo(200);
    assertThat(http.get("groupops", rates).status()).isEqualTo(200);
    assertThat(http.get("finance.south", rates).status()).isEqualTo(403);
    assertThat(http.get("ops.east", rates).status()).isEqualTo(404);
    assertThat(http.get("office.gz01", rates).status()).isEqualTo(404);
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
    Map<String, Object> ok = session(List.of("project-office"));
    assertRefused("ops.south", "/api/v1/trainings", without(ok, "topic"), "topic");
    assertRefused("ops.south", "/api/v1/trainings", with(ok, "topic", " "), "topic");
    assertRefused("ops.south", "/api/v1/trainings", without(ok, "trainer"), "trainer");
    assertRefused("ops.south", "/api/v1/trainings", with(ok, "startsAt", EngineTime.today().minusDays(1) + "T09:00"),
        "startsAt");
    assertRefused("ops.south", "/api/v1/trainings", with(ok, "startsAt", "明天下午"), "startsAt");
    assertRefused("ops.south", "/api/v1/trainings", with(ok, "audienceGroups", List.of("sales-team")), "audienceGroups");
    assertRefused("ops.south", "/api/v1/trainings", with(ok, "audienceGroups", List.of("office-SH01")), "audienceGroups");
    assertRefused("ops.south", "/api/v1/trainings", with(ok, "hours", 0), "hours");
    assertRefused("ops.south", "/api/v1/trainings", with(ok, "hours", 25), "hours");
    assertRefused("ops.south", "/api/v1/trainings", with(ok, "hours", "两小时"), "hours");
    assertRefused("ops.south", "/api/v1/trainings", without(ok, "place"), "place");
    assertRefused("ops.south", "/api/v1/trainings", with(ok, "link", "javascript:alert(1)"), "link");
    assertRefused("ops.south", "/api/v1/trainings", with(ok, "planItemId", 999999999), "planItemId");
    assertRefused("ops.south", "/api/v1/trainings", with(ok, "quiz", Map.of("passMark", 3, "questions",
        quiz().get("questions"))), "quiz.passMark");
    assertRefused("ops.south", "/api/v1/trainings", with(ok, "organiser", "groupops"), "organiser");
    assertThat(http.get("ops.south", "/api/v1/trainings").json())
        .noneMatch(s -> s.get("startsAt").asText().startsWith(EngineTime.today().minusDays(1).toString()));

    String plans = "/api/v1/regions/SOUTH/training-plans";
    assertRefused("ops.south", plans, with(plan(THIS_YEAR), "year", THIS_YEAR - 1), "year");
    assertRefused("ops.south", plans, with(plan(THIS_YEAR), "year", THIS_YEAR + 2), "year");
    assertRefused("ops.south", plans, without(plan(THIS_YEAR), "year"), "year");
    assertRefused("ops.south", plans, with(plan(THIS_YEAR), "items", List.of()), "items");
    assertRefused("ops.south", plans, with(plan(THIS_YEAR), "items",
        List.of(planItem("专题", 13, List.of("region-ops"), 2))), "items[0].month");
    assertRefused("ops.south", plans, with(plan(THIS_YEAR), "items",
        List.of(planItem("专题", 0, List.of("region-ops"), 2))), "items[0].month");
    assertRefused("ops.south", plans, with(plan(THIS_YEAR), "items",
        List.of(planItem("专题", 3, List.of("nobody"), 2))), "items[0].audienceGroups");
    assertRefused("ops.south", plans, with(plan(THIS_YEAR), "items",
        List.of(planItem("专题", 3, List.of("region-ops"), 0))), "items[0].plannedHours");
    assertRefused("ops.south", plans, with(plan(THIS_YEAR), "items",
        List.of(planItem(null, 3, List.of("region-ops"), 2))), "items[0].topic");
    assertRefused("ops.south", plans, with(plan(THIS_YEAR), "items",
        List.of(planItem("专题", "三月", List.of("region-ops"), 2))), "items[0].month");
    assertThat(http.get("ops.south", "/api/v1/trainings?year=abc").status()).isEqualTo(400);
    assertThat(http.get("ops.south", "/api/v1/trainings/999999999").status()).isEqualTo(404);
    assertThat(http.get("ops.south", "/api/v1/training-plans/999999999").status()).isEqualTo(404);
  }

  @Test
  void neitherProcessStartsOverEngineRest() {
    for (String key : List.of(TrainingProcess.KEY, TrainingPlanProcess.KEY)) {
      Http.Response started = http.post("ops.south", "/engine-rest/process-definition/key/" + key + "/start",
          Map.of("variables", Map.of("regionCode", value("SOUTH"))));
      assertThat(started.status()).as(key + ": " + started).isEqualTo(403);
    }
  }
}
