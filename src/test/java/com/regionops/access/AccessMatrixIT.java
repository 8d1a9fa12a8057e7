package com.regionops.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.operating.Metric;
import com.regionops.risk.RiskCheckService;
import com.regionops.support.Http;
import com.regionops.support.Multipart;
import com.regionops.support.WebappSession;
import com.regionops.support.RegionOpsIT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every role × every endpoint of our API, the engine-REST calls we expose and Cockpit's data × own
 * tenant / other tenant, over HTTP as the demo users: exactly the expected status, never a 5xx,
 * and lists of another tenant empty of it. One dynamic test per cell, named role × endpoint ×
 * region (own or other tenant). The rules are in {@link #rows()}; docs/access-matrix.md has them
 * as a table and says how to add a row.
 *
 * <p>The context is shared with every other IT, so the rows act on what {@link #fixtures()}
 * creates (a fresh project per region, its certificate, nodes, a risk check, a target version, an
 * operating review) and on the offices' own demo projects GZ01 / SH01 only where nothing changes.
 */
@RegionOpsIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

  static final String SOUTH = "SOUTH";
  static final String EAST = "EAST";
  static final List<String> REGIONS = List.of(SOUTH, EAST);
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  enum Kind { ANONYMOUS, OFFICE, REGION_OPS, PRESIDENT, FUNCTION, GROUP_OPS, ADMIN }

  /** A caller as DESIGN.md describes them: groups reduced to a kind, the tenants, an office's project. */
  record Role(String user, Kind kind, Set<String> tenants, String ownProject) {

    boolean anonymous() {
      return kind == Kind.ANONYMOUS;
    }

    boolean seesAll() {
      return kind == Kind.ADMIN || kind == Kind.GROUP_OPS;
    }

    boolean regionRole() {
      return kind == Kind.REGION_OPS || kind == Kind.PRESIDENT || kind == Kind.FUNCTION;
    }

    /** Region-level data (checks, decompositions, grades, operating reviews). Offices never. */
    boolean seesRegion(String region) {
      return seesAll() || (regionRole() && tenants.contains(region));
    }

    boolean seesProject(String code, String region) {
      return seesRegion(region) || (kind == Kind.OFFICE && tenants.contains(region) && code.equals(ownProject));
    }

    boolean keepsMasterData() {
      return kind == Kind.ADMIN || kind == Kind.REGION_OPS;
    }

    /** region-ops of the region (or camunda-admin): writes projects, plans, certificates, starts checks. */
    boolean writes(String region) {
      return kind == Kind.ADMIN || (kind == Kind.REGION_OPS && tenants.contains(region));
    }

    /** Granted CREATE_INSTANCE on process definitions (IdentityBootstrap): offices, region-ops, admin. */
    boolean startsProcesses() {
      return kind == Kind.OFFICE || kind == Kind.REGION_OPS || kind == Kind.ADMIN;
    }

    boolean officeOf(String region) {
      return kind == Kind.OFFICE && tenants.contains(region);
    }

    String label() {
      return anonymous() ? "anonymous" : user;
    }

    String tenantLabel(String region) {
      if (anonymous()) {
        return region;
      }
      return (tenants.contains(region) ? "own tenant " : "other tenant ") + region;
    }
  }

  static final List<Role> ROLES = List.of(
      new Role(null, Kind.ANONYMOUS, Set.of(), null),
      new Role("office.gz01", Kind.OFFICE, Set.of(SOUTH), "GZ01"),
      new Role("office.sh01", Kind.OFFICE, Set.of(EAST), "SH01"),
      new Role("ops.south", Kind.REGION_OPS, Set.of(SOUTH), null),
      new Role("ops.east", Kind.REGION_OPS, Set.of(EAST), null),
      new Role("president.south", Kind.PRESIDENT, Set.of(SOUTH), null),
      new Role("president.east", Kind.PRESIDENT, Set.of(EAST), null),
      new Role("design.south", Kind.FUNCTION, Set.of(SOUTH), null),
      new Role("groupops", Kind.GROUP_OPS, Set.of(SOUTH, EAST), null),
      new Role("admin", Kind.ADMIN, Set.of(SOUTH, EAST), null));

  /** How a row calls the app for a role in a region (null for rows without a region). */
  interface Call {
    Http.Response call(Role role, String region);
  }

  /** The expected status for an authenticated role (anonymous callers always get 401). */
  interface Rule {
    int expected(Role role, String region);
  }

  /** What a 2xx body must (not) contain. */
  interface Content {
    void check(Role role, String region, Http.Response response);
  }

  record Row(String name, boolean regional, Call call, Rule rule, Content content) {
  }

  @LocalServerPort
  int port;

  @Autowired
  RiskCheckService riskChecks;

  @Autowired
  RuntimeService runtime;

  Http http;
  final String uniq = Long.toString(System.currentTimeMillis() % 46_000_000L, 36).toUpperCase();
  final AtomicInteger counter = new AtomicInteger();
  /** Years of the region-wide starts that succeed (one version or review per region and year). */
  final AtomicInteger years = new AtomicInteger();
  final AtomicInteger reviewYears = new AtomicInteger();

  final AtomicInteger planYears = new AtomicInteger();

  /** Per region: the fresh project, a second one for plan imports, its certificate, fixtures of the region. */
  final Map<String, String> project = new HashMap<>();
  final Map<String, String> planProject = new HashMap<>();
  final Map<String, Long> certificate = new HashMap<>();
  final Map<String, Long> officeCertificate = new HashMap<>();
  final Map<String, String> previewNode = new HashMap<>();
  final Map<String, String> riskPeriod = new HashMap<>();
  final Map<String, Long> operatingReview = new HashMap<>();
  /** Per region: a file of the fresh project, and one of the office's own demo project. */
  final Map<String, Long> document = new HashMap<>();
  final Map<String, Long> ownDocument = new HashMap<>();
  /** Per region: a policy of the region for fn-cost (no demo user is in it, so its rollout ends at once). */
  final Map<String, Long> policy = new HashMap<>();
  /** Per region: a published entry of the region's library. */
  final Map<String, Long> knowledge = new HashMap<>();
  /** Per region: a session of the region, for its president. */
  final Map<String, Long> training = new HashMap<>();
  static final int TARGET_YEAR = 2099;

  // ---------------------------------------------------------------- fixtures

  @BeforeAll
  void fixtures() throws InterruptedException {
    http = new Http(port);
    awaitUnlocked();
    for (String region : REGIONS) {
      String ops = opsOf(region);
      project.put(region, createProject(ops, region));
      planProject.put(region, createProject(ops, region));
      Http.Response cert = http.post(ops, "/api/v1/certificates", certificateBody(project.get(region)));
      assertThat(cert.status()).as(cert.toString()).isEqualTo(201);
      certificate.put(region, cert.json().get("id").asLong());
      String office = region.equals(SOUTH) ? "office.gz01" : "office.sh01";
      JsonNode own = http.get(office, "/api/v1/certificates").json();
      assertThat(own).as(office + " has certificates").isNotEmpty();
      officeCertificate.put(region, own.get(0).get("id").asLong());
      String node = "AXPV" + uniq;
      for (String p : List.of(project.get(region), region.equals(SOUTH) ? "GZ01" : "SH01")) {
        Http.Response put = http.put(ops, "/api/v1/projects/" + p + "/plan-nodes/" + node, nodeBody(node));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
      }
      previewNode.put(region, node);
      document.put(region, uploadFor(ops, project.get(region)));
      ownDocument.put(region, uploadFor(ops, region.equals(SOUTH) ? "GZ01" : "SH01"));

      // a graded biweekly check of a long-past period, so that its report exists: graded by the
      // service, not by the instance's job, whose next step would touch other tests' corrections
      String period = "2001-01-0" + (region.equals(SOUTH) ? 1 : 2);
      Http.Response check = http.post(ops, "/api/v1/risk/checks", Map.of("regionCode", region, "periodDate", period));
      assertThat(check.status()).as(check.toString()).isEqualTo(202);
      String checkInstance = check.json().get("processInstanceId").asText();
      riskChecks.check(region, LocalDate.parse(period), checkInstance, ops);
      runtime.deleteProcessInstance(checkInstance, "access matrix fixture: graded directly");
      riskPeriod.put(region, period);

      Http.Response version = http.post(ops, "/api/v1/regions/" + region + "/target-decompositions",
          decomposition(region, TARGET_YEAR));
      assertThat(version.status()).as(version.toString()).isEqualTo(201);

      Http.Response review = http.post(ops, "/api/v1/regions/" + region + "/operating-reviews",
          Map.of("reviewKind", "QUARTERLY", "year", 2000, "quarter", 1));
      assertThat(review.status()).as(review.toString()).isIn(201, 409);
      JsonNode reviews = http.get(ops, "/api/v1/regions/" + region + "/operating-reviews").json();
      operatingReview.put(region, reviews.get(0).get("id").asLong());
    }
  }

  /**
   * Another IT may have just failed a login of a demo user on purpose (ApiSecurityIT, design.south):
   * Camunda then refuses that user for a few seconds. Wait until every role logs in; an attempt
   * refused as locked does not count as another failure.
   */
  void awaitUnlocked() throws InterruptedException {
    long deadline = System.nanoTime() + 70_000_000_000L;
    for (Role role : ROLES) {
      while (!role.anonymous() && http.get(role.user(), "/api/v1/regions").status() == 401) {
        assertThat(System.nanoTime()).as("%s is still locked", role.user()).isLessThan(deadline);
        Thread.sleep(500);
      }
    }
  }

  static String opsOf(String region) {
    return region.equals(SOUTH) ? "ops.south" : "ops.east";
  }

  String unique(String prefix) {
    return prefix + uniq + counter.incrementAndGet();
  }

  String createProject(String ops, String region) {
    String code = unique("AX");
    Http.Response created = http.post(ops, "/api/v1/projects", projectBody(code, region));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return code;
  }

  static Map<String, Object> projectBody(String code, String region) {
    return Map.of("code", code, "name", "权限矩阵项目 " + code, "regionCode", region, "city", "测试",
        "companyName", "权限矩阵置业有限公司");
  }

  static Map<String, Object> certificateBody(String projectCode) {
    return Map.of("typeCode", "LAND_TITLE", "projectCode", projectCode, "status", "PLANNED",
        "holderCompany", "权限矩阵置业有限公司");
  }

  static Map<String, Object> nodeBody(String code) {
    return Map.of("nodeCode", code, "name", "权限矩阵节点 " + code, "nodeLevel", "L3", "category", "OTHER",
        "plannedFinish", TODAY.plusDays(90).toString());
  }

  static Map<String, Object> adjustmentBody(String node) {
    return Map.of("nodeCode", node, "newPlannedFinish", TODAY.plusDays(97).toString(),
        "reason", "权限矩阵测试：施工单位进场推迟一周");
  }

  Map<String, Object> decomposition(String region, int year) {
    Map<String, Object> totals = new LinkedHashMap<>();
    for (Metric metric : Metric.values()) {
      totals.put(metric.name(), metric == Metric.SALES ? "12.00" : "0");
    }
    return Map.of("year", year, "regionTargets", totals, "projects", List.of(Map.of("projectCode",
        project.get(region), "metric", "SALES", "monthly", java.util.Collections.nCopies(12, "1.00"))));
  }

  /** The project a role acts on in a region: an office its own demo project, everyone else the fresh one. */
  static Map<String, Object> templateAnchors() {
    return Map.of("LAND_ACQUIRED", TODAY.minusDays(200).toString(), "CONSTRUCTION_START", TODAY.minusDays(60).toString(),
        "FIRST_OPENING", TODAY.plusDays(200).toString(), "HANDOVER", TODAY.plusDays(800).toString());
  }

  /** A file filed by region-ops under the project itself (no task). */
  long uploadFor(String ops, String projectCode) {
    Http.Response uploaded = upload(ops, projectCode, "权限矩阵" + unique("F") + ".pdf");
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    return uploaded.json().get("id").asLong();
  }

  Http.Response upload(String user, String projectCode, String name) {
    Multipart body = new Multipart().field("projectCode", projectCode).field("kind", "OTHER")
        .field("ownerType", "PROJECT").file(name, "application/pdf",
            ("%PDF-1.7\n% " + name + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8));
    return http.sendBytes("POST", user, "/api/v1/documents", body.bytes(), body.headers(), java.time.Duration.ofSeconds(30));
  }

  long documentFor(Role role, String region) {
    return role.officeOf(region) ? ownDocument.get(region) : document.get(region);
  }

  String projectFor(Role role, String region) {
    return role.officeOf(region) ? role.ownProject() : project.get(region);
  }

  long certificateFor(Role role, String region) {
    return role.officeOf(region) ? officeCertificate.get(region) : certificate.get(region);
  }

  /** A new open L3 node of the project, written by region-ops of its region, for one adjustment. */
  String freshNode(String projectCode, String region) {
    String node = unique("N");
    Http.Response put = http.put(opsOf(region), "/api/v1/projects/" + projectCode + "/plan-nodes/" + node,
        nodeBody(node));
    assertThat(put.status()).as(put.toString()).isEqualTo(200);
    return node;
  }

  record Pending(String processInstanceId, String taskId) {
  }

  /** A plan adjustment of the region's fresh project waiting for region-ops' approval. */
  Pending pendingApproval(String region) {
    String p = project.get(region);
    Http.Response started = http.post(opsOf(region), "/api/v1/projects/" + p + "/plan-adjustments",
        adjustmentBody(freshNode(p, region)));
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    String instance = started.json().get("processInstanceId").asText();
    JsonNode tasks = http.get("admin", "/engine-rest/task?processInstanceId=" + instance).json();
    assertThat(tasks).as("the approval task of " + instance).hasSize(1);
    return new Pending(instance, tasks.get(0).get("id").asText());
  }

  Http.Response as(Role role, String method, String path, Object body) {
    return http.send(method, role.user(), role.anonymous() ? null : Http.DEMO_PASSWORD, path, body);
  }

  // ---------------------------------------------------------------- the rules

  /** A file answer is the workbook, not JSON. */
  static Content xlsx() {
    return (role, region, response) -> assertThat(response.contentType())
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  /** Reads of a project's data: whoever sees the project, otherwise 404 (no hint that it exists). */
  Rule readProject() {
    return (role, region) -> role.seesProject(projectFor(role, region), region) ? 200 : 404;
  }

  /** Reads of a region's data (region users, group-ops, admin); offices and other regions 404. */
  static Rule readRegion() {
    return (role, region) -> role.seesRegion(region) ? 200 : 404;
  }

  /** Master-data writes that refuse non-keepers first (403), then hide other regions (404), then check the region (403). */
  Rule writeMasterData(int ok) {
    return (role, region) -> !role.keepsMasterData() ? 403
        : !role.seesProject(projectFor(role, region), region) ? 404 : role.writes(region) ? ok : 403;
  }

  /** Region-wide writes that hide a region the caller cannot see (404). */
  static Rule writeRegion(int ok) {
    return (role, region) -> !role.keepsMasterData() ? 403 : !role.seesRegion(region) ? 404
        : role.writes(region) ? ok : 403;
  }

  /** Starts over our API: the project must be visible (404), the caller granted CREATE_INSTANCE (403). */
  Rule startOverApi() {
    return (role, region) -> !role.seesProject(projectFor(role, region), region) ? 404
        : role.startsProcesses() ? 201 : 403;
  }

  static Rule everyone(int status) {
    return (role, region) -> status;
  }

  static Rule adminOnly(int ok) {
    return (role, region) -> role.kind() == Kind.ADMIN ? ok : 403;
  }

  /** Every element of the list must be something the role may see, and the other tenant's fixture absent. */
  Content listOfProjects(String codeField, String regionField) {
    return (role, region, response) -> {
      JsonNode items = response.json();
      items.forEach(item -> assertThat(role.seesProject(item.get(codeField).asText(), item.get(regionField).asText()))
          .as("%s may not see %s", role.label(), item).isTrue());
      for (String r : REGIONS) {
        List<String> codes = new ArrayList<>();
        items.forEach(item -> codes.add(item.get(codeField).asText()));
        if (role.seesRegion(r)) {
          assertThat(codes).as("%s sees the fresh project of %s", role.label(), r).contains(project.get(r));
        } else {
          assertThat(codes).as("%s sees nothing of %s's fresh project", role.label(), r)
              .doesNotContain(project.get(r));
        }
      }
    };
  }

  static Content allOfRegion(String field) {
    return (role, region, response) -> response.json().forEach(item ->
        assertThat(item.get(field).asText()).as("%s listed in %s", item, region).isEqualTo(region));
  }

  // ---------------------------------------------------------------- the matrix

  List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    String api = "/api/v1";

    // regions and projects
    rows.add(new Row("GET /api/v1/regions", false, (r, g) -> as(r, "GET", api + "/regions", null), everyone(200),
        (role, region, response) -> response.json().forEach(item -> assertThat(
            role.seesAll() || role.tenants().contains(item.get("code").asText()))
            .as("%s may not list region %s", role.label(), item).isTrue())));
    rows.add(new Row("POST /api/v1/regions", false, (r, g) -> as(r, "POST", api + "/regions",
        Map.of("code", unique("AXR"), "name", "权限矩阵区域")),
        adminOnly(201), null));
    rows.add(new Row("GET /api/v1/projects", false, (r, g) -> as(r, "GET", api + "/projects", null), everyone(200),
        listOfProjects("code", "regionCode")));
    rows.add(new Row("GET /api/v1/projects/{code}", true,
        (r, g) -> as(r, "GET", api + "/projects/" + projectFor(r, g), null), readProject(), null));
    rows.add(new Row("GET /api/v1/projects/{code}/targets", true,
        (r, g) -> as(r, "GET", api + "/projects/" + projectFor(r, g) + "/targets", null), readProject(), null));
    rows.add(new Row("POST /api/v1/projects", true,
        (r, g) -> as(r, "POST", api + "/projects", projectBody(unique("AX"), g)), writeRegionVisibleOrNot(201), null));
    rows.add(new Row("PUT /api/v1/projects/{code}", true, (r, g) -> as(r, "PUT", api + "/projects/" + projectFor(r, g),
        projectBody(projectFor(r, g), g)),
        (role, region) -> !role.seesProject(projectFor(role, region), region) ? 404 : role.writes(region) ? 200 : 403,
        null));

    // plans
    rows.add(new Row("GET /api/v1/projects/{code}/plan-nodes", true,
        (r, g) -> as(r, "GET", api + "/projects/" + projectFor(r, g) + "/plan-nodes", null), readProject(), null));
    rows.add(new Row("PUT /api/v1/projects/{code}/plan-nodes/{node}", true, (r, g) -> {
      String node = unique("W");
      return as(r, "PUT", api + "/projects/" + projectFor(r, g) + "/plan-nodes/" + node, nodeBody(node));
    }, writeMasterData(200), null));
    rows.add(new Row("GET /api/v1/projects/{code}/plan", true,
        (r, g) -> as(r, "GET", api + "/projects/" + projectFor(r, g) + "/plan", null), readProject(), null));
    rows.add(new Row("GET /api/v1/projects/{code}/plan.xlsx", true,
        (r, g) -> as(r, "GET", api + "/projects/" + projectFor(r, g) + "/plan.xlsx", null), readProject(), xlsx()));
    rows.add(new Row("GET /api/v1/projects/{code}/plan.xml", true,
        (r, g) -> as(r, "GET", api + "/projects/" + projectFor(r, g) + "/plan.xml", null), readProject(),
        (role, region, response) -> assertThat(response.raw()).contains("schemas.microsoft.com/project")));
    rows.add(new Row("PUT /api/v1/projects/{code}/plan", true, (r, g) -> as(r, "PUT",
        api + "/projects/" + (r.officeOf(g) ? r.ownProject() : planProject.get(g)) + "/plan",
        Map.of("nodes", List.of(nodeBody("P1")), "dependencies", List.of())), writeMasterData(200), null));

    // certificates
    rows.add(new Row("GET /api/v1/certificates", false, (r, g) -> as(r, "GET", api + "/certificates", null),
        everyone(200), (role, region, response) -> {
          JsonNode items = response.json();
          items.forEach(c -> assertThat(c.hasNonNull("projectCode")
              ? role.seesProject(c.get("projectCode").asText(), c.get("regionCode").asText())
              : role.seesRegion(c.get("regionCode").asText())).as("%s may not see %s", role.label(), c).isTrue());
          List<Long> ids = new ArrayList<>();
          items.forEach(c -> ids.add(c.get("id").asLong()));
          for (String r : REGIONS) {
            if (!role.seesRegion(r)) {
              assertThat(ids).doesNotContain(certificate.get(r));
            }
          }
        }));
    rows.add(new Row("GET /api/v1/certificates.xlsx", false, (r, g) -> as(r, "GET", api + "/certificates.xlsx", null),
        everyone(200), xlsx()));
    rows.add(new Row("GET /api/v1/certificates?projectCode={code}", true,
        (r, g) -> as(r, "GET", api + "/certificates?projectCode=" + projectFor(r, g), null), readProject(),
        (role, region, response) -> response.json().forEach(c ->
            assertThat(c.get("projectCode").asText()).isEqualTo(projectFor(role, region)))));
    rows.add(new Row("GET /api/v1/certificates/{id}", true,
        (r, g) -> as(r, "GET", api + "/certificates/" + certificateFor(r, g), null), readProject(), null));
    rows.add(new Row("POST /api/v1/certificates", true,
        (r, g) -> as(r, "POST", api + "/certificates", certificateBody(projectFor(r, g))), writeMasterData(201), null));
    rows.add(new Row("PUT /api/v1/certificates/{id}", true, (r, g) -> as(r, "PUT",
        api + "/certificates/" + certificateFor(r, g), certificateBody(projectFor(r, g))), writeMasterData(200), null));
    rows.add(new Row("GET /api/v1/certificate-types", false, (r, g) -> as(r, "GET", api + "/certificate-types", null),
        everyone(200), null));
    rows.add(new Row("GET /api/v1/projects/{code}/certificate-chain", true,
        (r, g) -> as(r, "GET", api + "/projects/" + projectFor(r, g) + "/certificate-chain", null), readProject(),
        null));
    rows.add(new Row("POST /api/v1/certificates/sweeps", true,
        (r, g) -> as(r, "POST", api + "/certificates/sweeps", Map.of("regionCode", g)), writeRegionVisibleOrNot(202),
        null));

    // gates
    rows.add(new Row("GET /api/v1/gates", false, (r, g) -> as(r, "GET", api + "/gates", null), everyone(200), null));
    rows.add(new Row("GET /api/v1/gates/{code}", false, (r, g) -> as(r, "GET", api + "/gates/PROJECT_KICKOFF", null),
        everyone(200), null));
    rows.add(new Row("GET /api/v1/projects/{code}/gates", true,
        (r, g) -> as(r, "GET", api + "/projects/" + projectFor(r, g) + "/gates", null), readProject(), null));
    rows.add(new Row("POST /api/v1/projects/{code}/gate-reviews", true, this::startGate,
        (role, region) -> role.officeOf(region) ? 400 : startOverApi().expected(role, region), null));

    // plan adjustments
    rows.add(new Row("POST /api/v1/projects/{code}/plan-adjustments", true, (r, g) -> {
      String p = projectFor(r, g);
      return as(r, "POST", api + "/projects/" + p + "/plan-adjustments", adjustmentBody(freshNode(p, g)));
    }, startOverApi(), null));
    rows.add(new Row("POST /api/v1/projects/{code}/plan-adjustments/preview", true, (r, g) -> as(r, "POST",
        api + "/projects/" + projectFor(r, g) + "/plan-adjustments/preview", adjustmentBody(previewNode.get(g))),
        readProject(), null));
    rows.add(new Row("GET /api/v1/projects/{code}/plan-nodes/{node}/adjustments", true, (r, g) -> as(r, "GET",
        api + "/projects/" + projectFor(r, g) + "/plan-nodes/" + previewNode.get(g) + "/adjustments", null),
        readProject(), null));

    // 节点填报
    rows.add(new Row("POST /api/v1/projects/{code}/plan-nodes/{node}/completion-reports", true, (r, g) -> {
      String p = projectFor(r, g);
      return as(r, "POST", api + "/projects/" + p + "/plan-nodes/" + freshNode(p, g) + "/completion-reports",
          Map.of("actualFinish", TODAY.toString(), "note", "矩阵测试"));
    }, startOverApi(), null));
    rows.add(new Row("GET /api/v1/projects/{code}/plan-nodes/{node}/completion-reports", true, (r, g) -> as(r, "GET",
        api + "/projects/" + projectFor(r, g) + "/plan-nodes/" + previewNode.get(g) + "/completion-reports", null),
        readProject(), null));
    rows.add(new Row("POST /api/v1/projects/{code}/plan-nodes/{node}/status-updates", true, (r, g) -> as(r, "POST",
        api + "/projects/" + projectFor(r, g) + "/plan-nodes/" + previewNode.get(g) + "/status-updates",
        Map.of("forecastFinish", TODAY.plusDays(30).toString(), "reason", "矩阵测试：施工单位进场推迟")),
        (role, region) -> !role.seesProject(projectFor(role, region), region) ? 404
            : role.officeOf(region) || role.writes(region) ? 201 : 403, null));
    rows.add(new Row("GET /api/v1/projects/{code}/plan-nodes/{node}/status-updates", true, (r, g) -> as(r, "GET",
        api + "/projects/" + projectFor(r, g) + "/plan-nodes/" + previewNode.get(g) + "/status-updates", null),
        readProject(), null));
    rows.add(new Row("GET /api/v1/projects/{code}/completion-reports", true, (r, g) -> as(r, "GET",
        api + "/projects/" + projectFor(r, g) + "/completion-reports", null), readProject(), null));

    // risk
    rows.add(new Row("GET /api/v1/risk/checks", false, (r, g) -> as(r, "GET", api + "/risk/checks", null),
        everyone(200), (role, region, response) -> response.json().forEach(c ->
            assertThat(role.seesRegion(c.get("regionCode").asText())).as("%s may not see %s", role.label(), c).isTrue())));
    rows.add(new Row("GET /api/v1/risk/checks/{period}?regionCode=", true,
        (r, g) -> as(r, "GET", api + "/risk/checks/" + riskPeriod.get(g) + "?regionCode=" + g, null), readRegion(),
        (role, region, response) -> assertThat(response.json().get("check").get("regionCode").asText())
            .isEqualTo(region)));
    rows.add(new Row("GET /api/v1/risk/checks/{period}.xlsx?regionCode=", true,
        (r, g) -> as(r, "GET", api + "/risk/checks/" + riskPeriod.get(g) + ".xlsx?regionCode=" + g, null), readRegion(),
        xlsx()));
    rows.add(new Row("GET /api/v1/projects/{code}/risk", true,
        (r, g) -> as(r, "GET", api + "/projects/" + projectFor(r, g) + "/risk", null), readProject(), null));
    rows.add(new Row("POST /api/v1/risk/checks", true, (r, g) -> as(r, "POST", api + "/risk/checks",
        Map.of("regionCode", g, "periodDate", "2002-01-" + String.format("%02d", 1 + counter.incrementAndGet() % 28))),
        writeRegion(202), null));

    // targets, actuals, grades, operating reviews
    rows.add(new Row("POST /api/v1/regions/{code}/target-decompositions", true, (r, g) -> as(r, "POST",
        api + "/regions/" + g + "/target-decompositions", decomposition(g, 2040 + years.incrementAndGet())),
        writeRegion(201), null));
    rows.add(new Row("GET /api/v1/regions/{code}/target-decompositions?year=", true,
        (r, g) -> as(r, "GET", api + "/regions/" + g + "/target-decompositions?year=" + TARGET_YEAR, null),
        readRegion(), allOfRegion("regionCode")));
    rows.add(new Row("GET /api/v1/regions/{code}/target-decompositions/{year}/{version}", true,
        (r, g) -> as(r, "GET", api + "/regions/" + g + "/target-decompositions/" + TARGET_YEAR + "/1", null),
        readRegion(), null));
    rows.add(new Row("GET /api/v1/regions/{code}/target-decompositions/{year}/{version}.xlsx", true,
        (r, g) -> as(r, "GET", api + "/regions/" + g + "/target-decompositions/" + TARGET_YEAR + "/1.xlsx", null),
        readRegion(), xlsx()));
    rows.add(new Row("GET /api/v1/regions/{code}/target-grades?year=", true,
        (r, g) -> as(r, "GET", api + "/regions/" + g + "/target-grades?year=" + TARGET_YEAR, null), readRegion(),
        null));
    rows.add(new Row("GET /api/v1/projects/{code}/operating-targets?year=", true, (r, g) -> as(r, "GET",
        api + "/projects/" + projectFor(r, g) + "/operating-targets?year=" + TARGET_YEAR, null), readProject(), null));
    rows.add(new Row("PUT /api/v1/projects/{code}/operating-actuals/{year}/{month}", true, (r, g) -> as(r, "PUT",
        api + "/projects/" + projectFor(r, g) + "/operating-actuals/2020/1", Map.of("SALES", "1.00")),
        (role, region) -> !role.seesProject(projectFor(role, region), region) ? 404
            : role.officeOf(region) || role.writes(region) ? 200 : 403, null));
    rows.add(new Row("POST /api/v1/regions/{code}/operating-reviews", true, (r, g) -> as(r, "POST",
        api + "/regions/" + g + "/operating-reviews",
        Map.of("reviewKind", "QUARTERLY", "year", 2001 + reviewYears.incrementAndGet(), "quarter", 1)),
        writeRegion(201), null));
    rows.add(new Row("GET /api/v1/regions/{code}/operating-reviews", true,
        (r, g) -> as(r, "GET", api + "/regions/" + g + "/operating-reviews", null), readRegion(),
        allOfRegion("regionCode")));
    rows.add(new Row("GET /api/v1/operating-reviews/{id}", true,
        (r, g) -> as(r, "GET", api + "/operating-reviews/" + operatingReview.get(g), null), readRegion(), null));

    // 区域运营看板: a region user their region, an office its own projects of its region, others 404
    rows.add(new Row("GET /api/v1/board?regionCode=", true, (r, g) -> as(r, "GET", api + "/board?regionCode=" + g, null),
        (role, region) -> role.seesRegion(region) || role.officeOf(region) ? 200 : 404,
        (role, region, response) -> response.json().get("projects").forEach(p -> assertThat(
            role.seesProject(p.get("code").asText(), region)).as("%s may not see %s", role.label(), p).isTrue())));

    rows.add(new Row("GET /api/v1/board/process-times?regionCode=", true,
        (r, g) -> as(r, "GET", api + "/board/process-times?regionCode=" + g, null), readRegion(), null));
    // its drill-downs: the project rule, like every project read
    rows.add(new Row("GET /api/v1/board/gates/{code}/{gate}", true, (r, g) -> as(r, "GET",
        api + "/board/gates/" + projectFor(r, g) + "/PROJECT_KICKOFF", null), readProject(), null));
    rows.add(new Row("GET /api/v1/board/nodes/{code}/{node}", true, (r, g) -> as(r, "GET",
        api + "/board/nodes/" + projectFor(r, g) + "/" + previewNode.get(g), null), readProject(), null));

    // 巡检: region-ops of the region arranges one (another region's project stays hidden); reads by the project rule
    rows.add(new Row("POST /api/v1/projects/{code}/inspections", true, (r, g) -> as(r, "POST",
        api + "/projects/" + projectFor(r, g) + "/inspections", Map.of("kind", "PROGRESS", "plannedDate",
            TODAY.toString(), "leadInspector", SOUTH.equals(g) ? "engineering.south" : "engineering.east")),
        (role, region) -> !role.seesProject(projectFor(role, region), region) ? 404 : role.writes(region) ? 201 : 403,
        null));
    rows.add(new Row("GET /api/v1/projects/{code}/inspections", true, (r, g) -> as(r, "GET",
        api + "/projects/" + projectFor(r, g) + "/inspections", null), readProject(), null));
    // 协调会: the project's office asks, region-ops of the region calls one; reads by the project rule
    rows.add(new Row("POST /api/v1/projects/{code}/coordination-meetings", true, (r, g) -> as(r, "POST",
        api + "/projects/" + projectFor(r, g) + "/coordination-meetings", Map.of("subject", "矩阵协调事项")),
        (role, region) -> !role.seesProject(projectFor(role, region), region) ? 404
            : role.writes(region) || role.officeOf(region) ? 201 : 403, null));
    rows.add(new Row("GET /api/v1/projects/{code}/coordination-meetings", true, (r, g) -> as(r, "GET",
        api + "/projects/" + projectFor(r, g) + "/coordination-meetings", null), readProject(), null));

    // 上传下达: region-ops issues to its own region's projects, group-ops to regions (a body without regions is a
    // region instruction: 400 for region-ops, who must name projects); copies are listed by who owns them
    rows.add(new Row("POST /api/v1/instructions (to a project)", true, (r, g) -> as(r, "POST", api + "/instructions",
        Map.of("title", "矩阵指令", "content", "矩阵", "category", "OTHER", "feedback", "ACKNOWLEDGE",
            "deadline", LocalDate.now().plusDays(30).toString(), "projectCodes", List.of(project.get(g)))),
        (role, region) -> role.kind() == Kind.REGION_OPS && role.tenants().contains(region) ? 201 : 403, null));
    rows.add(new Row("POST /api/v1/instructions (to regions)", false, (r, g) -> as(r, "POST", api + "/instructions",
        Map.of("title", "矩阵集团指令", "content", "矩阵", "category", "OTHER", "feedback", "ACKNOWLEDGE",
            "deadline", LocalDate.now().plusDays(30).toString(), "regionCodes", List.of(SOUTH))),
        (role, region) -> role.kind() == Kind.GROUP_OPS ? 201 : role.kind() == Kind.REGION_OPS ? 400 : 403, null));
    rows.add(new Row("GET /api/v1/instructions", false, (r, g) -> as(r, "GET", api + "/instructions", null),
        everyone(200), (role, region, response) -> response.json().forEach(item -> assertThat(
            role.seesAll() || role.tenants().contains(item.get("regionCode").asText())
                && (role.regionRole() || item.hasNonNull("projectCode")
                    && item.get("projectCode").asText().equals(role.ownProject())))
            .as("%s may not see %s", role.label(), item).isTrue())));
    rows.add(new Row("GET /api/v1/regions/{code}/supervision", true, (r, g) -> as(r, "GET",
        api + "/regions/" + g + "/supervision", null), readRegion(), null));

    // 制度宣贯: group-ops publishes for every region, region-ops for its own (fn-cost, which no demo user is in: the
    // rollouts end at once); a region sees the group's and its own, an office those that apply to it; the rates
    // are region-ops' (its region) and group-ops'
    rows.add(new Row("POST /api/v1/policies", false, (r, g) -> as(r, "POST", api + "/policies", policyBody()),
        (role, region) -> role.kind() == Kind.GROUP_OPS || role.kind() == Kind.REGION_OPS ? 201 : 403, null));
    rows.add(new Row("GET /api/v1/policies", false, (r, g) -> as(r, "GET", api + "/policies", null), everyone(200),
        (role, region, response) -> {
          List<Long> ids = new ArrayList<>();
          response.json().forEach(item -> {
            ids.add(item.get("id").asLong());
            boolean group = "GROUP".equals(item.get("scope").asText());
            assertThat(role.seesAll() || (group || role.tenants().contains(item.get("regionCode").asText()))
                && (role.regionRole() || item.get("groups").toString().contains("\"project-office\"")
                    || item.get("groups").toString().contains("\"office-" + role.ownProject() + "\"")))
                .as("%s may not see %s", role.label(), item).isTrue();
          });
          for (String r : REGIONS) {
            if (!role.seesRegion(r) && policy.containsKey(r)) {
              assertThat(ids).as("%s sees nothing of %s's policy", role.label(), r).doesNotContain(policy.get(r));
            }
          }
        }));
    rows.add(new Row("GET /api/v1/policies/{id}", true, (r, g) -> as(r, "GET", api + "/policies/" + policyOf(g), null),
        readRegion(), null));
    rows.add(new Row("GET /api/v1/policies/{id}/acknowledgements", true, (r, g) -> as(r, "GET",
        api + "/policies/" + policyOf(g) + "/acknowledgements", null),
        (role, region) -> !role.seesRegion(region) ? 404 : role.seesAll() || role.kind() == Kind.REGION_OPS ? 200 : 403,
        null));

    // 知识库: anyone working in a region drafts there (400 naming regionCode elsewhere); the library lists the group's
    // entries and the caller's regions' own; a region's published entry is read by whoever works in the region
    // (offices too); 知识指标 are set by region-ops of the region and read by the region (an office: its own line)
    rows.add(new Row("POST /api/v1/knowledge", true, (r, g) -> as(r, "POST", api + "/knowledge", knowledgeBody(g)),
        (role, region) -> role.tenants().contains(region) ? 201 : 400, null));
    rows.add(new Row("GET /api/v1/knowledge", false, (r, g) -> as(r, "GET", api + "/knowledge?limit=100", null),
        everyone(200), (role, region, response) -> response.json().forEach(item -> assertThat(role.seesAll()
            || "GROUP".equals(item.get("scope").asText()) || role.tenants().contains(item.get("regionCode").asText()))
            .as("%s may not see %s", role.label(), item).isTrue())));
    rows.add(new Row("GET /api/v1/knowledge/tags", false, (r, g) -> as(r, "GET", api + "/knowledge/tags", null),
        everyone(200), null));
    rows.add(new Row("GET /api/v1/knowledge/{id}", true, (r, g) -> as(r, "GET", api + "/knowledge/" + knowledgeOf(g),
        null), (role, region) -> role.seesAll() || role.tenants().contains(region) ? 200 : 404, null));
    rows.add(new Row("PUT /api/v1/regions/{code}/knowledge-targets", true, (r, g) -> as(r, "PUT",
        api + "/regions/" + g + "/knowledge-targets", Map.of("year", TODAY.getYear() + 1, "targets", List.of())),
        writeRegionVisibleOrNot(200), null));
    rows.add(new Row("GET /api/v1/regions/{code}/knowledge-targets", true, (r, g) -> as(r, "GET",
        api + "/regions/" + g + "/knowledge-targets", null),
        (role, region) -> role.seesRegion(region) || role.officeOf(region) ? 200 : 404,
        (role, region, response) -> response.json().get("rows").forEach(row -> assertThat(!role.officeOf(region)
            || row.get("ownerCode").asText().equals(role.ownProject())).as("%s reads its own line", role.label())
            .isTrue())));

    // 培训管理: the annual plan is region-ops' to submit (refused here for its empty items after the permission check:
    // one plan per region and year leaves no room for a 201 per cell), the president's to approve; sessions are
    // arranged by region-ops for the region-president (one invitation per 201); records are the person's, their
    // region's region-ops and president's, group-ops' and admin's
    rows.add(new Row("POST /api/v1/regions/{code}/training-plans", true, (r, g) -> as(r, "POST",
        api + "/regions/" + g + "/training-plans", Map.of("year", TODAY.getYear(), "items", List.of())),
        (role, region) -> !role.seesRegion(region) ? 404 : role.kind() == Kind.REGION_OPS ? 400 : 403, null));
    rows.add(new Row("GET /api/v1/regions/{code}/training-plans", true, (r, g) -> as(r, "GET",
        api + "/regions/" + g + "/training-plans", null), readRegion(), allOfRegion("regionCode")));
    rows.add(new Row("POST /api/v1/trainings", true, (r, g) -> as(r, "POST", api + "/trainings", trainingBody(g)),
        (role, region) -> role.kind() == Kind.REGION_OPS && role.tenants().contains(region) ? 201 : 403, null));
    rows.add(new Row("GET /api/v1/trainings", false, (r, g) -> as(r, "GET", api + "/trainings", null), everyone(200),
        (role, region, response) -> response.json().forEach(item -> assertThat(role.seesAll()
            || role.tenants().contains(item.get("regionCode").asText())).as("%s may not see %s", role.label(), item)
            .isTrue())));
    rows.add(new Row("GET /api/v1/trainings/{id}", true, (r, g) -> as(r, "GET", api + "/trainings/" + trainingOf(g),
        null), readRegion(), null));
    rows.add(new Row("POST /api/v1/trainings/{id}/documents", true, (r, g) -> {
      Multipart body = new Multipart().file("培训课件" + unique("T") + ".pdf", "application/pdf",
          "%PDF-1.7\n% 培训课件\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
      return http.sendBytes("POST", r.user(), "/api/v1/trainings/" + trainingOf(g) + "/documents", body.bytes(),
          body.headers(), java.time.Duration.ofSeconds(30));
    }, (role, region) -> !role.seesRegion(region) ? 404
        : role.kind() == Kind.REGION_OPS && role.tenants().contains(region) ? 201 : 403, null));
    rows.add(new Row("GET /api/v1/people/{president}/training-record", true, (r, g) -> as(r, "GET",
        api + "/people/president." + g.toLowerCase(java.util.Locale.ROOT) + "/training-record", null),
        (role, region) -> role.seesAll() || ("president." + region.toLowerCase(java.util.Locale.ROOT)).equals(role.user())
            ? 200 : role.kind() == Kind.REGION_OPS || role.kind() == Kind.PRESIDENT
            ? (role.tenants().contains(region) ? 200 : 404) : 403, null));
    rows.add(new Row("GET /api/v1/regions/{code}/training-records", true, (r, g) -> as(r, "GET",
        api + "/regions/" + g + "/training-records", null), (role, region) -> !role.seesRegion(region) ? 404
        : role.seesAll() || role.kind() == Kind.REGION_OPS || role.kind() == Kind.PRESIDENT ? 200 : 403, null));

    // 合作方管理: a project's partnership is read by whoever sees the project and kept by region-ops of its region; a
    // 合作方事项 is submitted by the project's office or region-ops (refused here for the fixtures' lack of partners,
    // after the permission check, writing nothing)
    rows.add(new Row("GET /api/v1/projects/{code}/partnership", true, (r, g) -> as(r, "GET",
        api + "/projects/" + projectFor(r, g) + "/partnership", null), readProject(), null));
    rows.add(new Row("PUT /api/v1/projects/{code}/partnership", true, (r, g) -> as(r, "PUT",
        api + "/projects/" + projectFor(r, g) + "/partnership", Map.of("mode", "INDEPENDENT")),
        (role, region) -> !role.seesProject(projectFor(role, region), region) ? 404 : role.writes(region) ? 200 : 403,
        null));
    rows.add(new Row("POST /api/v1/projects/{code}/partner-matters", true, (r, g) -> as(r, "POST",
        api + "/projects/" + projectFor(r, g) + "/partner-matters", Map.of("kind", "PARTNER_REQUEST", "title",
            "权限矩阵事项", "amount", 0)),
        (role, region) -> !role.seesProject(projectFor(role, region), region) ? 404
            : role.officeOf(region) || role.writes(region) ? 400 : 403, null));
    rows.add(new Row("GET /api/v1/projects/{code}/partner-matters", true, (r, g) -> as(r, "GET",
        api + "/projects/" + projectFor(r, g) + "/partner-matters", null), readProject(), null));

    // 合同交楼时间审核: the project's office and region-ops of the region submit (a date before any planned handover:
    // 400 past the permission check, nothing written); others who see the project 403; reads as the project; the
    // region's margins for its staff (an office: its own project)
    rows.add(new Row("POST /api/v1/projects/{code}/handover-date-reviews", true, (r, g) -> as(r, "POST",
        api + "/projects/" + projectFor(r, g) + "/handover-date-reviews", Map.of("contractHandoverDate", "2000-01-01")),
        (role, region) -> !role.seesProject(projectFor(role, region), region) ? 404
            : role.officeOf(region) || role.writes(region) ? 400 : 403, null));
    rows.add(new Row("GET /api/v1/projects/{code}/handover-date-reviews", true, (r, g) -> as(r, "GET",
        api + "/projects/" + projectFor(r, g) + "/handover-date-reviews", null), readProject(), null));
    rows.add(new Row("GET /api/v1/regions/{code}/handover-margins", true, (r, g) -> as(r, "GET",
        api + "/regions/" + g + "/handover-margins", null),
        (role, region) -> role.seesRegion(region) || role.officeOf(region) ? 200 : 404,
        (role, region, response) -> response.json().get("projects").forEach(p -> assertThat(!role.officeOf(region)
            || p.get("projectCode").asText().equals(role.ownProject())).as("%s reads its own project", role.label())
            .isTrue())));

    // 业绩规划: region-ops of the region submits (refused here for a past start year, after the permission check,
    // writing nothing); the region reads its versions and its approved plan against the actuals (the demo's)
    rows.add(new Row("POST /api/v1/regions/{code}/performance-plans", true, (r, g) -> as(r, "POST",
        api + "/regions/" + g + "/performance-plans", Map.of("startYear", 1999, "horizon", 3, "lines", List.of())),
        writeRegion(400), null));
    rows.add(new Row("GET /api/v1/regions/{code}/performance-plans", true,
        (r, g) -> as(r, "GET", api + "/regions/" + g + "/performance-plans", null), readRegion(), null));
    rows.add(new Row("GET /api/v1/regions/{code}/performance-plans/current", true,
        (r, g) -> as(r, "GET", api + "/regions/" + g + "/performance-plans/current", null), readRegion(), null));

    // 巡检计划: region-ops of the region draws one up (a quarter of its own each call); other regions hidden
    rows.add(new Row("POST /api/v1/regions/{code}/inspection-plans", true, (r, g) -> as(r, "POST",
        api + "/regions/" + g + "/inspection-plans", Map.of("quarter", (2040 + planYears.incrementAndGet()) + "-Q1")),
        (role, region) -> !role.seesRegion(region) ? 404 : role.writes(region) ? 201 : 403, null));
    rows.add(new Row("GET /api/v1/projects/{code}/support-cases", true, (r, g) -> as(r, "GET",
        api + "/projects/" + projectFor(r, g) + "/support-cases", null), readProject(), null));
    rows.add(new Row("GET /api/v1/regions/{code}/support-proposals", true,
        (r, g) -> as(r, "GET", api + "/regions/" + g + "/support-proposals", null), readRegion(), null));
    rows.add(new Row("GET /api/v1/regions/{code}/inspection-plans", true,
        (r, g) -> as(r, "GET", api + "/regions/" + g + "/inspection-plans", null), readRegion(), null));
    rows.add(new Row("GET /api/v1/projects/{code}/findings?status=", true, (r, g) -> as(r, "GET",
        api + "/projects/" + projectFor(r, g) + "/findings?status=OPEN", null), readProject(), null));

    // KPI
    rows.add(new Row("GET /api/v1/kpi?period=", false, (r, g) -> as(r, "GET", api + "/kpi?period=2026-10", null),
        everyone(200), (role, region, response) -> response.json().get("projects").forEach(p ->
            assertThat(role.seesProject(p.get("projectCode").asText(), p.get("regionCode").asText()))
                .as("%s may not rank %s", role.label(), p.get("projectCode")).isTrue())));

    rows.add(new Row("GET /api/v1/kpi.xlsx?period=", false, (r, g) -> as(r, "GET", api + "/kpi.xlsx?period=2026-10",
        null), everyone(200), xlsx()));

    // engine REST
    rows.add(new Row("POST /engine-rest/process-definition/key/plan-adjustment/start", true, (r, g) -> {
      String p = projectFor(r, g);
      return as(r, "POST", "/engine-rest/process-definition/key/plan-adjustment/start", variables(
          "projectCode", p, "nodeCode", freshNode(p, g), "newPlannedFinish", TODAY.plusDays(97).toString(),
          "reason", "权限矩阵测试：施工单位进场推迟一周"));
    }, (role, region) -> role.startsProcesses() && role.seesProject(projectFor(role, region), region) ? 200 : 403,
        null));
    rows.add(new Row("GET /engine-rest/task", true, (r, g) -> {
      return as(r, "GET", "/engine-rest/task?processInstanceId=" + pendingApproval(g).processInstanceId(), null);
    }, everyone(200), (role, region, response) -> assertThat(response.json())
        .as("%s lists region-ops' approval task of %s only when it is theirs", role.label(), region)
        .hasSize(role.writes(region) ? 1 : 0)));
    rows.add(new Row("POST /engine-rest/task/{id}/complete", true, (r, g) -> as(r, "POST",
        "/engine-rest/task/" + pendingApproval(g).taskId() + "/complete", variables("approvalDecision", "APPROVED",
            "approvalComment", "权限矩阵测试")),
        (role, region) -> role.writes(region) ? 204 : role.tenants().contains(region) ? 403 : 404, null));
    rows.add(new Row("GET /engine-rest/process-instance/{id}/variables", true, (r, g) -> as(r, "GET",
        "/engine-rest/process-instance/" + pendingApproval(g).processInstanceId() + "/variables", null),
        // Region-ops reads its region's instances (RegionWideTaskReads); others of the region do not.
        (role, region) -> role.kind() == Kind.ADMIN ? 200 : !role.tenants().contains(region) ? 404
            : role.kind() == Kind.REGION_OPS ? 200 : 403, null));
    rows.add(new Row("GET /engine-rest/history/process-instance", true, (r, g) -> {
      return as(r, "GET", "/engine-rest/history/process-instance?processInstanceId="
          + pendingApproval(g).processInstanceId(), null);
    }, everyone(200), (role, region, response) -> assertThat(response.json())
        .as("%s reads the history of %s's instance only as camunda-admin", role.label(), region)
        .hasSize(role.kind() == Kind.ADMIN ? 1 : 0)));
    rows.add(new Row("POST /engine-rest/deployment/create", false, (r, g) -> deploy(r), adminOnly(200), null));
    rows.add(new Row("POST /engine-rest/filter/create", false, (r, g) -> {
      Http.Response created = as(r, "POST", "/engine-rest/filter/create",
          Map.of("resourceType", "Task", "name", "权限矩阵 " + unique("F"), "query", Map.of()));
      if (created.status() == 200) {
        http.send("DELETE", "admin", Http.DEMO_PASSWORD, "/engine-rest/filter/" + created.json().get("id").asText(),
            null);
      }
      return created;
    }, adminOnly(200), null));
    // 创建任务 in Tasklist: the engine takes no free-standing task (it would belong to no region), so
    // not even camunda-admin, who holds the grant, makes one; Tasklist no longer offers the action
    rows.add(new Row("POST /engine-rest/task/create", false, (r, g) -> {
      String id = unique("free-task-");
      Http.Response created = as(r, "POST", "/engine-rest/task/create", Map.of("id", id, "name", "权限矩阵独立任务"));
      if (created.status() == 204) {
        http.send("DELETE", "admin", Http.DEMO_PASSWORD, "/engine-rest/task/" + id, null);
      }
      return created;
    }, (role, region) -> role.kind() == Kind.ADMIN ? 400 : 403, null));
    rows.add(new Row("GET /engine-rest/authorization/check CREATE task", false, (r, g) -> as(r, "GET",
        "/engine-rest/authorization/check?permissionName=CREATE&resourceName=task&resourceType=7", null),
        everyone(200), (role, region, response) -> assertThat(response.json().get("authorized").asBoolean())
            .as("%s may create a free-standing task", role.label()).isEqualTo(role.kind() == Kind.ADMIN)));
    rows.add(new Row("POST /engine-rest/decision-definition/key/gate-materials/evaluate", false, (r, g) -> as(r,
        "POST", "/engine-rest/decision-definition/key/gate-materials/evaluate",
        variables("gateCode", "PROJECT_KICKOFF")),
        // no one else is granted READ on decision definitions: the engine finds none (404)
        (role, region) -> role.kind() == Kind.ADMIN ? 200 : 404, null));

    // Cockpit: its own session login, then the data its dashboard reads
    rows.add(new Row("POST /camunda/api/admin/auth/user/default/login/cockpit", false,
        (r, g) -> new WebappSession(port).login(r.anonymous() ? "" : r.user(), r.anonymous() ? "" : Http.DEMO_PASSWORD,
            "cockpit"), adminOnly(200), null));
    rows.add(new Row("GET /camunda/api/cockpit/plugin/base/default/process-definition/statistics", false, (r, g) -> {
      WebappSession webapp = new WebappSession(port);
      if (!r.anonymous()) {
        Http.Response login = webapp.login(r.user(), Http.DEMO_PASSWORD, r.kind() == Kind.ADMIN ? "cockpit" : "tasklist");
        assertThat(login.status()).as("%s logs in: %s", r.label(), login).isEqualTo(200);
      }
      return webapp.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics");
    }, adminOnly(200), (role, region, response) -> assertThat(response.json()).isNotEmpty()));
    // plan templates (issue 20): read by everyone; a project's draft by who sees it; written by region-ops
    rows.add(new Row("GET /api/v1/plan-templates", false, (r, g) -> as(r, "GET", api + "/plan-templates", null),
        everyone(200), null));
    rows.add(new Row("GET /api/v1/plan-templates/{code}", false,
        (r, g) -> as(r, "GET", api + "/plan-templates/STANDARD_RESIDENTIAL", null), everyone(200), null));
    rows.add(new Row("PUT /api/v1/plan-templates/{code}", false,
        (r, g) -> as(r, "PUT", api + "/plan-templates/" + unique("T_AX"), Map.of("name", "权限矩阵模板",
            "nodes", List.of(Map.of("nodeCode", "A", "name", "节点A", "nodeLevel", "L1", "category", "OTHER",
                "responsible", "office", "durationDays", 1, "anchor", "LAND_ACQUIRED", "offsetDays", 0)))),
        (role, region) -> role.keepsMasterData() ? 200 : 403, null));
    rows.add(new Row("POST /api/v1/projects/{code}/plan/from-template (preview)", true,
        (r, g) -> as(r, "POST", api + "/projects/" + projectFor(r, g) + "/plan/from-template",
            Map.of("anchors", templateAnchors())), readProject(), null));
    rows.add(new Row("POST /api/v1/projects/{code}/plan/from-template (apply)", true,
        (r, g) -> as(r, "POST", api + "/projects/" + projectFor(r, g) + "/plan/from-template",
            Map.of("anchors", templateAnchors(), "apply", true)),
        (role, region) -> !role.seesProject(projectFor(role, region), region) ? 404 : role.writes(region) ? 200 : 403,
        null));

    // documents (issue 19): read where the project is seen; filed directly only by region-ops of the region
    rows.add(new Row("GET /api/v1/documents/{id}", true,
        (r, g) -> as(r, "GET", api + "/documents/" + documentFor(r, g), null), readProject(), null));
    rows.add(new Row("GET /api/v1/documents/{id}/content", true,
        (r, g) -> as(r, "GET", api + "/documents/" + documentFor(r, g) + "/content", null), readProject(), null));
    rows.add(new Row("GET /api/v1/documents/{id}/versions", true,
        (r, g) -> as(r, "GET", api + "/documents/" + documentFor(r, g) + "/versions", null), readProject(), null));
    rows.add(new Row("GET /api/v1/projects/{code}/archive", true,
        (r, g) -> as(r, "GET", api + "/projects/" + projectFor(r, g) + "/archive", null), readProject(), null));
    rows.add(new Row("GET /api/v1/regions/{code}/documents", true,
        (r, g) -> as(r, "GET", api + "/regions/" + g + "/documents", null), readRegion(), null));
    rows.add(new Row("POST /api/v1/documents (no task)", true,
        (r, g) -> r.anonymous() ? as(r, "POST", api + "/documents", null)
            : upload(r.user(), projectFor(r, g), "矩阵上传.pdf"),
        (role, region) -> !role.seesProject(projectFor(role, region), region) ? 404 : role.writes(region) ? 201 : 403,
        null));
    rows.add(new Row("DELETE /api/v1/documents/{id} (filed without a task)", true,
        (r, g) -> as(r, "DELETE", api + "/documents/" + uploadFor(opsOf(g), projectFor(r, g)), null),
        (role, region) -> !role.seesProject(projectFor(role, region), region) ? 404 : role.writes(region) ? 204 : 403,
        null));
    rows.add(new Row("GET /api/v1/documents/access-log", false,
        (r, g) -> as(r, "GET", api + "/documents/access-log?limit=5", null), adminOnly(200), null));

    // notifications that did not go out (camunda-admin). Retry asks for a notification that does not exist:
    // the refusal must come before the lookup; re-queueing a real one is NotificationOutboxIT's.
    rows.add(new Row("GET /api/v1/admin/notifications/undelivered", false,
        (r, g) -> as(r, "GET", api + "/admin/notifications/undelivered?limit=5", null), adminOnly(200), null));
    rows.add(new Row("POST /api/v1/admin/notifications/{id}/retry", false,
        (r, g) -> as(r, "POST", api + "/admin/notifications/" + Long.MAX_VALUE + "/retry", null),
        (role, region) -> role.kind() == Kind.ADMIN ? 404 : 403, null));

    return rows;
  }

  /** A session of the region for its president, a month ahead. */
  Map<String, Object> trainingBody(String region) {
    return Map.of("regionCode", region, "topic", "权限矩阵培训" + unique("TR"), "trainer", "区域运营管理部",
        "startsAt", TODAY.plusDays(30) + "T10:00", "hours", 2, "place", "区域总部 8 楼会议室",
        "audienceGroups", List.of("region-president"));
  }

  /** The region's session, arranged by its region-ops the first time a row asks. */
  long trainingOf(String region) {
    return training.computeIfAbsent(region, r -> {
      Http.Response created = http.post(opsOf(r), "/api/v1/trainings", trainingBody(r));
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      return created.json().get("id").asLong();
    });
  }

  /** A lesson drafted in the region (its home region named: group-ops and admin work in both). */
  Map<String, Object> knowledgeBody(String region) {
    return Map.of("kind", "LESSON", "title", "权限矩阵条目" + unique("KB"), "body", "权限矩阵的测试条目。",
        "regionCode", region, "tags", List.of("住宅"));
  }

  /** The region's published entry: drafted, submitted and approved by its region-ops the first time a row asks. */
  long knowledgeOf(String region) {
    return knowledge.computeIfAbsent(region, r -> {
      String ops = opsOf(r);
      Http.Response created = http.post(ops, "/api/v1/knowledge", knowledgeBody(r));
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      long id = created.json().get("id").asLong();
      assertThat(http.post(ops, "/api/v1/knowledge/" + id + "/submit", null).status()).isEqualTo(200);
      JsonNode task = http.tasks(ops, "knowledge:" + id + ":v1").get(0);
      Http.Response done = http.post(ops, "/engine-rest/task/" + task.get("id").asText() + "/complete",
          Http.completion(Map.of("knowledgeReview", "APPROVED")));
      assertThat(done.status()).as(done.toString()).isEqualTo(204);
      return id;
    });
  }

  /** A policy for fn-cost with a number of its own; acknowledged within 30 days. */
  Map<String, Object> policyBody() {
    return Map.of("title", "权限矩阵制度", "number", unique("ZD"), "version", 1, "effectiveDate", TODAY.toString(),
        "groups", List.of("fn-cost"), "acknowledgeBy", TODAY.plusDays(30).toString());
  }

  /** The region's policy, published by its region-ops the first time a row asks for it. */
  long policyOf(String region) {
    return policy.computeIfAbsent(region, r -> {
      Http.Response published = http.post(opsOf(r), "/api/v1/policies", policyBody());
      assertThat(published.status()).as(published.toString()).isEqualTo(201);
      return published.json().get("id").asLong();
    });
  }

  /** Region-wide writes checked against the region without hiding it first (403 for the other region). */
  static Rule writeRegionVisibleOrNot(int ok) {
    return (role, region) -> role.writes(region) ? ok : 403;
  }

  /**
   * Kickoff needs a project without an open round: the callers that may start get a fresh
   * project each. An office's own demo project must not change, so the office asks for
   * 规划设计策划会 with a meeting date in the past: allowed to ask, refused by the gate's rules
   * (400), no instance.
   */
  Http.Response startGate(Role role, String region) {
    String p = projectFor(role, region);
    Map<String, Object> declarations = Map.of("targetConstructionStart", TODAY.plusDays(60).toString(),
        "targetFirstOpening", TODAY.plusDays(300).toString(), "targetHandover", TODAY.plusDays(900).toString(),
        "targetSales", 280000, "targetNetProfit", 21000.5);
    if (role.officeOf(region)) {
      return as(role, "POST", "/api/v1/projects/" + p + "/gate-reviews", Map.of("gateCode", "DESIGN_PLANNING",
          "plannedMeetingDate", TODAY.minusDays(1).toString()));
    }
    if (role.writes(region)) {
      p = createProject(opsOf(region), region);
    }
    return as(role, "POST", "/api/v1/projects/" + p + "/gate-reviews", Map.of("gateCode", "PROJECT_KICKOFF",
        "plannedMeetingDate", TODAY.plusDays(7).toString(), "declarations", declarations));
  }

  static Map<String, Object> variables(Object... pairs) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      variables.put((String) pairs[i], Map.of("value", pairs[i + 1]));
    }
    return Map.of("variables", variables);
  }

  Http.Response deploy(Role role) {
    String key = "access-probe-" + uniq.toLowerCase();
    String bpmn = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
        + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"access\">"
        + "<process id=\"" + key + "\" isExecutable=\"true\" camunda:historyTimeToLive=\"1\">"
        + "<startEvent id=\"StartEvent_1\"/></process></definitions>";
    String boundary = "----access" + uniq;
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + key
        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + key + ".bpmn\"\r\n"
        + "Content-Type: application/xml\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/engine-rest/deployment/create")).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (!role.anonymous()) {
      request.header("Authorization", basic(role.user(), Http.DEMO_PASSWORD));
    }
    return Http.exchange(HttpClient.newHttpClient(), request.build());
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  // ---------------------------------------------------------------- one test per cell

  @TestFactory
  Stream<DynamicTest> matrix() {
    List<DynamicTest> cells = new ArrayList<>();
    for (Row row : rows()) {
      for (String region : row.regional() ? REGIONS : java.util.Collections.<String>singletonList(null)) {
        for (Role role : ROLES) {
          String name = role.label() + " × " + row.name() + (region == null ? "" : " × " + role.tenantLabel(region));
          cells.add(DynamicTest.dynamicTest(name, () -> cell(row, role, region, name)));
        }
      }
    }
    return cells.stream();
  }

  void cell(Row row, Role role, String region, String name) {
    int expected = role.anonymous() ? 401 : row.rule().expected(role, region);
    Http.Response response = row.call().call(role, region);

    assertThat(response.status()).as("%s: never a 5xx: %s", name, response).isLessThan(500);
    assertThat(response.status()).as("%s: %s", name, response).isEqualTo(expected);
    if (row.name().contains(" /api/v1/") && expected >= 400) {
      assertThat(response.contentType()).as("%s: problem+json", name).startsWith("application/problem+json");
    }
    if (expected < 300 && row.content() != null) {
      row.content().check(role, region, response);
    }
  }

  // ---------------------------------------------------------------- passwords and login throttling

  @Autowired
  DataSource dataSource;

  @Autowired
  ProcessEngineConfigurationImpl engineConfiguration;

  /** Camunda's default: salted SHA-512, so two users with the same password have different hashes. */
  @Test
  void passwordsAreStoredSaltedAndHashed() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    List<Map<String, Object>> users = jdbc.queryForList("SELECT ID_, PWD_, SALT_ FROM ACT_ID_USER");
    assertThat(users).extracting(u -> u.get("ID_")).contains("admin", "ops.south", "ops.east", "office.gz01");
    Set<Object> hashes = new java.util.HashSet<>();
    for (Map<String, Object> user : users) {
      String pwd = (String) user.get("PWD_");
      assertThat(pwd).as("PWD_ of %s", user.get("ID_")).isNotEqualTo(Http.DEMO_PASSWORD).startsWith("{SHA-512}")
          .doesNotContain(Http.DEMO_PASSWORD);
      assertThat((String) user.get("SALT_")).as("SALT_ of %s", user.get("ID_")).isNotBlank();
      assertThat(hashes.add(pwd)).as("hash of %s is unique (salted)", user.get("ID_")).isTrue();
    }
  }

  /** Camunda's login throttling is on (its defaults, which the app does not change). */
  @Test
  void loginThrottlingIsConfigured() {
    assertThat(engineConfiguration.getLoginMaxAttempts()).as("loginMaxAttempts").isEqualTo(10);
    assertThat(engineConfiguration.getLoginDelayBase()).as("loginDelayBase (s)").isEqualTo(3);
    assertThat(engineConfiguration.getLoginDelayFactor()).as("loginDelayFactor").isEqualTo(2);
    assertThat(engineConfiguration.getLoginDelayMaxTime()).as("loginDelayMaxTime (s)").isEqualTo(60);
  }

  /**
   * On a throwaway user: after one wrong password even the right one is refused until the delay
   * has passed, over our API as over engine REST.
   */
  @Test
  void aFailedLoginLocksTheUserForTheDelay() throws InterruptedException {
    String user = "acc.lock." + uniq.toLowerCase();
    String password = "Throw-away-" + uniq;
    Http.Response created = http.post("admin", "/engine-rest/user/create", Map.of(
        "profile", Map.of("id", user, "firstName", "锁定", "lastName", "测试", "email", user + "@example.com"),
        "credentials", Map.of("password", password)));
    assertThat(created.status()).as(created.toString()).isEqualTo(204);
    try {
      assertThat(http.send("GET", user, password, "/api/v1/regions", null).status()).isEqualTo(200);

      long failedAt = System.nanoTime();
      assertThat(http.send("GET", user, "wrong", "/api/v1/regions", null).status()).isEqualTo(401);
      Http.Response locked = http.send("GET", user, password, "/api/v1/regions", null);
      Http.Response lockedEngine = http.send("GET", user, password, "/engine-rest/user/" + user + "/profile", null);
      long elapsedMillis = (System.nanoTime() - failedAt) / 1_000_000;

      assertThat(elapsedMillis).as("the second attempt came within the delay").isLessThan(3000);
      assertThat(locked.status()).as("right password within the delay: " + locked).isEqualTo(401);
      assertThat(lockedEngine.status()).as("engine REST within the delay: " + lockedEngine).isEqualTo(401);
      Thread.sleep(Math.max(0, 3500 - elapsedMillis));
      assertThat(http.send("GET", user, password, "/api/v1/regions", null).status())
          .as("right password after the delay").isEqualTo(200);
    } finally {
      http.send("DELETE", "admin", Http.DEMO_PASSWORD, "/engine-rest/user/" + user, null);
    }
  }

  // Demo users outside the demo profile: StartupIT.theFirstAdministratorComesFromConfigurationAndNoDemoUsersExist
}
