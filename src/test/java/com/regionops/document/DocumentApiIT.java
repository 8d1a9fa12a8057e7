package com.regionops.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.support.FreshProject;
import com.regionops.support.Http;
import com.regionops.support.Multipart;
import com.regionops.support.RegionOpsIT;
import com.regionops.support.WebappSession;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Files through /api/v1 as the department's users: upload in a task, read by role and region, refusals named. */
@RegionOpsIT
class DocumentApiIT {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
  static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  /** A fresh project whose kickoff waits for its office's materials; the open task's id. */
  record Kickoff(FreshProject project, String taskId, String businessKey) {
  }

  Kickoff awaitingMaterials(String prefix) {
    FreshProject project = FreshProject.create(http, prefix, "资料测试项目");
    Http.Response started = http.post(project.office(), "/api/v1/projects/" + project.code() + "/gate-reviews",
        Map.of("gateCode", "PROJECT_KICKOFF", "plannedMeetingDate", TODAY.plusDays(7).toString(),
            "declarations", Map.of("targetConstructionStart", TODAY.plusDays(60).toString(),
                "targetFirstOpening", TODAY.plusDays(300).toString(), "targetHandover", TODAY.plusDays(900).toString(),
                "targetSales", 150000, "targetNetProfit", 9000)));
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    String key = project.code() + ":PROJECT_KICKOFF:1";
    return new Kickoff(project, taskOf(project.office(), key, "UserTask_SubmitMaterials"), key);
  }

