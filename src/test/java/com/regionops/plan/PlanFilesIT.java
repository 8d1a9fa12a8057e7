package com.regionops.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.regionops.operating.TargetRow;
import com.regionops.operating.TargetWorkbook;
import com.regionops.platform.sheet.SheetReader;
import com.regionops.platform.web.Downloads;
import com.regionops.support.FreshProject;
import com.regionops.support.Http;
import com.regionops.support.Multipart;
import com.regionops.support.RegionOpsIT;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The department's files over HTTP: the plan in and out as .xlsx and MS Project XML, and the other lists as .xlsx. */
@RegionOpsIT
class PlanFilesIT {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  @LocalServerPort
  int port;

  @org.springframework.beans.factory.annotation.Autowired
  com.regionops.risk.RiskCheckService checks;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  String projectFromTemplate(String prefix) {
    String code = FreshProject.create(http, prefix, "计划文件测试项目").code();
    Http.Response applied = http.post("ops.south", "/api/v1/projects/" + code + "/plan/from-template",
        Map.of("apply", true, "anchors", Map.of("LAND_ACQUIRED", TODAY.minusDays(40).toString(),
            "CONSTRUCTION_START", TODAY.plusDays(120).toString(), "FIRST_OPENING", TODAY.plusDays(400).toString(),
            "HANDOVER", TODAY.plusDays(1000).toString())));
    assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
    return code;
  }

  Http.Response upload(String user, String path, String name, byte[] content) {
    Multipart body = new Multipart().file(name, "application/octet-stream", content);
    return http.sendBytes("POST", user, path, body.bytes(), body.headers(), Duration.ofSeconds(120));
  }

  static File temp(byte[] content) throws IOException {
    File file = Files.createTempFile("plan-files-it", ".bin").toFile();
    file.deleteOnExit();
    Files.write(file.toPath(), content);
    return file;
  }

  static PlanDocument json(Http.Response response) throws IOException {
    return JSON.readValue(response.raw(), PlanDocument.class);
  }

  @Test
  void thePlanGoesOutAsXlsxAndComesBackUnchangedPreviewFirst() throws IOException {
    String code = projectFromTemplate("PX");
    String plan = "/api/v1/projects/" + code + "/plan";
    PlanDocument before = json(http.get("ops.south", plan));

    byte[] xlsx = http.bytes(fresh(code), plan + ".xlsx");
    byte[] byAccept = http.bytes("ops.south", plan, Map.of("Accept", Downloads.XLSX));
    PlanWorkbook.Parsed read = PlanWorkbook.read(temp(xlsx));
    assertThat(read.errors()).isEmpty();
    assertThat(read.plan()).isEqualTo(before);
    assertThat(PlanWorkbook.read(temp(byAccept)).plan()).as("Accept gives the same workbook").isEqualTo(before);
    assertThat(http.get("ops.south", plan).contentType()).as("JSON stays the default").startsWith("application/json");

    Http.Response preview = upload("ops.south", plan + "/imports", "计划.xlsx", xlsx);
    assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
    JsonNode answer = preview.json();
    assertThat(answer.get("format").asText()).isEqualTo("XLSX");
    assertThat(answer.get("applied").asBoolean()).isFalse();
    assertThat(answer.get("preview").get("unchanged").asInt()).isEqualTo(before.nodes().size());
    assertThat(answer.get("preview").get("created").asInt() + answer.get("preview").get("deleted").asInt()).isZero();

    Http.Response applied = upload("ops.south", plan + "/imports?apply=true", "计划.xlsx", xlsx);
    assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
    assertThat(applied.json().get("result").get("updated").asInt()).isEqualTo(before.nodes().size());
    assertThat(json(http.get("ops.south", plan))).as("export → import gives the same plan").isEqualTo(before);
  }

  String newRegion(String prefix) {
    String region = prefix + Long.toString(System.nanoTime() % 46656, 36).toUpperCase();
    assertThat(http.post("admin", "/api/v1/regions", Map.of("code", region, "name", "文件测试区域" + region)).status())
        .isEqualTo(201);
    return region;
  }

  String newProject(String region) {
    String project = region + "P1";
    Http.Response made = http.post("admin", "/api/v1/projects", Map.of("code", project, "name", "文件测试项目",
        "regionCode", region, "companyName", "文件测试置业有限公司"));
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    return project;
  }

