package com.regionops.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@RegionOpsIT
class CertificateApiIT {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  @LocalServerPort
  int port;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void expiringWithinDaysKeepsCertificatesEndingBetweenTodayAndTheHorizon() {
    JsonNode all = http.get("groupops", "/api/v1/certificates").json();
    JsonNode expiring = http.get("groupops", "/api/v1/certificates?expiringWithinDays=90").json();

    assertThat(expiring).isNotEmpty();
    expiring.forEach(c -> assertThat(LocalDate.parse(c.get("validUntil").asText())).isBetween(TODAY, TODAY.plusDays(90)));
    long expected = 0;
    for (JsonNode c : all) {
      if (c.hasNonNull("validUntil")) {
        LocalDate until = LocalDate.parse(c.get("validUntil").asText());
        expected += !until.isBefore(TODAY) && !until.isAfter(TODAY.plusDays(90)) ? 1 : 0;
      }
    }
    assertThat(expiring.size()).isEqualTo(expected);
  }

  @Test
  void demoLedgerHoldsEveryTypeFromExpiredToTwoYearsOut() {
    JsonNode all = http.get("groupops", "/api/v1/certificates").json();

    assertThat(all).extracting(c -> c.get("typeCode").asText()).contains("BUSINESS_LICENSE",
        "DEVELOPER_QUALIFICATION", "LAND_TITLE", "LAND_PLANNING_PERMIT", "ENGINEERING_PLANNING_PERMIT",
        "CONSTRUCTION_PERMIT", "PRESALE_PERMIT", "COMPLETION_FILING");
    assertThat(all).filteredOn(c -> c.get("status").asText().equals("EXPIRED")).isNotEmpty();
    assertThat(all).filteredOn(c -> c.hasNonNull("validUntil")
        && LocalDate.parse(c.get("validUntil").asText()).isAfter(TODAY.plusYears(1))).isNotEmpty();
    assertThat(http.get("groupops", "/api/v1/certificates?status=PLANNED").json()).isNotEmpty()
        .allSatisfy(c -> assertThat(c.get("status").asText()).isEqualTo("PLANNED"));
  }

  @Test
  void regionOpsRegistersACertificateAndTheOfficeReadsIt() {
    Map<String, Object> body = certificate("PRESALE_PERMIT", "穗房预字第2026😀001号");

    Http.Response created = http.post("ops.south", "/api/v1/certificates", body);

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonNode c = created.json();
    assertThat(c.get("typeName").asText()).isEqualTo("商品房预售许可证");
    assertThat(c.get("regionCode").asText()).isEqualTo("SOUTH");
    assertThat(c.get("holderCompany").asText()).isEqualTo("广州云璟房地产开发有限公司");
    assertThat(c.get("responsibleGroup").asText()).isEqualTo("office-GZ01");
    assertThat(c.get("status").asText()).isEqualTo("VALID");
    assertThat(http.get("office.gz01", "/api/v1/certificates/" + c.get("id").asText()).json().get("certNo").asText())
        .isEqualTo("穗房预字第2026😀001号");
    assertThat(http.get("office.gz02", "/api/v1/certificates/" + c.get("id").asText()).status()).isEqualTo(404);
    assertThat(http.post("ops.south", "/api/v1/certificates", body).status()).isEqualTo(409);
  }

  @Test
  void invalidCertificatesNameTheFieldAndAddNothing() {
    int before = http.get("ops.south", "/api/v1/certificates").json().size();
    Map<String, Object> noProject = certificate("CONSTRUCTION_PERMIT", "SG-1");
    noProject.remove("projectCode");
    Map<String, Object> backwards = certificate("PRESALE_PERMIT", "YS-2");
    backwards.put("validUntil", TODAY.minusYears(2).toString());
    Map<String, Object> unknownType = certificate("SPACESHIP_LICENSE", "X-3");
    Map<String, Object> badDate = certificate("PRESALE_PERMIT", "YS-4");
    badDate.put("issueDate", "2026-13-01");

    assertThat(field(http.post("ops.south", "/api/v1/certificates", noProject))).isEqualTo("projectCode");
    assertThat(field(http.post("ops.south", "/api/v1/certificates", backwards))).isEqualTo("validUntil");
    assertThat(field(http.post("ops.south", "/api/v1/certificates", unknownType))).isEqualTo("typeCode");
    assertThat(field(http.post("ops.south", "/api/v1/certificates", badDate))).isEqualTo("issueDate");
    assertThat(field(http.get("ops.south", "/api/v1/certificates?expiringWithinDays=-1")))
        .isEqualTo("expiringWithinDays");
    assertThat(http.get("ops.south", "/api/v1/certificates").json().size()).isEqualTo(before);
  }

  @Test
  void plannedCertificateNeedsNoNumberAndIsCompletedByUpdate() {
    Map<String, Object> planned = certificate("COMPLETION_FILING", null);
    planned.remove("issueDate");
    planned.remove("validUntil");

    JsonNode created = http.post("ops.south", "/api/v1/certificates", planned).json();
    Map<String, Object> obtained = certificate("COMPLETION_FILING", "JB-2026-" + created.get("id").asText());
    obtained.remove("validUntil");
    Http.Response updated = http.put("ops.south", "/api/v1/certificates/" + created.get("id").asText(), obtained);

    assertThat(created.get("status").asText()).isEqualTo("PLANNED");
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().get("status").asText()).isEqualTo("VALID");
    assertThat(http.put("ops.east", "/api/v1/certificates/" + created.get("id").asText(), obtained).status())
        .isEqualTo(404);
  }

  private Map<String, Object> certificate(String type, String number) {
    Map<String, Object> body = new HashMap<>();
    body.put("typeCode", type);
    if (number != null) {
      body.put("certNo", number);
    }
    body.put("projectCode", "GZ01");
    body.put("issueDate", TODAY.minusDays(10).toString());
    body.put("validUntil", TODAY.plusYears(2).toString());
    return body;
  }

  private static String field(Http.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    return response.json().get("field").asText();
  }
}
