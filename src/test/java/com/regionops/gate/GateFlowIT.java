package com.regionops.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.support.FreshProject;
import com.regionops.support.Http;
import com.regionops.support.PdfText;
import com.regionops.support.RegionOpsIT;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A gate walked end to end over HTTP by the demo users, as Tasklist would drive it. */
@RegionOpsIT
class GateFlowIT {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtime;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  static Map<String, Object> vars(Object... pairs) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      Object value = pairs[i + 1];
      variables.put((String) pairs[i], Map.of("value", value));
    }
    return Map.of("variables", variables);
  }

  /** The one open task of the business key that the user can see, or null. */
  JsonNode task(String user, String businessKey, String taskKey) {
    JsonNode tasks = http.get(user, "/engine-rest/task?processInstanceBusinessKey="
        + URLEncoder.encode(businessKey, StandardCharsets.UTF_8) + "&taskDefinitionKey=" + taskKey).json();
    assertThat(tasks.size()).as(user + " sees " + tasks).isLessThanOrEqualTo(1);
    return tasks.isEmpty() ? null : tasks.get(0);
  }

  Http.Response complete(String user, String businessKey, String taskKey, Map<String, Object> body) {
    JsonNode task = task(user, businessKey, taskKey);
    assertThat(task).as(user + " has " + taskKey).isNotNull();
    return http.post(user, "/engine-rest/task/" + task.get("id").asText() + "/complete", body);
  }

  void completeOk(String user, String businessKey, String taskKey, Map<String, Object> body) {
    Http.Response response = complete(user, businessKey, taskKey, body);
    assertThat(response.status()).as(response.toString()).isEqualTo(204);
  }

  @Test
  void projectKickoffRunsFromStartToClosedThroughTheUsersOwnCalls() {
    FreshProject project = FreshProject.create(http, "GK", "启动会测试项目");
    String office = project.office();
    Http.Response started = http.post(office, "/engine-rest/process-definition/key/gate-project-kickoff/start",
        vars(kickoff(project.code())));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String key = started.json().get("businessKey").asText();
    assertThat(key).isEqualTo(project.code() + ":PROJECT_KICKOFF:1");
    assertThat(started.json().get("tenantId").asText()).isEqualTo("SOUTH");

    // the neighbour office and the other region see nothing of it
    assertThat(task("office.gz02", key, "UserTask_SubmitMaterials")).isNull();
    assertThat(task("ops.east", key, "UserTask_SubmitMaterials")).isNull();

    // 提交上会资料: the office fills in the checklist it was given
    JsonNode submit = task(office, key, "UserTask_SubmitMaterials");
    JsonNode formVariables = http.get(office, "/engine-rest/task/" + submit.get("id").asText()
        + "/form-variables").json();
    List<String> names = new ArrayList<>();
    for (int n = 1; formVariables.has("material" + n + "Name"); n++) {
      names.add(formVariables.get("material" + n + "Name").get("value").asText());
    }
    assertThat(names).contains("土地出让合同", "里程碑计划（草案）");
    Http.Response incomplete = complete(office, key, "UserTask_SubmitMaterials",
        vars("material1Reference", "OA-2026-1"));
    assertThat(incomplete.status()).as(incomplete.toString()).isEqualTo(400);
    assertThat(incomplete.json().get("field").asText()).isEqualTo("material2Reference");
    List<Object> references = new ArrayList<>();
    for (int n = 1; n <= names.size(); n++) {
      references.add("material" + n + "Reference");
      references.add("OA-2026-" + n);
    }
    completeOk(office, key, "UserTask_SubmitMaterials", vars(references.toArray()));

    // 审核上会资料 → 安排会议 → 录入会议纪要 (region-ops), 审批会议纪要 (president)
    Http.Response noComment = complete("ops.south", key, "UserTask_ReviewMaterials", vars("materialsReview", "RETURNED"));
    assertThat(noComment.status()).isEqualTo(400);
    assertThat(noComment.json().get("field").asText()).isEqualTo("materialsReviewComment");
    completeOk("ops.south", key, "UserTask_ReviewMaterials", vars("materialsReview", "APPROVED"));
    completeOk("ops.south", key, "UserTask_ScheduleMeeting", vars("meetingTime", TODAY.plusDays(7) + "T10:00+08:00",
        "chairUser", "president.south", "meetingLocation", "区域总部 8 楼"));
    completeOk("ops.south", key, "UserTask_RecordMinutes", vars("conclusion", "CONDITIONAL",
        "minutes", "原则同意项目启动，运营目标书补充现金流测算后报备。",
        "decision1Content", "补充项目运营目标书中的现金流测算", "decision1OwnerGroup", "office-" + project.code(),
        "decision1DueDate", TODAY.plusDays(20).toString()));
    // Region-ops sees the president's step of its region (RegionWideTaskReads) but cannot take it.
    assertThat(complete("ops.south", key, "UserTask_ApproveMinutes", vars("minutesReview", "APPROVED")).status())
        .isEqualTo(403);
    completeOk("president.south", key, "UserTask_ApproveMinutes", vars("minutesReview", "APPROVED"));

    // the approved minutes are filed as a PDF under the gate round, and read as they were approved
    JsonNode round = http.get(office, "/api/v1/projects/" + project.code() + "/archive").json().get("gateRounds").get(0);
    JsonNode minutesPdf = round.get("minutes").get(0);
    assertThat(minutesPdf.get("kind").asText()).isEqualTo("MINUTES");
    assertThat(minutesPdf.get("fileName").asText()).startsWith("会议纪要-").endsWith(".pdf");
    String text = PdfText.compact(http.bytes(office, "/api/v1/documents/" + minutesPdf.get("id").asText() + "/content"));
    assertThat(text).contains("有条件通过").contains("原则同意项目启动，运营目标书补充现金流测算后报备。")
        .contains("补充项目运营目标书中的现金流测算").contains("项目公司" + project.code())
        .contains(TODAY.plusDays(20).toString()).contains("审批会议纪要").contains("president.south").contains("批准");

    JsonNode passed = gate(office, project.code(), "PROJECT_KICKOFF");
    assertThat(passed.get("status").asText()).isEqualTo("PASSED");
    assertThat(passed.get("openDecisions").asInt()).isEqualTo(1);

    // 落实会议决议 (office) → 核验决议落实 (region-ops)
    completeOk(office, key, "UserTask_CarryOutDecision", vars("evidence", "现金流测算已补充，见 OA-2026-88",
        "completedOn", TODAY.toString()));
    completeOk("ops.south", key, "UserTask_VerifyDecision", vars("decisionReview", "APPROVED"));

    JsonNode closed = gate(office, project.code(), "PROJECT_KICKOFF");
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("conclusion").asText()).isEqualTo("CONDITIONAL");
    assertThat(closed.get("openDecisions").asInt()).isZero();
    assertThat(gate(office, project.code(), "DESIGN_PLANNING").get("status").asText()).isEqualTo("NOT_STARTED");
    JsonNode targets = http.get(office, "/api/v1/projects/" + project.code() + "/targets").json();
    assertThat(targets.get("targetFirstOpening").asText()).isEqualTo(TODAY.plusDays(300).toString());
    assertThat(targets.get("targetNetProfit").decimalValue()).isEqualByComparingTo("21000.50");
  }

  @Test
  void officeCannotStartForAnotherRegionsProject() {
    long before = runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike("SH01:PROJECT_KICKOFF:%").count();
    Http.Response refused = http.post("office.gz01", "/engine-rest/process-definition/key/gate-project-kickoff/start",
        vars("projectCode", "SH01", "plannedMeetingDate", TODAY.plusDays(7).toString()));
    Http.Response viaApi = http.post("office.gz01", "/api/v1/projects/SH01/gate-reviews",
        Map.of("gateCode", "PROJECT_KICKOFF", "plannedMeetingDate", TODAY.plusDays(7).toString()));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
    assertThat(viaApi.status()).isEqualTo(404);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike("SH01:PROJECT_KICKOFF:%").count())
        .isEqualTo(before);
  }

  @Test
  void gateWhosePredecessorHasNotPassedIsA400NamingIt() {
    FreshProject project = FreshProject.create(http, "GP", "前置节点测试项目");
    Http.Response engineRest = http.post(project.office(), "/engine-rest/process-definition/key/gate-opening-planning/start",
        vars("projectCode", project.code(), "plannedMeetingDate", TODAY.plusDays(7).toString()));
    Http.Response api = http.post(project.office(), "/api/v1/projects/" + project.code() + "/gate-reviews",
        Map.of("gateCode", "OPENING_PLANNING", "plannedMeetingDate", TODAY.plusDays(7).toString()));

    assertThat(engineRest.status()).as(engineRest.toString()).isEqualTo(400);
    assertThat(engineRest.json().get("message").asText()).contains("展示区开放策划会");
    assertThat(api.status()).isEqualTo(400);
    assertThat(api.contentType()).startsWith("application/problem+json");
    assertThat(api.json().get("field").asText()).isEqualTo("gateCode");
    assertThat(api.json().get("detail").asText()).contains("SHOWROOM_OPENING");
    assertThat(http.post(project.office(), "/api/v1/projects/" + project.code() + "/gate-reviews",
        Map.of("gateCode", "NO_SUCH_GATE")).json().get("field").asText()).isEqualTo("gateCode");
  }

  @Test
  void twoConcurrentIdenticalStartsYieldExactlyOneInstance() throws Exception {
    String project = FreshProject.create(http, "GC", "并发发起测试项目").code();
    Map<String, Object> targets = Map.of("targetConstructionStart", TODAY.plusDays(60).toString(),
        "targetFirstOpening", TODAY.plusDays(300).toString(), "targetHandover", TODAY.plusDays(900).toString(),
        "targetSales", 150000, "targetNetProfit", 9000);
    Callable<Integer> start = () -> http.post("ops.south", "/api/v1/projects/" + project + "/gate-reviews",
        Map.of("gateCode", "PROJECT_KICKOFF", "plannedMeetingDate", TODAY.plusDays(3).toString(),
            "declarations", targets)).status();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Integer>> results = new ArrayList<>();
    try {
      results.add(pool.submit(start));
      results.add(pool.submit(start));
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> result : results) {
        statuses.add(result.get());
      }
      assertThat(statuses).containsExactlyInAnyOrder(201, 409);
    } finally {
      pool.shutdownNow();
    }
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("gate-project-kickoff")
        .processInstanceBusinessKey(project + ":PROJECT_KICKOFF:1").count()).isEqualTo(1);
  }

  /** Start variables of 项目启动会: the project, the meeting date and the draft 运营目标. */
  static Object[] kickoff(String project) {
    return new Object[] {"projectCode", project, "plannedMeetingDate", TODAY.plusDays(7).toString(),
        "targetConstructionStart", TODAY.plusDays(60).toString(), "targetFirstOpening", TODAY.plusDays(300).toString(),
        "targetHandover", TODAY.plusDays(900).toString(), "targetSales", 280000, "targetNetProfit", 21000.5};
  }

  /** Walks one gate to CLOSED with 通过 and no decisions, as the office and the region's users. */
  void passGate(String office, String project, String gateKey) {
    Http.Response started = http.post(office, "/engine-rest/process-definition/key/" + gateKey + "/start",
        vars(gateKey.equals("gate-project-kickoff") ? kickoff(project)
            : new Object[] {"projectCode", project, "plannedMeetingDate", TODAY.plusDays(7).toString()}));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String key = started.json().get("businessKey").asText();
    JsonNode submit = task(office, key, "UserTask_SubmitMaterials");
    JsonNode form = http.get(office, "/engine-rest/task/" + submit.get("id").asText() + "/form-variables").json();
    List<Object> references = new ArrayList<>();
    for (int n = 1; form.has("material" + n + "Name"); n++) {
      references.add("material" + n + "Reference");
      references.add("DOC-" + n);
    }
    completeOk(office, key, "UserTask_SubmitMaterials", vars(references.toArray()));
    completeOk("ops.south", key, "UserTask_ReviewMaterials", vars("materialsReview", "APPROVED"));
    completeOk("ops.south", key, "UserTask_ScheduleMeeting", vars("meetingTime", TODAY.plusDays(7) + "T10:00+08:00",
        "chairUser", "president.south"));
    completeOk("ops.south", key, "UserTask_RecordMinutes", vars("conclusion", "PASS", "minutes", "同意。"));
    completeOk("president.south", key, "UserTask_ApproveMinutes", vars("minutesReview", "APPROVED"));
  }

  @Test
  void permitPlanningRegistersTheExpectedCertificatesAndObtainingOneReportsItsNodeForConfirmation() {
    FreshProject fresh = FreshProject.create(http, "PM", "报建测试项目");
    String project = fresh.code();
    String office = fresh.office();
    http.put("ops.south", "/api/v1/projects/" + project + "/plan-nodes/L103", Map.of("nodeCode", "L103",
        "name", "取得建设工程规划许可证", "nodeLevel", "L1", "category", "PERMIT",
        "plannedFinish", TODAY.plusDays(60).toString()));

    passGate(office, project, "gate-project-kickoff");
    passGate(office, project, "gate-design-planning");
    passGate(office, project, "gate-permit-planning");

    JsonNode planned = http.get(office, "/api/v1/certificates?projectCode=" + project + "&status=PLANNED").json();
    assertThat(planned).extracting(c -> c.get("typeCode").asText()).containsExactlyInAnyOrder("LAND_TITLE",
        "LAND_PLANNING_PERMIT", "ENGINEERING_PLANNING_PERMIT", "CONSTRUCTION_PERMIT", "PRESALE_PERMIT",
        "COMPLETION_FILING");
    JsonNode planningPermit = null;
    for (JsonNode c : planned) {
      planningPermit = c.get("typeCode").asText().equals("ENGINEERING_PLANNING_PERMIT") ? c : planningPermit;
    }
    Http.Response obtained = http.put("ops.south", "/api/v1/certificates/" + planningPermit.get("id").asText(), Map.of(
        "typeCode", "ENGINEERING_PLANNING_PERMIT", "certNo", "建字第" + project + "001号", "projectCode", project,
        "issueDate", TODAY.toString(), "status", "VALID"));
    assertThat(obtained.status()).as(obtained.toString()).isEqualTo(200);
    assertThat(http.get(office, "/api/v1/projects/" + project + "/plan-nodes").json().get(0).get("completed")
        .asBoolean()).as("reported by the ledger, not yet confirmed").isFalse();
    JsonNode reports = http.get(office, "/api/v1/projects/" + project + "/completion-reports?status=REPORTED").json();
    assertThat(reports).hasSize(1);
    assertThat(reports.get(0).get("report").get("source").asText()).isEqualTo("CERTIFICATE");
    JsonNode confirm = http.get("ops.south", "/engine-rest/task?processInstanceId="
        + reports.get(0).get("report").get("processInstanceId").asText()).json();
    assertThat(confirm).hasSize(1);
    assertThat(http.post("ops.south", "/engine-rest/task/" + confirm.get(0).get("id").asText() + "/complete",
        Map.of("variables", Map.of("confirmationDecision", Map.of("value", "CONFIRMED")))).status()).isEqualTo(204);
    JsonNode node = http.get(office, "/api/v1/projects/" + project + "/plan-nodes").json().get(0);
    assertThat(node.get("nodeCode").asText()).isEqualTo("L103");
    assertThat(node.get("completed").asBoolean()).isTrue();
    assertThat(node.get("actualFinish").asText()).isEqualTo(TODAY.toString());
    assertThat(gate(office, project, "PERMIT_PLANNING").get("status").asText()).isEqualTo("CLOSED");
  }

  JsonNode gate(String user, String project, String gateCode) {
    for (JsonNode g : http.get(user, "/api/v1/projects/" + project + "/gates").json()) {
      if (g.get("gateCode").asText().equals(gateCode)) {
        return g;
      }
    }
    throw new AssertionError("no gate " + gateCode);
  }
}
