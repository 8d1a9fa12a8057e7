package com.regionops.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.demo.DemoSeedDay;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo's 培训管理 as its users find it: SOUTH's plan for this year approved after one return, and its two sessions
 * held (DemoTrainings): who came, their feedback, the quiz, and what that makes of the records.
 */
@RegionOpsIT
class TrainingDemoFactsIT {

  static final String POLICY_TALK = "计划运营管理办法（第二版）解读";
  static final String QUALITY = "工程质量管理与样板先行";

  @LocalServerPort
  int port;

  @Autowired
  DemoSeedDay seed;

  static JsonNode find(JsonNode list, String field, String value) {
    for (JsonNode element : list) {
      if (element.get(field).asText().equals(value)) {
        return element;
      }
    }
    throw new AssertionError("no " + field + " " + value + " in " + list);
  }

  @Test
  void southsPlanIsApprovedAndTwoOfItsSessionsWereHeld() {
    Http http = new Http(port);
    int year = seed.day().getYear();
    JsonNode plan = find(http.get("ops.south", "/api/v1/regions/SOUTH/training-plans").json(), "year",
        Integer.toString(year));
    assertThat(plan.get("status").asText()).isEqualTo("APPROVED");
    assertThat(plan.get("reviewRounds").asInt()).as("returned once, then approved").isEqualTo(2);
    assertThat(plan.get("items")).extracting(i -> i.get("topic").asText())
        .containsExactly(POLICY_TALK, QUALITY, "安全生产月专题", "营销案场管理规范");
    assertThat(http.get("president.south", "/api/v1/training-plans/" + plan.get("id").asLong()).status()).isEqualTo(200);
    assertThat(http.get("ops.east", "/api/v1/training-plans/" + plan.get("id").asLong()).status()).isEqualTo(404);

    JsonNode sessions = http.get("ops.south", "/api/v1/trainings?regionCode=SOUTH").json();
    JsonNode talk = find(sessions, "topic", POLICY_TALK);
    assertThat(talk.get("status").asText()).isEqualTo("CLOSED");
    assertThat(talk.get("invited").asInt()).as("region-ops and the three offices").isEqualTo(4);
    assertThat(talk.get("registered").asInt()).as("GZ02 declined").isEqualTo(3);
    assertThat(talk.get("attended").asInt()).isEqualTo(3);
    assertThat(talk.get("feedbackGiven").asInt()).as("region-ops' expired").isEqualTo(2);
    assertThat(talk.get("averageScore").asDouble()).isEqualTo(4.5);
    JsonNode quality = find(sessions, "topic", QUALITY);
    assertThat(quality.get("status").asText()).isEqualTo("CLOSED");
    assertThat(quality.get("hasQuiz").asBoolean()).isTrue();
    assertThat(quality.get("registered").asInt()).as("SZ01 never answered").isEqualTo(3);
    assertThat(quality.get("attended").asInt()).isEqualTo(3);
    assertThat(quality.get("quizPassed").asInt()).as("GZ01 and GZ02, not engineering").isEqualTo(2);
    assertThat(quality.get("averageScore").asDouble()).isEqualTo(4.0);

    JsonNode detail = http.get("office.gz02", "/api/v1/trainings/" + talk.get("id").asLong()).json();
    assertThat(detail.get("mine").get("registration").asText()).isEqualTo("DECLINED");
    assertThat(detail.get("documents").get(0).get("fileName").asText()).isEqualTo(POLICY_TALK + ".pdf");
    assertThat(http.get("ops.east", "/api/v1/trainings/" + talk.get("id").asLong()).status()).isEqualTo(404);

    LocalDateTime talkStart = LocalDateTime.parse(talk.get("startsAt").asText());
    LocalDateTime qualityStart = LocalDateTime.parse(quality.get("startsAt").asText());
    boolean oneYear = talkStart.getYear() == qualityStart.getYear();
    int recordYear = qualityStart.getYear();
    JsonNode gz01 = http.get("office.gz01", "/api/v1/people/office.gz01/training-record?year=" + recordYear).json();
    assertThat(gz01.get("sessionsAttended").asInt()).isEqualTo(oneYear ? 2 : 1);
    assertThat(gz01.get("totalHours").asDouble()).isEqualTo(oneYear ? 5.0 : 3.0);
    assertThat(gz01.get("trainingQuizzesPassed")).singleElement()
        .satisfies(q -> assertThat(q.get("attempts").asInt()).isEqualTo(1));
    JsonNode gz02 = http.get("ops.south", "/api/v1/people/office.gz02/training-record?year=" + recordYear).json();
    assertThat(gz02.get("trainingQuizzesPassed").get(0).get("attempts").asInt()).as("passed at the second attempt")
        .isEqualTo(2);

    JsonNode south = http.get("president.south", "/api/v1/regions/SOUTH/training-records?year=" + recordYear).json();
    assertThat(find(south.get("byProject"), "code", "GZ01").get("rate").asDouble()).isEqualTo(100.0);
    assertThat(find(south.get("byProject"), "code", "GZ02").get("rate").asDouble()).isEqualTo(oneYear ? 50.0 : 100.0);
    assertThat(find(south.get("byProject"), "code", "SZ01").get("rate").asDouble()).isEqualTo(oneYear ? 50.0 : 0.0);
    assertThat(find(south.get("byGroup"), "code", "fn-engineering").get("attended").asInt()).isEqualTo(1);
  }
}