  /** The office of the fresh project (it reads the plan too). */
  static String fresh(String code) {
    return "office." + code.toLowerCase();
  }

  @Test
  void thePlanGoesOutAsMsProjectXmlAndReadsBackAsTheSameNodesAndDependencies() throws IOException {
    String code = projectFromTemplate("PM");
    String plan = "/api/v1/projects/" + code + "/plan";
    PlanDocument before = json(http.get("ops.south", plan));

    byte[] xml = http.bytes("ops.south", plan + ".xml");
    assertThat(new String(xml, 0, 400, StandardCharsets.UTF_8)).contains("schemas.microsoft.com/project");
    Http.Response preview = upload("ops.south", plan + "/imports", "计划.xml", xml);

    assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
    assertThat(preview.json().get("format").asText()).isEqualTo("MSPDI");
    assertThat(preview.json().get("preview").get("created").asInt()).isZero();
    assertThat(preview.json().get("preview").get("deleted").asInt()).isZero();
    PlanDocument read = JSON.treeToValue(preview.json().get("plan"), PlanDocument.class);
    assertThat(read.nodes()).extracting(PlanNodeRequest::nodeCode, PlanNodeRequest::nodeLevel,
        PlanNodeRequest::category, PlanNodeRequest::plannedFinish)
        .containsExactlyInAnyOrderElementsOf(before.nodes().stream().map(n -> org.assertj.core.groups.Tuple.tuple(
            n.nodeCode(), n.nodeLevel(), n.category(), n.plannedFinish())).toList());
    assertThat(read.dependencies()).containsExactlyInAnyOrderElementsOf(before.dependencies());
  }

  @Test
  void badFilesAreRefusedByCellAndWriteNothing() throws IOException {
    String code = projectFromTemplate("PB");
    String imports = "/api/v1/projects/" + code + "/plan/imports?apply=true";
    PlanDocument before = json(http.get("ops.south", "/api/v1/projects/" + code + "/plan"));

    Http.Response text = upload("ops.south", imports, "plan.xlsx", "节点编码,节点名称\nA,甲\n".getBytes(StandardCharsets.UTF_8));
    assertThat(text.status()).as("not a spreadsheet").isEqualTo(415);
    assertThat(text.json().get("field").asText()).isEqualTo("file");

    List<PlanNodeRequest> nodes = new ArrayList<>(before.nodes());
    PlanNodeRequest first = nodes.get(3);
    nodes.set(3, new PlanNodeRequest(first.nodeCode(), first.name(), first.nodeLevel(), first.category(),
        first.ownerGroup(), first.baselineStart(), first.baselineFinish(), first.plannedFinish().plusDays(5),
        first.plannedFinish(), first.actualStart(), first.actualFinish(), first.progressPct()));
    ByteArrayOutputStream backwards = new ByteArrayOutputStream();
    PlanWorkbook.write(new PlanDocument(nodes, before.dependencies()), code, backwards);
    Http.Response refused = upload("ops.south", imports, "计划.xlsx", backwards.toByteArray());
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().get("field").asText()).as("the planned finish of the fourth node: row 5, column I")
        .isEqualTo("计划节点!I5");
    assertThat(refused.json().get("detail").asText()).contains("计划完成不能早于计划开始");

    List<PlanDependency> cyclic = new ArrayList<>(before.dependencies());
    PlanDependency d = cyclic.get(0);
    cyclic.add(new PlanDependency(d.successor(), d.predecessor(), 0));
    ByteArrayOutputStream cycle = new ByteArrayOutputStream();
    PlanWorkbook.write(new PlanDocument(before.nodes(), cyclic), code, cycle);
    Http.Response loop = upload("ops.south", imports, "计划.xlsx", cycle.toByteArray());
    assertThat(loop.status()).isEqualTo(400);
    assertThat(loop.json().get("field").asText()).isEqualTo("依赖关系");
    assertThat(loop.json().get("detail").asText()).contains("循环");

