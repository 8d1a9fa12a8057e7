package com.regionops.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One renewal of a GZ01 certificate over HTTP: the sweep, the office's filing, region-ops' check. */
@RegionOpsIT
class CertificateChaseIT {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  @LocalServerPort
  int port;

  @Autowired
  ManagementService management;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  JsonNode task(String user, String businessKey) {
    JsonNode tasks = http.get(user, "/engine-rest/task?processInstanceBusinessKey="
        + URLEncoder.encode(businessKey, StandardCharsets.UTF_8)).json();
    return tasks.isEmpty() ? null : tasks.get(0);
  }

  @Test
  void aPresalePermitOfGz01IsChasedRenewedAndVerifiedIntoTheLedger() {
    JsonNode created = http.post("ops.south", "/api/v1/certificates", Map.of("typeCode", "PRESALE_PERMIT",
        "certNo", "穗房预字第CHASE" + System.nanoTime() % 100000 + "号", "projectCode", "GZ01",
        "issueDate", TODAY.minusYears(2).toString(), "validUntil", TODAY.plusDays(20).toString())).json();
    long id = created.get("id").asLong();

    Http.Response sweep = http.post("ops.south", "/api/v1/certificates/sweeps", Map.of("regionCode", "SOUTH"));
    assertThat(sweep.status()).as(sweep.toString()).isEqualTo(202);
    assertThat(sweep.json().get("dueCount").asInt()).isPositive();
    for (Job job : management.createJobQuery().activityId(CertificateChaseProcess.TASK_START_CHASES).list()) {
      management.executeJob(job.getId());
    }
    String key = "CERT-" + id + "-" + TODAY.plusDays(20);
    assertThat(http.get("ops.south", "/api/v1/certificates/" + id).json().get("status").asText()).isEqualTo("REVIEW_DUE");
    assertThat(task("ops.east", key)).isNull();
    assertThat(task("office.gz02", key)).isNull();

    JsonNode filing = task("office.gz01", key);
    assertThat(filing.get("taskDefinitionKey").asText()).isEqualTo("UserTask_FileReview");
    Http.Response filed = http.post("office.gz01", "/engine-rest/task/" + filing.get("id").asText() + "/complete",
        Map.of("variables", Map.of("filingDate", Map.of("value", TODAY.toString()),
            "documentRef", Map.of("value", "延续批复 2026-88"),
            "newValidUntil", Map.of("value", TODAY.plusYears(2).toString()))));
    assertThat(filed.status()).as(filed.toString()).isEqualTo(204);
    JsonNode verify = task("ops.south", key);
    Http.Response verified = http.post("ops.south", "/engine-rest/task/" + verify.get("id").asText() + "/complete",
        Map.of("variables", Map.of("certificateReview", Map.of("value", "APPROVED"))));
    assertThat(verified.status()).as(verified.toString()).isEqualTo(204);

    JsonNode renewed = http.get("office.gz01", "/api/v1/certificates/" + id).json();
    assertThat(renewed.get("status").asText()).isEqualTo("VALID");
    assertThat(renewed.get("validUntil").asText()).isEqualTo(TODAY.plusYears(2).toString());
    assertThat(http.get("ops.east", "/api/v1/certificates/" + id).status()).isEqualTo(404);
  }

  @Test
  void chainShowsWhatIsHeldAndOnlyRegionOpsSweeps() {
    JsonNode chain = http.get("office.gz01", "/api/v1/projects/GZ01/certificate-chain").json();

    assertThat(chain.get("steps")).extracting(s -> s.get("typeCode").asText()).containsExactly("LAND_TITLE",
        "LAND_PLANNING_PERMIT", "ENGINEERING_PLANNING_PERMIT", "CONSTRUCTION_PERMIT", "PRESALE_PERMIT",
        "COMPLETION_FILING");
    assertThat(chain.get("permitNodes")).allSatisfy(n -> assertThat(n.get("category").asText()).isEqualTo("PERMIT"));
    assertThat(http.get("ops.east", "/api/v1/projects/GZ01/certificate-chain").status()).isEqualTo(404);
    assertThat(http.post("office.gz01", "/api/v1/certificates/sweeps", Map.of("regionCode", "SOUTH")).status())
        .isEqualTo(403);
    assertThat(http.post("ops.east", "/api/v1/certificates/sweeps", Map.of("regionCode", "SOUTH")).status())
        .isEqualTo(403);
  }
}
