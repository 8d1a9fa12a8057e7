package com.regionops.coordination;

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

/** 协调会 over HTTP as the demo users: an office asks, region-ops accepts, the meeting is held and its decision followed. */
@RegionOpsIT
class CoordinationApiIT {

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
    Http.Response done = http.post(user, "/engine-rest/task/" + task.get("id").asText() + "/complete", Http.completion(values));
    assertThat(done.status()).as(done.toString()).isEqualTo(204);
  }

  @Test
  void anOfficeAsksRegionOpsAcceptsAndTheMeetingIsHeldWithinThreeDays() {
    Map<String, Object> body = new HashMap<>();
    body.put("subject", "样板区交付与园林施工交叉");
    body.put("problem", "园林单位与精装单位对样板区通道占用有分歧");
    body.put("plannedMeetingDate", EngineTime.today().plusDays(2).toString());
    body.put("attendingFunctions", List.of("fn-engineering", "fn-marketing"));
    Http.Response asked = http.post("office.gz01", "/api/v1/projects/GZ01/coordination-meetings", body);
    assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
    assertThat(asked.json().get("accepted").asBoolean()).as("an office's request waits for region-ops").isFalse();
    String businessKey = asked.json().get("businessKey").asText();

    JsonNode accept = http.tasks("ops.south", businessKey);
    assertThat(accept).hasSize(1);
    assertThat(accept.get(0).get("name").asText()).startsWith("受理协调申请");
    complete("ops.south", accept.get(0), Map.of("coordinationReview", "APPROVED"));

    JsonNode schedule = http.tasks("ops.south", businessKey);
    assertThat(schedule.get(0).get("name").asText()).startsWith("安排会议");
    complete("ops.south", schedule.get(0), Map.of("meetingTime", EngineTime.today().plusDays(1) + "T10:00:00+08:00",
        "meetingLocation", "项目部会议室", "chairUser", "ops.south"));
    JsonNode minutes = http.tasks("ops.south", businessKey);
    assertThat(minutes.get(0).get("name").asText()).startsWith("录入会议纪要");
    complete("ops.south", minutes.get(0), Map.of("minutes", "精装单位三日内让出通道", "decision1Content", "精装单位调整材料堆放",
        "decision1OwnerGroup", "office-GZ01", "decision1DueDate", EngineTime.today().plusDays(5).toString()));
    complete("president.south", http.tasks("president.south", businessKey).get(0), Map.of("minutesReview", "APPROVED"));

    JsonNode held = null;
    for (JsonNode m : http.get("office.gz01", "/api/v1/projects/GZ01/coordination-meetings").json()) {
      held = m.get("title").asText().endsWith("协调会：样板区交付与园林施工交叉") ? m : held;
    }
    assertThat(held).as("the project's 协调会").isNotNull();
    assertThat(held.get("kind").asText()).isEqualTo("COORDINATION");
    assertThat(held.has("conclusion") && !held.get("conclusion").isNull()).isFalse();
    assertThat(held.get("attendingFunctions").asText()).isEqualTo("fn-engineering,fn-marketing");
    JsonNode carryOut = http.tasks("office.gz01", businessKey);
    assertThat(carryOut).hasSize(1);
    assertThat(carryOut.get(0).get("name").asText()).startsWith("落实会议决议");
  }

  @Test
  void whoMayCallOneAndWhatIsRefused() {
    Map<String, Object> ok = Map.of("subject", "外立面样板确认");
    assertThat(http.post("president.south", "/api/v1/projects/GZ01/coordination-meetings", ok).status()).isEqualTo(403);
    assertThat(http.post("office.gz02", "/api/v1/projects/GZ01/coordination-meetings", ok).status()).isEqualTo(404);
    assertThat(http.post("ops.east", "/api/v1/projects/GZ01/coordination-meetings", ok).status()).isEqualTo(404);
    Http.Response called = http.post("ops.south", "/api/v1/projects/GZ01/coordination-meetings", ok);
    assertThat(called.status()).isEqualTo(201);
    assertThat(called.json().get("accepted").asBoolean()).as("region-ops calls it: no acceptance").isTrue();
    assertThat(http.tasks("ops.south", called.json().get("businessKey").asText()).get(0).get("name").asText())
        .startsWith("安排会议");

    Map<String, Map<String, Object>> bad = new java.util.LinkedHashMap<>();
    bad.put("subject", Map.of("subject", " "));
    bad.put("plannedMeetingDate", Map.of("subject", "x", "plannedMeetingDate", EngineTime.today().plusDays(4).toString()));
    bad.put("attendingFunctions", Map.of("subject", "x", "attendingFunctions", List.of("camunda-admin")));
    bad.forEach((field, body) -> {
      Http.Response refused = http.post("office.gz01", "/api/v1/projects/GZ01/coordination-meetings", body);
      assertThat(refused.status()).as(field + ": " + refused).isEqualTo(400);
      assertThat(refused.json().get("field").asText()).isEqualTo(field);
    });
    Http.Response direct = http.post("office.gz01", "/engine-rest/process-definition/key/coordination-meeting/start",
        Http.completion(Map.of("projectCode", "GZ01", "requestedByOffice", false, "coordinationSubject", "绕过受理")));
    assertThat(direct.status()).as("started by the application only: " + direct).isEqualTo(403);
  }

  /** DemoHistory: SZ01's office asked eight days ago, region-ops accepted it, the meeting was held two days later. */
  @Test
  void theDemoHeldOneForSz01WhoseDecisionIsOpen() {
    JsonNode held = null;
    for (JsonNode m : http.get("office.sz01", "/api/v1/projects/SZ01/coordination-meetings").json()) {
      held = m.get("title").asText().endsWith("协调会：精装交付样板与园林施工交叉作业") ? m : held;
    }
    assertThat(held).isNotNull();
    assertThat(held.get("scheduledAt").asText()).startsWith(seed.day().minusDays(6).toString());
    assertThat(held.get("minutesApprovedBy").asText()).isEqualTo("president.south");
    boolean open = false;
    for (JsonNode t : http.get("office.sz01", "/engine-rest/task?taskDefinitionKey=UserTask_CarryOutDecision").json()) {
      open |= t.get("name").asText().contains("交叉作业与成品保护方案");
    }
    assertThat(open).as("its decision waits for SZ01's office").isTrue();
  }
}