    assertThat(upload(fresh(code), imports, "计划.xlsx", cycle.toByteArray()).status())
        .as("an office does not import plans").isEqualTo(403);
    assertThat(json(http.get("ops.south", "/api/v1/projects/" + code + "/plan"))).as("nothing written")
        .isEqualTo(before);
  }

  @Test
  void theLedgerTheRankingAndTheReportComeAsXlsxBesideTheirJson() throws IOException {
    byte[] ledger = http.bytes("ops.south", "/api/v1/certificates.xlsx?status=VALID");
    try (SheetReader reader = SheetReader.open(temp(ledger))) {
      SheetReader.Table table = reader.table("证照台账", List.of("证照类型", "证照编号", "状态"), List.of());
      int valid = http.get("ops.south", "/api/v1/certificates?status=VALID").json().size();
      assertThat(table.rows()).as("filtered as the API filters").hasSize(valid);
      assertThat(table.rows()).allSatisfy(r -> assertThat(r.text("状态")).isEqualTo("有效"));
    }
    String month = YearMonth.from(TODAY).minusMonths(1).toString();
    byte[] kpi = http.bytes("ops.south", "/api/v1/kpi?period=" + month, Map.of("Accept", Downloads.XLSX));
    try (SheetReader reader = SheetReader.open(temp(kpi))) {
      SheetReader.Table table = reader.table("考核排名", List.of("排名", "项目编码", "填报及时率(%)", "计划管理行为"),
          List.of());
      assertThat(table.rows()).hasSize(http.get("ops.south", "/api/v1/kpi?period=" + month).json().get("projects").size());
    }
    // a region of its own, so that this check is nobody else's previous one
    String region = newRegion("RX");
    String project = newProject(region);
    http.put("admin", "/api/v1/projects/" + project + "/plan-nodes/LATE", Map.of("nodeCode", "LATE",
        "name", "主体结构封顶", "nodeLevel", "L1", "category", "CONSTRUCTION",
        "plannedFinish", TODAY.minusDays(20).toString()));
    checks.check(region, TODAY, null, "test");
    byte[] report = http.bytes("groupops", "/api/v1/risk/checks/" + TODAY + ".xlsx?regionCode=" + region);
    try (SheetReader reader = SheetReader.open(temp(report))) {
      assertThat(List.of("等级分布", "红橙节点", "较上期变化", "数据质量问题")).allMatch(reader::hasSheet);
      SheetReader.Table quality = reader.table("数据质量问题", List.of("项目编码", "问题", "节点编码"), List.of());
      assertThat(quality.rows()).singleElement().satisfies(r -> {
        assertThat(r.text("问题")).isEqualTo("缺少状态更新");
        assertThat(r.text("节点编码")).isEqualTo("LATE");
      });
    }
  }

  @Test
  void aTargetSplitComesInFromXlsxAsADraftVersionAndBadCellsAreNamed() throws IOException {
    String region = newRegion("TX");
    String project = newProject(region);
    int year = TODAY.getYear() + 1;
    Map<String, BigDecimal> targets = new LinkedHashMap<>();
    List<TargetRow> rows = new ArrayList<>();
    for (com.regionops.operating.Metric metric : com.regionops.operating.Metric.values()) {
      targets.put(metric.name(), new BigDecimal("1200.00"));
      for (int m = 1; m <= 12; m++) {
        rows.add(new TargetRow(project, year, m, metric, new BigDecimal("100.00")));
      }
    }
    String imports = "/api/v1/regions/" + region + "/target-decompositions/imports?year=" + year;

    Map<String, BigDecimal> wrong = new LinkedHashMap<>(targets);
    wrong.put("SALES", new BigDecimal("1300.00"));
    Http.Response refused = upload("admin", imports, "目标分解.xlsx", TargetWorkbook.write("t", wrong, rows));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().get("field").asText()).as("the region's sales target").isEqualTo("区域目标!B2");
    assertThat(http.get("admin", "/api/v1/regions/" + region + "/target-decompositions?year=" + year).json())
        .as("nothing written").isEmpty();

    Http.Response created = upload("admin", imports, "目标分解.xlsx", TargetWorkbook.write("t", targets, rows));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    int version = created.json().get("versionNo").asInt();
    byte[] back = http.bytes("admin", "/api/v1/regions/" + region + "/target-decompositions/" + year + "/" + version
        + ".xlsx");
    TargetWorkbook.Parsed read = TargetWorkbook.read(temp(back), year);
    assertThat(read.errors()).isEmpty();
    assertThat(read.draft().projects()).hasSize(com.regionops.operating.Metric.values().length);
    assertThat(read.draft().regionTargets()).hasSize(targets.size());
  }
}
