package com.regionops.partner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.platform.engine.EngineTime;
import com.regionops.support.FreshProject;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 合作方管理 over HTTP as the demo users: region-ops records a project's partners, the office reads them, the
 * refusals name the field; the project's figures in 权益口径 and 并表口径, computed by hand.
 */
@RegionOpsIT
class PartnershipApiIT {

  @LocalServerPort
  int port;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  static Map<String, Object> joint(Object... shares) {
    return Map.of("mode", "JOINT", "consolidated", true, "partners", List.of(
        Map.of("name", "深圳前海投资控股有限公司", "sharePct", shares[0], "role", "联合操盘方"),
        Map.of("name", "华润置地（深圳）有限公司", "sharePct", shares[1], "role", "财务投资方")));
  }

  String field(Http.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    return response.json().get("field").asText();
  }

  @Test
  void regionOpsRecordsThePartnersAndTheFiguresFollowInEachBasis() {
    FreshProject project = FreshProject.create(http, "PT", "合作项目");
    String path = "/api/v1/projects/" + project.code() + "/partnership";
    JsonNode alone = http.get(project.office(), path).json();
    assertThat(alone.get("mode").asText()).isEqualTo("INDEPENDENT");
    assertThat(alone.get("ourSharePct").decimalValue()).isEqualByComparingTo("100");

    assertThat(http.put(project.office(), path, joint(30, 19)).status()).as("the office reads, region-ops writes")
        .isEqualTo(403);
    assertThat(http.put("ops.east", path, joint(30, 19)).status()).as("another region").isEqualTo(404);
    Http.Response set = http.put("ops.south", path, joint(30, 19));
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    assertThat(set.json().get("ourSharePct").decimalValue()).isEqualByComparingTo("51.00");
    assertThat(set.json().get("modeName").asText()).isEqualTo("联合操盘");
    assertThat(http.get(project.office(), path).json().get("partners")).hasSize(2);

    // an actual of this month: 1,234.56 万元 of sales
    int year = EngineTime.today().getYear();
    int month = EngineTime.today().getMonthValue();
    Http.Response actual = http.put(project.office(), "/api/v1/projects/" + project.code() + "/operating-actuals/"
        + year + "/" + month, Map.of("SALES", 1234.56));
    assertThat(actual.status()).as(actual.toString()).isEqualTo(200);
    String targets = "/api/v1/projects/" + project.code() + "/operating-targets?year=" + year;
    assertThat(sales(http.get(project.office(), targets).json(), month)).isEqualByComparingTo("1234.56");
    // 权益口径: 1,234.56 × 51 % = 629.6256 → 629.63
    JsonNode equity = http.get(project.office(), targets + "&basis=EQUITY").json();
    assertThat(equity.get("basisName").asText()).isEqualTo("权益口径");
    assertThat(sales(equity, month)).isEqualByComparingTo("629.63");
    assertThat(sales(http.get(project.office(), targets + "&basis=CONSOLIDATED").json(), month))
        .isEqualByComparingTo("1234.56");
    Map<String, Object> notConsolidated = Map.of("mode", "NOT_OPERATED", "consolidated", false, "partners",
        List.of(Map.of("name", "南京城建置业集团有限公司", "sharePct", 60, "role", "操盘方")));
    assertThat(http.put("ops.south", path, notConsolidated).status()).isEqualTo(200);
    assertThat(sales(http.get(project.office(), targets + "&basis=CONSOLIDATED").json(), month)).isEqualByComparingTo("0");
    // 1,234.56 × 40 % = 493.824 → 493.82
    assertThat(sales(http.get(project.office(), targets + "&basis=EQUITY").json(), month))
        .isEqualByComparingTo("493.82");
    assertThat(field(http.get(project.office(), targets + "&basis=BOOK"))).isEqualTo("basis");

    JsonNode board = http.get("ops.south", "/api/v1/board?regionCode=SOUTH&basis=EQUITY").json();
    assertThat(board.get("basisName").asText()).isEqualTo("权益口径");
    assertThat(field(http.get("ops.south", "/api/v1/board?regionCode=SOUTH&basis=BOOK"))).isEqualTo("basis");
  }

  static java.math.BigDecimal sales(JsonNode file, int month) {
    for (JsonNode metric : file.get("metrics")) {
      if ("SALES".equals(metric.get("metric").asText())) {
        return metric.get("actual").get(month - 1).decimalValue();
      }
    }
    throw new AssertionError("no SALES in " + file);
  }

  @Test
  void badPartnershipsAreRefusedNamingTheFieldAndChangeNothing() {
    FreshProject project = FreshProject.create(http, "PU", "合作项目");
    String path = "/api/v1/projects/" + project.code() + "/partnership";
    assertThat(field(http.put("ops.south", path, joint(60, 40.01)))).as("more than 100 %").isEqualTo("partners");
    assertThat(field(http.put("ops.south", path, joint(60, 40)))).as("nothing left for us").isEqualTo("partners");
    assertThat(field(http.put("ops.south", path, joint(0, 10)))).isEqualTo("partners[0].sharePct");
    assertThat(field(http.put("ops.south", path, joint(10, 10.125)))).isEqualTo("partners[1].sharePct");
    assertThat(field(http.put("ops.south", path, Map.of("mode", "JOINT", "partners", List.of())))).isEqualTo("partners");
    assertThat(field(http.put("ops.south", path, Map.of("mode", "SOLO")))).isEqualTo("mode");
    assertThat(field(http.put("ops.south", path, Map.of("mode", "JOINT", "partners", List.of(
        Map.of("name", "甲", "sharePct", 10), Map.of("name", "甲", "sharePct", 10)))))).isEqualTo("partners[1].name");
    assertThat(field(http.put("ops.south", path, Map.of("mode", "JOINT", "partners", List.of(
        Map.of("sharePct", 10)))))).isEqualTo("partners[0].name");
    JsonNode unchanged = http.get("ops.south", path).json();
    assertThat(unchanged.get("mode").asText()).isEqualTo("INDEPENDENT");
    assertThat(unchanged.get("partners")).isEmpty();
  }

