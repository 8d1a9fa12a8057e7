package com.regionops.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.support.MySqlServer;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Task lists on MariaDB through TaskPagesIdsFirst's statement give exactly what Camunda's own statement gives: the
 * same tasks in the same order, page by page, with the identity-link join, OR queries, tenants and authorization
 * checks. Every sort key is unique, so the order is determined and any difference would show.
 */
class TaskPagesIdsFirstTest {

  static final String DATABASE = "regionops_task_pages";
  static HikariDataSource dataSource;
  static ProcessEngine engine;
  static ProcessEngineConfigurationImpl configuration;
  static TaskService tasks;

  @BeforeAll
  static void engineOnMariaDb() {
    MySqlServer.assumeAvailable();
    MySqlServer.recreateDatabase(DATABASE);
    dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(MySqlServer.url(DATABASE));
    dataSource.setUsername(MySqlServer.USER);
    dataSource.setPassword(MySqlServer.PASSWORD);
    dataSource.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    configuration = (ProcessEngineConfigurationImpl) new StandaloneProcessEngineConfiguration()
        .setDataSource(dataSource).setDatabaseSchemaUpdate("true").setHistory("none")
        .setJobExecutorActivate(false).setProcessEngineName("task-pages");
    configuration.setProcessEnginePlugins(List.of(new TaskPagesIdsFirst()));
    engine = configuration.buildProcessEngine();
    tasks = engine.getTaskService();
    seed();
  }

  @AfterAll
  static void close() {
    ClockUtil.reset();
    if (engine != null) {
      engine.close();
    }
    if (dataSource != null) {
      dataSource.close();
    }
  }

  /** 60 tasks, most open to two or three of the groups (so the join repeats them), some assigned, two tenants. */
  static void seed() {
    long start = 1_800_000_000_000L;
    for (int i = 0; i < 60; i++) {
      ClockUtil.setCurrentTime(new Date(start + i * 60_000L));
      Task task = tasks.newTask("task-" + i);
      task.setName("任务 " + (char) ('A' + (i * 7) % 26) + i);
      task.setPriority((i * 13) % 60);
      task.setDueDate(new Date(start + ((i * 17) % 60) * 3_600_000L));
      task.setTenantId(i % 3 == 0 ? "NORTH" : "SOUTH");
      if (i % 5 == 0) {
        task.setAssignee("ops.south");
      } else if (i % 7 == 0) {
        task.setAssignee("someone.else");
      }
      tasks.saveTask(task);
      tasks.addCandidateGroup(task.getId(), "region-ops");
      if (i % 2 == 0) {
        tasks.addCandidateGroup(task.getId(), "group-ops");
      }
      if (i % 4 == 0) {
        tasks.addCandidateGroup(task.getId(), "president");
      }
    }
    ClockUtil.reset();
  }

  static final List<String> GROUPS = List.of("region-ops", "group-ops", "president");

  /** Each query as Tasklist and our services ask it: filters' queries, sort orders and pages. */
  static final Map<String, Function<TaskService, TaskQuery>> QUERIES = Map.of(
      "group inbox, newest first", t -> t.createTaskQuery().taskCandidateGroupIn(GROUPS).includeAssignedTasks()
          .orderByTaskCreateTime().desc(),
      "one group, due first then priority", t -> t.createTaskQuery().taskCandidateGroup("group-ops")
          .orderByDueDate().asc().orderByTaskPriority().desc(),
      "mine: assignee or groups, by name", t -> t.createTaskQuery().or().taskAssignee("ops.south")
          .taskCandidateGroupIn(List.of("president")).includeAssignedTasks().endOr().orderByTaskName().asc(),
      "no order asked", t -> t.createTaskQuery().taskCandidateGroupIn(GROUPS),
      "one tenant, by priority then id", t -> t.createTaskQuery().tenantIdIn("SOUTH").taskCandidateGroupIn(GROUPS)
          .includeAssignedTasks().orderByTaskPriority().asc().orderByTaskId().desc(),
      "case-insensitive name (Camunda's statement)", t -> t.createTaskQuery().taskCandidateGroup("region-ops")
          .orderByTaskNameCaseInsensitive().desc(),
      "a task variable order (Camunda's statement)", t -> t.createTaskQuery().taskCandidateGroup("region-ops")
          .orderByTaskVariable("missing", org.camunda.bpm.engine.variable.type.ValueType.STRING).asc()
          .orderByTaskCreateTime().asc());

