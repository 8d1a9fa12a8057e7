package com.regionops.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.demo.DemoSeedDay;
import com.regionops.platform.engine.EngineTime;
import com.regionops.support.Http;
import com.regionops.support.Multipart;
import com.regionops.support.RegionOpsIT;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 知识库 over HTTP as the demo users: drafting, review in the engine API and search by the region that may read it;
 * refusals naming the field; the gate task's templates and lessons; 知识指标; and a second node on the same database
 * that finds a publication of this one within seconds.
 */
@RegionOpsIT
class KnowledgeApiIT {

  @LocalServerPort
  int port;

  @Autowired
  KnowledgeMapper mapper;

  @Autowired
  KnowledgeTags tags;

  @Autowired
  KnowledgeIndex index;

  @Autowired
  DemoSeedDay seed;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  static Map<String, Object> lesson(String title) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "LESSON");
    body.put("title", title);
    body.put("body", "原因：竞品数据滞后两个月。下次：开盘前两周完成价格测试，二批次定价以首开 7 日去化校准。");
    body.put("tags", List.of("开盘策划会", "住宅", "fn-marketing"));
    return body;
  }

  JsonNode created(String user, Map<String, Object> body) {
    Http.Response created = http.post(user, "/api/v1/knowledge", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  String field(Http.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    return response.json().get("field").asText();
  }

  void approve(String user, long id, int version) {
    JsonNode tasks = http.tasks(user, KnowledgeProcess.businessKey(id, version));
    assertThat(tasks).as(user + " reviews " + id).hasSize(1);
    Http.Response done = http.post(user, "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
        Http.completion(Map.of(KnowledgeProcess.REVIEW, "APPROVED")));
    assertThat(done.status()).as(done.toString()).isEqualTo(204);
  }

  List<String> titles(String user, String query) {
    Http.Response found = http.get(user, "/api/v1/knowledge?q=" + java.net.URLEncoder.encode(query,
        java.nio.charset.StandardCharsets.UTF_8));
    assertThat(found.status()).as(found.toString()).isEqualTo(200);
    List<String> titles = new ArrayList<>();
    found.json().forEach(hit -> titles.add(hit.get("title").asText()));
    return titles;
  }

  @Test
  void aFunctionDraftsRegionOpsApprovesAndTheRegionFindsIt() {
    String title = "首开定价复盘" + System.nanoTime();
    JsonNode draft = created("marketing.south", lesson(title));
    long id = draft.get("id").asLong();
    assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
    assertThat(draft.get("regionCode").asText()).isEqualTo("SOUTH");
    assertThat(draft.get("tags")).extracting(t -> t.get("code").asText())
        .containsExactly("OPENING_PLANNING", "RESIDENTIAL", "fn-marketing");
    assertThat(http.get("ops.east", "/api/v1/knowledge/" + id).status()).as("another region").isEqualTo(404);
    assertThat(http.get("office.gz01", "/api/v1/knowledge/" + id).status()).as("a draft").isEqualTo(404);
    assertThat(http.post("office.gz01", "/api/v1/knowledge/" + id + "/submit", null).status()).isEqualTo(404);

    Http.Response submitted = http.post("marketing.south", "/api/v1/knowledge/" + id + "/submit", null);
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    assertThat(submitted.json().get("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(http.post("marketing.south", "/api/v1/knowledge/" + id + "/submit", null).status()).isEqualTo(409);
    assertThat(http.tasks("ops.east", KnowledgeProcess.businessKey(id, 1))).as("not east's to review").isEmpty();
    approve("ops.south", id, 1);

    assertThat(titles("office.gz01", title)).contains(title);
    assertThat(titles("ops.east", title)).as("a region's entry").doesNotContain(title);
    assertThat(titles("groupops", title)).contains(title);
    JsonNode read = http.get("office.gz01", "/api/v1/knowledge/" + id).json();
    assertThat(read.get("status").asText()).isEqualTo("PUBLISHED");
    assertThat(read.get("publishedVersion").asInt()).isEqualTo(1);
    assertThat(read.get("versions")).extracting(v -> v.get("status").asText()).containsExactly("PUBLISHED");
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndLeavesNothing() {
    Map<String, Object> noTitle = lesson(null);
    assertThat(field(http.post("marketing.south", "/api/v1/knowledge", noTitle))).isEqualTo("title");
    Map<String, Object> unknownTag = lesson("未知标签");
    unknownTag.put("tags", List.of("开盘策划会", "不存在的标签"));
    assertThat(field(http.post("marketing.south", "/api/v1/knowledge", unknownTag))).isEqualTo("tags");
    Map<String, Object> huge = lesson("超长正文");
    huge.put("body", "长".repeat(1024 * 1024));
    assertThat(field(http.post("marketing.south", "/api/v1/knowledge", huge))).isEqualTo("body");
    Map<String, Object> kind = lesson("错误类型");
    kind.put("kind", "NOTE");
    assertThat(field(http.post("marketing.south", "/api/v1/knowledge", kind))).isEqualTo("kind");
    String unseen = "看不到的文件" + System.nanoTime();
    Map<String, Object> foreign = lesson(unseen);
    foreign.put("documentIds", List.of(Long.MAX_VALUE));
    assertThat(field(http.post("marketing.south", "/api/v1/knowledge", foreign))).isEqualTo("documentIds");
    assertThat(http.get("marketing.south", "/api/v1/knowledge/working").raw()).as("nothing half-written")
        .doesNotContain(unseen);
    Map<String, Object> policy = lesson("制度条目");
    policy.put("kind", "POLICY");
    assertThat(field(http.post("ops.south", "/api/v1/knowledge", policy))).isEqualTo("policyId");
    Map<String, Object> template = lesson("项目公司的模板");
    template.put("kind", "TEMPLATE");
    assertThat(http.post("office.gz01", "/api/v1/knowledge", template).status()).isEqualTo(403);
    Map<String, Object> twoRegions = lesson("集团的条目");
    assertThat(field(http.post("groupops", "/api/v1/knowledge", twoRegions))).isEqualTo("regionCode");
    Map<String, Object> otherProject = lesson("别的项目");
    otherProject.put("projectCode", "SH01");
    assertThat(field(http.post("marketing.south", "/api/v1/knowledge", otherProject))).isEqualTo("projectCode");

    assertThat(http.get("ops.south", "/api/v1/knowledge?q=" + java.net.URLEncoder.encode("！？。，…",
        java.nio.charset.StandardCharsets.UTF_8)).json()).as("only punctuation: an empty result").isEmpty();
    assertThat(field(http.get("ops.south", "/api/v1/knowledge?q=" + "查".repeat(101)))).isEqualTo("q");
    assertThat(field(http.get("ops.south", "/api/v1/knowledge?gate=NO_SUCH_GATE"))).isEqualTo("gate");
    assertThat(field(http.get("ops.south", "/api/v1/knowledge?gate=住宅"))).as("a type is no gate").isEqualTo("gate");
    assertThat(field(http.get("ops.south", "/api/v1/knowledge?limit=0"))).isEqualTo("limit");
    assertThat(field(http.get("ops.south", "/api/v1/knowledge?kind=NOTE"))).isEqualTo("kind");
  }

  @Test
  void theDemoLibraryAnswersAPresalePermitDelayWithThoseLessonsFirst() {
    Http.Response found = http.get("groupops", "/api/v1/knowledge?q=" + java.net.URLEncoder.encode("预售证 延误",
        java.nio.charset.StandardCharsets.UTF_8) + "&limit=5");
    assertThat(found.status()).isEqualTo(200);
    JsonNode top = found.json().get(0);
    assertThat(top.get("title").asText() + top.get("snippet").asText()).contains("预售");
    assertThat(top.get("score").asDouble()).isGreaterThan(found.json().get(found.json().size() - 1).get("score").asDouble());
    JsonNode filtered = http.get("ops.south", "/api/v1/knowledge?kind=TEMPLATE&gate=OPENING_PLANNING").json();
    assertThat(filtered).hasSize(3).allMatch(t -> t.get("kind").asText().equals("TEMPLATE"));
  }

  @Test
  void aGateMaterialsTaskShowsTheGatesTemplatesAndLessons() {
    JsonNode review = null;
    for (JsonNode task : http.get("ops.east", "/engine-rest/task?taskDefinitionKey=UserTask_ReviewMaterials").json()) {
      review = task;
    }
    assertThat(review).as("the demo's NJ01 materials wait for review").isNotNull();
    Http.Response knowledge = http.get("ops.east", "/api/v1/tasks/" + review.get("id").asText() + "/knowledge");
    assertThat(knowledge.status()).as(knowledge.toString()).isEqualTo(200);
    JsonNode panel = knowledge.json();
    assertThat(panel.get("templates")).hasSize(3);
    panel.get("templates").forEach(t -> assertThat(t.get("documents").get(0).get("fileName").asText()).endsWith(".xlsx"));
    String gate = panel.get("gateCode").asText();
    panel.get("lessons").forEach(l -> assertThat(l.get("tags").toString()).contains(gate));
    assertThat(http.get("ops.south", "/api/v1/tasks/" + review.get("id").asText() + "/knowledge").status())
        .as("another region's task").isEqualTo(404);
    String template = panel.get("templates").get(0).get("documents").get(0).get("id").asText();
    assertThat(http.get("office.nj01", "/api/v1/documents/" + template + "/content").status()).isEqualTo(200);
  }

  @Test
  void targetsAreSetByRegionOpsAndCountedOnTheBoardAndInTheAnnualAssessment() {
    int year = EngineTime.today().getYear();
    Map<String, Object> bad = Map.of("year", year + 5, "targets", List.of());
    assertThat(field(http.put("ops.south", "/api/v1/regions/SOUTH/knowledge-targets", bad))).isEqualTo("year");
    Map<String, Object> unknown = Map.of("year", year, "targets", List.of(Map.of("ownerType", "PROJECT",
        "ownerCode", "SH01", "target", 2)));
    assertThat(field(http.put("ops.south", "/api/v1/regions/SOUTH/knowledge-targets", unknown)))
        .isEqualTo("targets[0].ownerCode");
    assertThat(http.put("ops.east", "/api/v1/regions/SOUTH/knowledge-targets", Map.of("year", year, "targets",
        List.of())).status()).isEqualTo(403);

    // the demo set its targets for the year it was seeded in
    int demoYear = seed.day().getYear();
    JsonNode report = http.get("ops.south", "/api/v1/regions/SOUTH/knowledge-targets?year=" + demoYear).json();
    JsonNode gz01 = null;
    for (JsonNode row : report.get("rows")) {
      if ("GZ01".equals(row.get("ownerCode").asText())) {
        gz01 = row;
      }
    }
    assertThat(gz01).isNotNull();
    assertThat(gz01.get("target").asInt()).isEqualTo(2);
    JsonNode officeView = http.get("office.gz01", "/api/v1/regions/SOUTH/knowledge-targets").json();
    assertThat(officeView.get("rows")).allMatch(r -> r.get("ownerCode").asText().equals("GZ01"));
    assertThat(http.get("office.gz01", "/api/v1/board?regionCode=SOUTH").json().get("knowledge").get("rows"))
        .allMatch(r -> r.get("ownerCode").asText().equals("GZ01"));

    JsonNode annual = http.get("ops.south", "/api/v1/kpi?period=" + demoYear).json();
    JsonNode line = null;
    for (JsonNode p : annual.get("projects")) {
      if ("GZ01".equals(p.get("projectCode").asText())) {
        line = p;
      }
    }
    assertThat(line).isNotNull();
    assertThat(line.get("knowledge").get("target").asInt()).isEqualTo(gz01.get("target").asInt());
    assertThat(line.get("knowledge").get("published").asInt()).isEqualTo(gz01.get("published").asInt());
  }

  @Test
  void anotherNodeOnTheSameDatabaseFindsAPublicationWithinSeconds() throws Exception {
    KnowledgeIndex other = new KnowledgeIndex(mapper, tags, new KnowledgeSettings(Duration.ofMillis(200),
        Duration.ofSeconds(30)));
    other.start();
    assertThat(other.awaitReady(Duration.ofSeconds(30))).as("node B built its index").isTrue();
    try {
      String title = "另一节点可见" + System.nanoTime();
      long id = created("ops.south", lesson(title)).get("id").asLong();
      http.post("ops.south", "/api/v1/knowledge/" + id + "/submit", null);
      approve("ops.south", id, 1);
      KnowledgeIndex.Filter all = new KnowledgeIndex.Filter(null, List.of(), null, Set.of("GROUP", "SOUTH"));
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      List<KnowledgeIndex.Hit> hits = List.of();
      while (System.nanoTime() < deadline && hits.isEmpty()) {
        Thread.sleep(100);
        hits = other.search(title, all, 5).stream().filter(h -> h.id() == id).toList();
      }
      assertThat(hits).as("node B's index caught up with node A's publication").hasSize(1);
      assertThat(other.size()).as("and it holds what this node holds").isEqualTo(index.size());
    } finally {
      other.stop();
    }
  }

  @Test
  void aFileOfTheEntryIsReadByWhoeverReadsTheEntry() {
    JsonNode draft = created("ops.south", lesson("附件条目" + System.nanoTime()));
    long id = draft.get("id").asLong();
    Multipart pdf = new Multipart().file("复盘报告.pdf", "application/pdf",
        "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes());
    assertThat(http.sendBytes("POST", "office.gz01", "/api/v1/knowledge/" + id + "/documents", pdf.bytes(),
        pdf.headers(), Duration.ofSeconds(30)).status()).as("not the office's draft").isEqualTo(404);
    Http.Response attached = http.sendBytes("POST", "ops.south", "/api/v1/knowledge/" + id + "/documents", pdf.bytes(),
        pdf.headers(), Duration.ofSeconds(30));
    assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
    String file = attached.json().get("id").asText();
    assertThat(http.get("office.gz01", "/api/v1/documents/" + file).status()).as("a draft's file").isEqualTo(404);

    Map<String, Object> citing = lesson("引用文件的条目" + System.nanoTime());
    citing.put("documentIds", List.of(Long.parseLong(file)));
    JsonNode copy = created("ops.south", citing);
    assertThat(copy.get("documents")).hasSize(1);
    assertThat(copy.get("documents").get(0).get("fileName").asText()).isEqualTo("复盘报告.pdf");
    assertThat(copy.get("documents").get(0).get("id").asText()).isNotEqualTo(file);
    long copyId = copy.get("id").asLong();
    http.post("ops.south", "/api/v1/knowledge/" + copyId + "/submit", null);
    approve("ops.south", copyId, 1);
    assertThat(http.get("office.gz01", "/api/v1/documents/" + copy.get("documents").get(0).get("id").asText())
        .status()).as("the published entry's file").isEqualTo(200);
    assertThat(http.get("ops.east", "/api/v1/documents/" + copy.get("documents").get(0).get("id").asText())
        .status()).as("not another region's").isEqualTo(404);
  }
}
