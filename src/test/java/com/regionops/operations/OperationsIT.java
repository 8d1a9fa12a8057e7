package com.regionops.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Health for everyone, details and metrics for camunda-admin only. */
@RegionOpsIT
class OperationsIT {

  @LocalServerPort
  int port;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void anyoneSeesWhetherTheAppIsUpButOnlyAdminsSeeTheComponents() {
    JsonNode anonymous = http.get(null, "/actuator/health").json();
    assertThat(anonymous.get("status").asText()).isEqualTo("UP");
    assertThat(anonymous.has("components")).isFalse();
    assertThat(http.get("ops.south", "/actuator/health").json().has("components")).isFalse();

    JsonNode admin = http.get("admin", "/actuator/health").json();
    assertThat(admin.get("status").asText()).isEqualTo("UP");
    JsonNode components = admin.get("components");
    assertThat(components.get("db").get("status").asText()).isEqualTo("UP");
    assertThat(components.get("processEngine").get("status").asText()).isEqualTo("UP");
    // The job executor's component is checked in StartupIT: the shared test context runs without it.
    assertThat(components.get("incidents").get("details").get("open").isNumber()).isTrue();
  }

  @Test
  void metricsAreForAdminsOnly() {
    assertThat(http.get(null, "/actuator/prometheus").status()).isEqualTo(401);
    assertThat(http.get(null, "/actuator/health/db").status()).isEqualTo(401);
    Http.Response officer = http.get("ops.south", "/actuator/prometheus");
    assertThat(officer.status()).isEqualTo(403);
    assertThat(officer.contentType()).startsWith("application/problem+json");
    assertThat(http.get("ops.south", "/actuator/metrics").status()).isEqualTo(403);
  }

  @Test
  void prometheusShowsTheEngineAndOurApi() {
    assertThat(http.get("ops.south", "/api/v1/regions").status()).isEqualTo(200);

    Http.Response scrape = http.get("admin", "/actuator/prometheus");
    assertThat(scrape.status()).isEqualTo(200);
    assertThat(scrape.raw())
        .contains("regionops_incidents_open")
        .contains("regionops_jobs_due")
        .contains("regionops_jobs_acquisition_total{application=\"regionops\",outcome=\"acquired\"}")
        .containsPattern("http_server_requests_seconds_bucket\\{.*uri=\"/api/v1/regions\"");
  }
}