  String taskOf(String user, String businessKey, String taskKey) {
    JsonNode tasks = http.get(user, "/engine-rest/task?processInstanceBusinessKey="
        + URLEncoder.encode(businessKey, StandardCharsets.UTF_8) + "&taskDefinitionKey=" + taskKey).json();
    assertThat(tasks).as(user + " sees " + taskKey).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  Http.Response upload(String user, Multipart body) {
    return http.sendBytes("POST", user, "/api/v1/documents", body.bytes(), body.headers(), Duration.ofSeconds(60));
  }

  static Multipart material(Kickoff kickoff, String slot, String name, byte[] content) {
    return new Multipart().field("projectCode", kickoff.project().code()).field("taskId", kickoff.taskId())
        .field("slot", slot).file(name, "application/pdf", content);
  }

  record Download(int status, Map<String, String> headers, byte[] body) {
  }

  Download download(String user, long id, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/api/v1/documents/" + id + "/content")).header("Authorization", "Basic " + Base64.getEncoder()
        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    headers.forEach(request::header);
    try {
      HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(),
          HttpResponse.BodyHandlers.ofByteArray());
      Map<String, String> found = new HashMap<>();
      response.headers().map().forEach((k, v) -> found.put(k.toLowerCase(), v.get(0)));
      return new Download(response.statusCode(), found, response.body());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] pdf(String marker) {
    return (new String(PDF, StandardCharsets.ISO_8859_1) + "% " + marker + "\n").getBytes(StandardCharsets.ISO_8859_1);
  }

  int rows(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
  }

  @Test
  void theOfficeUploadsInItsTaskAndANewUploadOfTheSameNameIsTheNextVersion() {
    Kickoff kickoff = awaitingMaterials("DU");
    String office = kickoff.project().office();

    Http.Response first = upload(office, material(kickoff, "土地出让合同", "土地出让合同（扫描件）.pdf", pdf("v1")));

    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    JsonNode v1 = first.json();
    assertThat(v1.get("fileName").asText()).isEqualTo("土地出让合同（扫描件）.pdf");
    assertThat(v1.get("mediaType").asText()).isEqualTo("application/pdf");
    assertThat(v1.get("size").asLong()).isEqualTo(pdf("v1").length);
    assertThat(v1.get("sha256").asText()).hasSize(64);
    assertThat(v1.get("version").asInt()).isEqualTo(1);
    assertThat(v1.get("kind").asText()).isEqualTo("MATERIAL");
    assertThat(v1.get("ownerType").asText()).isEqualTo("GATE_REVIEW");

    JsonNode v2 = upload(office, material(kickoff, "土地出让合同", "土地出让合同（扫描件）.pdf", pdf("v2"))).json();
    assertThat(v2.get("version").asInt()).isEqualTo(2);
    assertThat(v2.get("chainId").asLong()).isEqualTo(v1.get("id").asLong());
    assertThat(http.get(office, "/api/v1/documents/" + v2.get("id").asText() + "/versions").json())
        .extracting(d -> d.get("version").asInt()).containsExactly(2, 1);
    assertThat(download(office, v1.get("id").asLong(), Map.of()).body()).as("the old version stays readable")
        .isEqualTo(pdf("v1"));

    JsonNode files = http.get(office, "/api/v1/tasks/" + kickoff.taskId() + "/documents").json();
    assertThat(files.get("mayUpload").asBoolean()).isTrue();
    JsonNode slot = null;
    for (JsonNode s : files.get("slots")) {
      slot = s.get("name").asText().equals("土地出让合同") ? s : slot;
    }
    assertThat(slot.get("mandatory").asBoolean()).isTrue();
    assertThat(slot.get("documents")).singleElement()
        .satisfies(d -> assertThat(d.get("versions")).hasSize(2));
    assertThat(http.get("president.south", "/api/v1/tasks/" + kickoff.taskId() + "/documents").json()
        .get("mayUpload").asBoolean()).as("the president reads, does not upload here").isFalse();
  }

  @Test
  void theSameContentTwiceInAProjectIsStoredOnce() {
    Kickoff kickoff = awaitingMaterials("DD");
    String office = kickoff.project().office();
    byte[] content = pdf("same");

    JsonNode a = upload(office, material(kickoff, "土地出让合同", "合同.pdf", content)).json();
    JsonNode b = upload(office, material(kickoff, "项目运营目标书（草案）", "目标书附件.pdf", content)).json();

    assertThat(a.get("id").asLong()).isNotEqualTo(b.get("id").asLong());
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ro_document_content WHERE scope = ? AND sha256 = ?",
        Integer.class, kickoff.project().code(), a.get("sha256").asText())).isEqualTo(1);
  }

  @Test
  void theFileComesBackWithItsChineseNameItsHashAsETagAndAnsweredRanges() {
    Kickoff kickoff = awaitingMaterials("DR");
    byte[] content = pdf("range");
    JsonNode doc = upload(kickoff.project().office(), material(kickoff, "土地出让合同", "土地出让合同.pdf", content)).json();
    long id = doc.get("id").asLong();
    String etag = "\"" + doc.get("sha256").asText() + "\"";

    Download whole = download("ops.south", id, Map.of());
    assertThat(whole.status()).isEqualTo(200);
    assertThat(whole.body()).isEqualTo(content);
    assertThat(whole.headers().get("etag")).isEqualTo(etag);
    assertThat(whole.headers().get("content-type")).startsWith("application/pdf");
    assertThat(whole.headers().get("content-disposition"))
        .isEqualTo("inline; filename=\"______.pdf\"; filename*=UTF-8''%E5%9C%9F%E5%9C%B0%E5%87%BA%E8%AE%A9%E5%90%88%E5%90%8C.pdf");
    assertThat(whole.headers().get("accept-ranges")).isEqualTo("bytes");

    Download part = download("ops.south", id, Map.of("Range", "bytes=2-9"));
    assertThat(part.status()).isEqualTo(206);
    assertThat(part.headers().get("content-range")).isEqualTo("bytes 2-9/" + content.length);
    assertThat(part.body()).isEqualTo(java.util.Arrays.copyOfRange(content, 2, 10));

    assertThat(download("ops.south", id, Map.of("If-None-Match", etag)).status()).isEqualTo(304);
    Download beyond = download("ops.south", id, Map.of("Range", "bytes=" + content.length + "-"));
    assertThat(beyond.status()).isEqualTo(416);
    assertThat(beyond.headers().get("content-range")).isEqualTo("bytes */" + content.length);
  }

  @Test
  void whoMayReadFollowsWhoMaySeeTheProjectAndEverythingElseIs404() {
    Kickoff kickoff = awaitingMaterials("DW");
    long id = upload(kickoff.project().office(), material(kickoff, "土地出让合同", "合同.pdf", pdf("who"))).json()
        .get("id").asLong();

    for (String reader : new String[] {"ops.south", "president.south", "design.south", "groupops", "admin"}) {
      assertThat(http.get(reader, "/api/v1/documents/" + id).status()).as(reader).isEqualTo(200);
      assertThat(download(reader, id, Map.of()).status()).as(reader).isEqualTo(200);
    }
    for (String stranger : new String[] {"office.gz01", "ops.east", "president.east", "office.sh01"}) {
      Http.Response refused = http.get(stranger, "/api/v1/documents/" + id);
      assertThat(refused.status()).as(stranger).isEqualTo(404);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(download(stranger, id, Map.of()).status()).as(stranger).isEqualTo(404);
      assertThat(http.get(stranger, "/api/v1/projects/" + kickoff.project().code() + "/archive").status())
          .as(stranger).isEqualTo(404);
    }
    assertThat(http.get("ops.south", "/api/v1/documents/999999999").status()).isEqualTo(404);
  }

  @Test
  void whoMayUploadIsWhoMayActOnTheTaskOrRegionOps() {
    Kickoff kickoff = awaitingMaterials("DP");

    assertThat(upload("ops.south", material(kickoff, "土地出让合同", "区域代传.pdf", pdf("ops"))).status())
        .as("region-ops of the region").isEqualTo(201);
    Http.Response president = upload("president.south", material(kickoff, "土地出让合同", "总裁.pdf", pdf("p")));
    assertThat(president.status()).as(president.toString()).isEqualTo(403);
    assertThat(president.json().get("detail").asText()).contains("提交上会资料");
    assertThat(upload("office.gz01", material(kickoff, "土地出让合同", "邻居.pdf", pdf("n"))).status())
        .as("another project's office does not see the project").isEqualTo(404);
    assertThat(upload("ops.east", material(kickoff, "土地出让合同", "外区.pdf", pdf("e"))).status()).isEqualTo(404);
    Http.Response noTask = upload("office.gz01", new Multipart().field("projectCode", "GZ01").field("kind", "OTHER")
        .field("ownerType", "PROJECT").file("a.pdf", "application/pdf", pdf("x")));
    assertThat(noTask.status()).as("an office uploads within its tasks only").isEqualTo(403);
    Http.Response direct = upload("ops.south", new Multipart().field("projectCode", kickoff.project().code())
        .field("kind", "OTHER").field("ownerType", "PROJECT").file("项目说明.pdf", "application/pdf", pdf("d")));
    assertThat(direct.status()).as(direct.toString()).isEqualTo(201);
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndLeavesNothingBehind() {
    Kickoff kickoff = awaitingMaterials("DB");
    String office = kickoff.project().office();
    int documents = rows("ro_document");
    int contents = rows("ro_document_content");

    Http.Response noFile = upload(office, new Multipart().field("projectCode", kickoff.project().code())
        .field("taskId", kickoff.taskId()).field("slot", "土地出让合同"));
    Http.Response empty = upload(office, material(kickoff, "土地出让合同", "空.pdf", new byte[0]));
    Http.Response exe = upload(office, material(kickoff, "土地出让合同", "可研报告.pdf", EXE));
    Http.Response page = upload(office, material(kickoff, "土地出让合同", "说明.html",
        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
    Http.Response badSlot = upload(office, material(kickoff, "不存在的资料", "a.pdf", pdf("s")));
    Http.Response otherProject = upload(office, new Multipart().field("projectCode", "GZ01")
        .field("taskId", kickoff.taskId()).field("slot", "土地出让合同").file("a.pdf", "application/pdf", pdf("p")));
    Http.Response badKind = upload("ops.south", new Multipart().field("projectCode", kickoff.project().code())
        .field("kind", "SECRET").field("ownerType", "PROJECT").file("a.pdf", "application/pdf", pdf("k")));
    Http.Response fakeMinutes = upload("ops.south", new Multipart().field("projectCode", kickoff.project().code())
        .field("kind", "MINUTES").field("ownerType", "PROJECT").file("纪要.pdf", "application/pdf", pdf("f")));
    Http.Response notMultipart = http.post(office, "/api/v1/documents", Map.of("file", "x"));

    assertProblem(noFile, 400, "file");
    assertProblem(empty, 400, "file");
    assertProblem(exe, 415, "file");
    assertProblem(page, 415, "file");
    assertProblem(badSlot, 400, "slot");
    assertProblem(otherProject, 400, "projectCode");
    assertProblem(badKind, 400, "kind");
    assertProblem(fakeMinutes, 400, "kind");
    assertThat(notMultipart.status()).isEqualTo(415);
    assertThat(rows("ro_document")).isEqualTo(documents);
    assertThat(rows("ro_document_content")).isEqualTo(contents);

    Http.Response byTaskAlone = upload(office, new Multipart().field("taskId", kickoff.taskId())
        .field("slot", "土地出让合同").file("只凭任务.pdf", "application/pdf", pdf("only-task")));
    assertThat(byTaskAlone.status()).as("the task names the project: " + byTaskAlone).isEqualTo(201);
    assertThat(byTaskAlone.json().get("projectCode").asText()).isEqualTo(kickoff.project().code());
    Http.Response traversal = upload(office, material(kickoff, "土地出让合同", "../../etc/土地出让合同.pdf", pdf("t")));
    assertThat(traversal.status()).isEqualTo(201);
    assertThat(traversal.json().get("fileName").asText()).isEqualTo("土地出让合同.pdf");
    Http.Response windows = upload(office, material(kickoff, "土地出让合同", "C:\\\\Users\\\\张三\\\\合同.pdf", pdf("w")));
    assertThat(windows.json().get("fileName").asText()).isEqualTo("合同.pdf");
  }

  @Test
  void aFileOfExactlyTheLimitIsTaken() {
    Kickoff kickoff = awaitingMaterials("DE");
    byte[] limit = new byte[50 * 1024 * 1024];
    System.arraycopy(PDF, 0, limit, 0, PDF.length);

    Http.Response taken = upload(kickoff.project().office(), material(kickoff, "土地出让合同", "整50兆图纸.pdf", limit));

    assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
    assertThat(taken.json().get("size").asLong()).isEqualTo(limit.length);
  }

  @Test
  void aFileOverTheLimitIs413AndStoresNothing() {
    Kickoff kickoff = awaitingMaterials("DL");
    int documents = rows("ro_document");
    byte[] big = new byte[50 * 1024 * 1024 + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);

    Http.Response refused = upload(kickoff.project().office(), material(kickoff, "土地出让合同", "超大图纸.pdf", big));

    assertProblem(refused, 413, "file");
    assertThat(rows("ro_document")).isEqualTo(documents);
  }

  @Test
  void anUploadThatBreaksOffLeavesNoRowAndNoContent() throws Exception {
    Kickoff kickoff = awaitingMaterials("DA");
    int documents = rows("ro_document");
    int contents = rows("ro_document_content");
    int chunks = rows("ro_document_chunk");
    Multipart body = material(kickoff, "土地出让合同", "中断.pdf", new byte[4 * 1024 * 1024]);
    byte[] bytes = body.bytes();

    try (Socket socket = new Socket("localhost", port)) {
      OutputStream out = socket.getOutputStream();
      String auth = Base64.getEncoder().encodeToString((kickoff.project().office() + ":demo").getBytes(StandardCharsets.UTF_8));
      out.write(("POST /api/v1/documents HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
          + "\r\nContent-Type: " + body.contentType() + "\r\nContent-Length: " + bytes.length + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.write(bytes, 0, bytes.length / 3);
      out.flush();
    }
    Thread.sleep(500);

    assertThat(rows("ro_document")).isEqualTo(documents);
    assertThat(rows("ro_document_content")).isEqualTo(contents);
    assertThat(rows("ro_document_chunk")).isEqualTo(chunks);
  }

  @Test
  void aFileGoesWithItsCompletedTaskAndOnlyANewVersionChangesIt() {
    Kickoff kickoff = awaitingMaterials("DX");
    String office = kickoff.project().office();
    long mistaken = upload(office, material(kickoff, "土地出让合同", "错传.pdf", pdf("m"))).json().get("id").asLong();
    assertThat(http.send("DELETE", "president.south", "demo", "/api/v1/documents/" + mistaken, null).status())
        .as("not the president's task").isEqualTo(403);
    assertThat(http.send("DELETE", office, "demo", "/api/v1/documents/" + mistaken, null).status()).isEqualTo(204);
    assertThat(http.get(office, "/api/v1/documents/" + mistaken).status()).isEqualTo(404);

    long kept = upload(office, material(kickoff, "土地出让合同", "土地出让合同.pdf", pdf("k"))).json().get("id").asLong();
    Http.Response submitted = http.post(office, "/engine-rest/task/" + kickoff.taskId() + "/complete",
        Map.of("variables", Map.of("material1Reference", Map.of("value", "OA-1"),
            "material3Reference", Map.of("value", "OA-3"), "material4Reference", Map.of("value", "OA-4"))));
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(204);

    Http.Response refused = http.send("DELETE", "ops.south", "demo", "/api/v1/documents/" + kept, null);
    assertProblem(refused, 409, "id");
    assertThat(refused.json().get("detail").asText()).contains("新版本");
    String review = taskOf("ops.south", kickoff.businessKey(), "UserTask_ReviewMaterials");
    Http.Response next = upload("ops.south", new Multipart().field("projectCode", kickoff.project().code())
        .field("taskId", review).field("slot", "土地出让合同").field("replaces", String.valueOf(kept))
        .file("土地出让合同（补正）.pdf", "application/pdf", pdf("k2")));
    assertThat(next.status()).as(next.toString()).isEqualTo(201);
    assertThat(next.json().get("version").asInt()).isEqualTo(2);
    assertThat(http.get("ops.south", "/api/v1/documents/" + kept).status()).as("the submitted one stays").isEqualTo(200);
  }

  @Test
  void everyUploadAndDownloadIsRecordedForTheAdministrator() {
    Kickoff kickoff = awaitingMaterials("DG");
    long id = upload(kickoff.project().office(), material(kickoff, "土地出让合同", "合同.pdf", pdf("log"))).json()
        .get("id").asLong();
    download("ops.south", id, Map.of());
    download("president.south", id, Map.of("Range", "bytes=0-3"));

    JsonNode log = http.get("admin", "/api/v1/documents/access-log?documentId=" + id).json();

    assertThat(log).extracting(a -> a.get("userId").asText() + " " + a.get("action").asText()).containsExactly(
        "president.south DOWNLOAD", "ops.south DOWNLOAD", kickoff.project().office() + " UPLOAD");
    assertThat(log.get(0).get("byteRange").asText()).isEqualTo("0-3");
    assertThat(http.get("ops.south", "/api/v1/documents/access-log?documentId=" + id).status()).isEqualTo(403);
    assertProblem(http.get("admin", "/api/v1/documents/access-log?limit=0"), 400, "limit");
  }

  @Test
  void theArchiveListsTheFileUnderItsGateRoundWithItsVersions() {
    Kickoff kickoff = awaitingMaterials("DC");
    String office = kickoff.project().office();
    upload(office, material(kickoff, "土地出让合同", "土地出让合同.pdf", pdf("a1")));
    upload(office, material(kickoff, "土地出让合同", "土地出让合同.pdf", pdf("a2")));

    JsonNode archive = http.get("groupops", "/api/v1/projects/" + kickoff.project().code() + "/archive").json();

    assertThat(archive.get("fileCount").asInt()).isEqualTo(1);
    JsonNode round = archive.get("gateRounds").get(0);
    assertThat(round.get("gateCode").asText()).isEqualTo("PROJECT_KICKOFF");
    assertThat(round.get("gateName").asText()).isEqualTo("项目启动会");
    assertThat(round.get("roundNo").asInt()).isEqualTo(1);
    assertThat(round.get("materials")).singleElement().satisfies(m -> {
      assertThat(m.get("slot").asText()).isEqualTo("土地出让合同");
      assertThat(m.get("documents")).singleElement().satisfies(d -> {
        assertThat(d.get("version").asInt()).isEqualTo(2);
        assertThat(d.get("versions")).extracting(v -> v.get("version").asInt()).containsExactly(2, 1);
      });
    });
  }

  @Test
  void everyDemoProjectHasItsPassedGatesMaterialsAndACertificateScan() {
    for (String project : new String[] {"GZ01", "GZ02", "SZ01", "SH01", "HZ01", "NJ01"}) {
      JsonNode archive = http.get("groupops", "/api/v1/projects/" + project + "/archive").json();
      // the gates passed before RegionOps, each a closed round with its files; the last gate is the demo's
      // lived history (DemoHistory), whose materials were given by reference
      JsonNode rounds = archive.get("gateRounds");
      String lived = rounds.get(rounds.size() - 1).get("gateCode").asText();
      List<JsonNode> imported = new java.util.ArrayList<>();
      rounds.forEach(r -> {
        if (!r.get("gateCode").asText().equals(lived)) {
          imported.add(r);
        }
      });
      assertThat(imported).as(project).isNotEmpty().allSatisfy(round -> {
        assertThat(round.get("status").asText()).isEqualTo("CLOSED");
        assertThat(round.get("materials")).as(project + " " + round.get("gateCode")).isNotEmpty();
      });
      assertThat(archive.get("certificates")).as(project).anySatisfy(c ->
          assertThat(c.get("documents").get(0).get("kind").asText()).isEqualTo("CERTIFICATE_SCAN"));
    }
    JsonNode gz01 = http.get("office.gz01", "/api/v1/projects/GZ01/archive").json();
    long material = gz01.get("gateRounds").get(0).get("materials").get(0).get("documents").get(0).get("id").asLong();
    Download file = download("office.gz01", material, Map.of());
    assertThat(file.status()).isEqualTo(200);
    assertThat(new String(file.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    Http.Response generated = http.send("DELETE", "ops.south", "demo", "/api/v1/documents/" + material, null);
    assertProblem(generated, 409, "id");
    assertThat(generated.json().get("detail").asText()).contains("系统生成");
  }

  @Test
  void theTasklistSessionUploadsWithItsCsrfTokenOnly() {
    Kickoff kickoff = awaitingMaterials("DS");
    WebappSession session = new WebappSession(port);
    session.login(kickoff.project().office(), "demo", "tasklist");
    Multipart body = material(kickoff, "土地出让合同", "会话上传.pdf", pdf("session"));

    Http.Response forged = session.send("POST", "/api/v1/documents", body.bytes(), body.headers(), false);
    Http.Response sent = session.send("POST", "/api/v1/documents", body.bytes(), body.headers(), true);
    Http.Response read = session.get("/api/v1/tasks/" + kickoff.taskId() + "/documents");

    assertThat(forged.status()).isEqualTo(403);
    assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.raw()).contains("会话上传.pdf");
  }

  static void assertProblem(Http.Response response, int status, String field) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
    assertThat(response.json().get("field").asText()).as(response.toString()).isEqualTo(field);
    assertThat(response.json().get("detail").asText()).as("a rule a person can read").doesNotContain("Exception");
  }
}