  @Test
  void everyQueryGivesCamundasTasksInCamundasOrderPageByPage() {
    assertThat(configuration.getDbSqlSessionFactory().mapStatement(TaskPagesIdsFirst.CAMUNDA_STATEMENT))
        .isEqualTo(TaskPagesIdsFirst.STATEMENT);
    for (var query : QUERIES.entrySet()) {
      List<String> camunda = withCamundasStatement(() -> pages(query.getValue()));
      List<String> ours = pages(query.getValue());
      assertThat(ours).as(query.getKey()).isEqualTo(camunda);
      assertThat(ours).as(query.getKey() + " finds tasks").isNotEmpty();
    }
  }

  @Test
  void theTwoStepStatementServesTaskColumnOrdersAndLeavesTheOthersToCamunda() {
    for (var query : QUERIES.entrySet()) {
      boolean camundas = query.getKey().endsWith("(Camunda's statement)");
      assertThat(TaskPagesIdsFirst.applies((TaskQueryImpl) query.getValue().apply(tasks))).as(query.getKey())
          .isEqualTo(!camundas);
    }
  }

  @Test
  void aPersonReadsOnlyWhatTheirGrantsAndTenantsAllow() {
    Authorization grant = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId("region-ops");
    grant.setResource(Resources.TASK);
    grant.setResourceId("*");
    grant.addPermission(Permissions.READ);
    engine.getAuthorizationService().saveAuthorization(grant);
    configuration.setAuthorizationEnabled(true);
    engine.getIdentityService().setAuthentication("ops.south", List.of("region-ops"), List.of("SOUTH"));
    try {
      Function<TaskService, TaskQuery> inbox = t -> t.createTaskQuery().taskCandidateGroup("region-ops")
          .includeAssignedTasks().orderByTaskCreateTime().desc();
      assertThat(pages(inbox)).isEqualTo(withCamundasStatement(() -> pages(inbox)));
      List<Integer> read = inbox.apply(tasks).list().stream().map(t -> Integer.parseInt(t.getId().substring(5)))
          .toList();
      assertThat(read).as("SOUTH's 40 tasks, newest first; NORTH's stay hidden").hasSize(40)
          .noneMatch(i -> i % 3 == 0).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    } finally {
      engine.getIdentityService().clearAuthentication();
      configuration.setAuthorizationEnabled(false);
      engine.getAuthorizationService().deleteAuthorization(grant.getId());
    }
  }

  /** Every page of 7 (the last one short), then the whole list, as one list of ids with a marker between. */
  static List<String> pages(Function<TaskService, TaskQuery> query) {
    List<String> ids = new ArrayList<>();
    for (int first = 0; first < 70; first += 7) {
      query.apply(tasks).listPage(first, 7).forEach(t -> ids.add(t.getId()));
      ids.add("|");
    }
    query.apply(tasks).list().forEach(t -> ids.add(t.getId()));
    return ids;
  }

  static <T> T withCamundasStatement(java.util.function.Supplier<T> read) {
    Map<String, String> ours = configuration.getDbSqlSessionFactory().getStatementMappings();
    Map<String, String> camundas = new java.util.HashMap<>(ours);
    camundas.remove(TaskPagesIdsFirst.CAMUNDA_STATEMENT);
    configuration.getDbSqlSessionFactory().setStatementMappings(camundas);
    try {
      return read.get();
    } finally {
      configuration.getDbSqlSessionFactory().setStatementMappings(ours);
    }
  }
}
