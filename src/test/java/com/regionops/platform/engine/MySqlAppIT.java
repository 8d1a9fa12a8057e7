package com.regionops.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.support.Http;
import com.regionops.support.MySqlServer;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app as production runs it: the mysql profile against MariaDB, on a database created
 * fresh, so Camunda's and our schema are made by the first start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false", "camunda.bpm.generate-unique-process-engine-name=true"})
@ActiveProfiles({"mysql", "demo"})
class MySqlAppIT {

  static final String DATABASE = "regionops_it";
  static final String FOUR_BYTE = "主体结构封顶𠀀😀";

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  IdentityService identityService;

  @Autowired
  FilterService filterService;

  @Autowired
  TaskService taskService;

  @Autowired
  RuntimeService runtimeService;

  @BeforeAll
  static void freshDatabase() {
    MySqlServer.assumeAvailable();
    MySqlServer.recreateDatabase(DATABASE);
  }

  @DynamicPropertySource
  static void datasource(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> MySqlServer.url(DATABASE));
    registry.add("spring.datasource.username", () -> MySqlServer.USER);
    registry.add("spring.datasource.password", () -> MySqlServer.PASSWORD);
  }

  @Test
  void camundaAndDomainTablesAreCreatedInUtf8mb4() {
    List<Map<String, Object>> tables = jdbc.queryForList("SELECT table_name, table_collation FROM "
        + "information_schema.tables WHERE table_schema = ?", DATABASE);

    assertThat(tables).extracting(t -> t.get("table_name").toString().toUpperCase())
        .contains("ACT_RU_EXECUTION", "ACT_ID_USER", "RO_PROJECT", "RO_PLAN_NODE", "RO_CERTIFICATE");
    assertThat(tables).allSatisfy(t -> assertThat(String.valueOf(t.get("table_collation")))
        .as(t.get("table_name").toString()).startsWith("utf8mb4"));
  }

  @Test
  void fourByteTextRoundTripsThroughTheApiIntoMariaDb() {
    Http http = new Http(port);
    Map<String, Object> node = Map.of("nodeCode", "EMOJI1", "name", FOUR_BYTE, "nodeLevel", "MILESTONE",
        "category", "CONSTRUCTION", "plannedFinish", "2027-06-30");

    Http.Response written = http.put("ops.south", "/api/v1/projects/GZ01/plan-nodes/EMOJI1", node);
    Http.Response read = http.get("office.gz01", "/api/v1/projects/GZ01/plan-nodes");

    assertThat(written.status()).as(written.toString()).isEqualTo(200);
    assertThat(read.json()).filteredOn(n -> n.get("nodeCode").asText().equals("EMOJI1"))
        .extracting(n -> n.get("name").asText()).containsExactly(FOUR_BYTE);
    assertThat(jdbc.queryForObject("SELECT name FROM ro_plan_node WHERE project_code = 'GZ01' AND node_code = 'EMOJI1'",
        String.class)).isEqualTo(FOUR_BYTE);
  }

  @Test
  void camundaTablesKeepFourByteText() {
    User user = identityService.newUser("emoji.user");
    user.setFirstName(FOUR_BYTE);
    identityService.saveUser(user);

    assertThat(identityService.createUserQuery().userId("emoji.user").singleResult().getFirstName())
        .isEqualTo(FOUR_BYTE);
  }

  @Test
  void demoDataIsSeededOnMariaDbToo() {
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ro_project", Long.class)).isGreaterThanOrEqualTo(6);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ro_gate_definition", Long.class)).isEqualTo(10);
  }

  /** Files through the API into MariaDB: 1 MiB chunks each under max_allowed_packet, read back whole and in part. */
  @Test
  void aFileOfSeveralChunksRoundTripsThroughMariaDb() {
    Http http = new Http(port);
    byte[] content = new byte[3 * 1024 * 1024 + 4321];
    new java.util.Random(3).nextBytes(content);
    byte[] head = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    System.arraycopy(head, 0, content, 0, head.length);
    com.regionops.support.Multipart body = new com.regionops.support.Multipart().field("projectCode", "GZ01")
        .field("kind", "OTHER").field("ownerType", "PROJECT").file("三兆文件" + FOUR_BYTE + ".pdf", "application/pdf", content);

    Http.Response uploaded = http.sendBytes("POST", "ops.south", "/api/v1/documents", body.bytes(), body.headers(),
        java.time.Duration.ofSeconds(60));

    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    long id = uploaded.json().get("id").asLong();
    assertThat(uploaded.json().get("fileName").asText()).isEqualTo("三兆文件" + FOUR_BYTE + ".pdf");
    assertThat(http.bytes("office.gz01", "/api/v1/documents/" + id + "/content")).isEqualTo(content);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ro_document_chunk c JOIN ro_document d ON d.content_id = c.content_id "
        + "WHERE d.id = ?", Integer.class, id)).isEqualTo(4);
  }

  /**
   * The task and variable queries OwnTaskReads shapes run on MariaDB: inboxes without the per-task check,
   * every other task query and Tasklist's variable columns in Camunda's correlated form. Through the engine's
   * API as each demo user (engine REST serves the "default" engine, which this context does not name so).
   */
  @Test
  void everyInboxAndTaskQueryRunsOnMariaDb() {
    long gz01 = -1;
    for (String user : List.of("ops.south", "president.south", "groupops", "office.gz01", "design.south")) {
      List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId)
          .toList();
      List<String> tenants = identityService.createTenantQuery().userMember(user).includingGroupsOfUser(true).list()
          .stream().map(Tenant::getId).toList();
      identityService.setAuthentication(user, groups, tenants);
      try {
        List<Filter> inboxes = filterService.createTaskFilterQuery().list();
        assertThat(inboxes).as(user).isNotEmpty();
        for (Filter inbox : inboxes) {
          assertThat(filterService.count(inbox.getId())).as(user + " " + inbox.getName())
              .isEqualTo(filterService.list(inbox.getId()).size());
          if (user.equals("office.gz01") && inbox.getName().equals("我的组待办")) {
            gz01 = filterService.count(inbox.getId());
          }
        }
        assertThat(taskService.createTaskQuery().processInstanceBusinessKeyLike("%").count()).as(user)
            .isEqualTo(taskService.createTaskQuery().processInstanceBusinessKeyLike("%").list().size());
        int columns = runtimeService.createVariableInstanceQuery().variableName("projectCode").listPage(0, 5).size();
        if (user.equals("ops.south")) {
          assertThat(columns).as("region-ops reads its region's instances").isPositive();
        }
      } finally {
        identityService.clearAuthentication();
      }
    }
    assertThat(gz01).as("the demo's GZ01 work").isPositive();
  }
}