  void approve(String user, String businessKey) {
    JsonNode tasks = http.tasks(user, businessKey);
    assertThat(tasks).as(user + " approves " + businessKey).hasSize(1);
    Http.Response done = http.post(user, "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
        Http.completion(Map.of("partnerMatterReview", "APPROVED")));
    assertThat(done.status()).as(done.toString()).isEqualTo(204);
  }

  @Test
  void sz01sOfficeAsksForACapitalCallWhichTheChainApprovesAndTheArchiveKeeps() {
    Map<String, Object> call = Map.of("kind", "CAPITAL_CALL", "title", "二期增资 " + System.nanoTime(),
        "amount", 1200, "description", "按股比同步增资，用于二期土地款。");
    assertThat(http.post("office.gz01", "/api/v1/projects/SZ01/partner-matters", call).status()).isEqualTo(404);
    assertThat(http.post("president.south", "/api/v1/projects/SZ01/partner-matters", call).status()).isEqualTo(403);
    Http.Response submitted = http.post("office.sz01", "/api/v1/projects/SZ01/partner-matters", call);
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    JsonNode matter = submitted.json().get("matter");
    assertThat(matter.get("approverChain").asText()).isEqualTo("region-ops,region-president");
    long id = matter.get("id").asLong();
    String key = "SZ01:PARTNER-" + id;
    assertThat(http.tasks("ops.east", key)).as("another region's").isEmpty();

    com.regionops.support.Multipart pdf = new com.regionops.support.Multipart().file("股东会材料（二期增资）.pdf",
        "application/pdf", "%PDF-1.7\n% 股东会材料\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Http.Response attached = http.sendBytes("POST", "office.sz01", "/api/v1/partner-matters/" + id + "/documents",
        pdf.bytes(), pdf.headers(), java.time.Duration.ofSeconds(30));
    assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
    approve("ops.south", key);
    approve("president.south", key);

    JsonNode done = http.get("office.sz01", "/api/v1/partner-matters/" + id).json();
    assertThat(done.get("matter").get("status").asText()).isEqualTo("APPROVED");
    assertThat(done.get("approvals")).extracting(a -> a.get("approverGroup").asText())
        .containsExactly("region-ops", "region-president");
    assertThat(done.get("documents")).hasSize(1);
    assertThat(http.get("ops.south", "/api/v1/projects/SZ01/archive").raw()).contains("股东会材料（二期增资）.pdf");
    assertThat(http.get("ops.east", "/api/v1/partner-matters/" + id).status()).isEqualTo(404);
  }

  @Test
  void badPartnerMattersAreRefusedNamingTheField() {
    String path = "/api/v1/projects/SZ01/partner-matters";
    assertThat(field(http.post("office.sz01", path, Map.of("kind", "CAPITAL_CALL", "title", "增资", "amount", -1))))
        .isEqualTo("amount");
    assertThat(field(http.post("office.sz01", path, Map.of("kind", "CAPITAL_CALL", "title", "增资", "amount", 1.005))))
        .isEqualTo("amount");
    assertThat(field(http.post("office.sz01", path, Map.of("kind", "SHAREHOLDER_MOTION", "title", "议案", "amount", 0))))
        .as("a motion names its meeting").isEqualTo("meetingDate");
    assertThat(field(http.post("office.sz01", path, Map.of("kind", "BOARD_MOTION", "title", "议案", "amount", 0,
        "meetingDate", EngineTime.today().minusDays(1).toString())))).isEqualTo("meetingDate");
    assertThat(field(http.post("office.sz01", path, Map.of("kind", "LOAN", "title", "借款", "amount", 0))))
        .isEqualTo("kind");
    assertThat(field(http.post("office.sz01", path, Map.of("kind", "PARTNER_REQUEST", "amount", 0)))).isEqualTo("title");
    assertThat(field(http.post("office.gz01", "/api/v1/projects/GZ01/partner-matters", Map.of("kind",
        "PARTNER_REQUEST", "title", "诉求", "amount", 0)))).as("a project without partners").isEqualTo("projectCode");
  }

  @Test
  void theDemoRunsSz01JointlyAndNj01ThroughItsPartner() {
    JsonNode sz01 = http.get("ops.south", "/api/v1/projects/SZ01/partnership").json();
    assertThat(sz01.get("mode").asText()).isEqualTo("JOINT");
    assertThat(sz01.get("partners")).hasSize(2);
    assertThat(sz01.get("ourSharePct").decimalValue()).isEqualByComparingTo("51");
    JsonNode nj01 = http.get("ops.east", "/api/v1/projects/NJ01/partnership").json();
    assertThat(nj01.get("mode").asText()).isEqualTo("NOT_OPERATED");
    assertThat(nj01.get("consolidated").asBoolean()).isFalse();
  }
}
