package com.regionops.platform.engine;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes Camunda's schema lacks for queries the engine runs all the time:
 * <ul>
 *   <li>Completing a task looks for its subtasks ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}), a
 *   full scan of the open tasks without an index: 21 ms of each completion with 15,000 open tasks on MariaDB,
 *   growing with every region on the installation (issue 11, bench/README.md).</li>
 *   <li>Inboxes of one kind of task (上会资料审核, 决议核验, 项目待办) count by task definition key; without an index
 *   MariaDB counts them from the group's identity links, 17–27 ms each at 10,000 open tasks for the group, under
 *   2 ms with it (issue 26, bench/README.md).</li>
 * </ul>
 * On MySQL/MariaDB it also samples 200 pages instead of 20 for the statistics of the task and identity-link tables.
 * Every inbox's first page joins the two and orders by creation time, and on 20 sampled pages InnoDB's estimates
 * sometimes make MariaDB scan all tasks newest first instead of starting from the group's links: 3 of 15 recounts at
 * 50,000 open tasks, each page then 150 ms instead of 55–60 ms; 0 of 15 with 200 pages (issue 26, bench/README.md).
 * The option changes no data and is instant.
 *
 * <p>Created after the engine has created or updated its schema, which Flyway (run before the
 * engine) cannot do on an empty database; under the start-up lock (StartupLock), so one node of a
 * cluster creates them. Our names (RO_) keep clear of Camunda's upgrade scripts.
 */
public class EngineIndexes extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  public record Index(String name, String table, String column) {}

  public static final List<Index> INDEXES = List.of(new Index("RO_IDX_TASK_PARENT", "ACT_RU_TASK", "PARENT_TASK_ID_"),
      new Index("RO_IDX_TASK_DEF_KEY", "ACT_RU_TASK", "TASK_DEF_KEY_"));

  /** Tables whose plans follow InnoDB's sampled statistics, and the pages to sample (InnoDB's default is 20). */
  public static final List<String> SAMPLED_TABLES = List.of("ACT_RU_TASK", "ACT_RU_IDENTITYLINK");
  public static final String SAMPLE_OPTION = "stats_sample_pages=200";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ensure(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource());
  }

  public static void ensure(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      for (Index index : INDEXES) {
        if (!exists(connection, index)) {
          try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE INDEX " + index.name() + " ON " + index.table() + " (" + index.column() + ")");
          }
          LOG.info("created index {} on {}({})", index.name(), index.table(), index.column());
        }
      }
      if (isMySql(connection)) {
        for (String table : SAMPLED_TABLES) {
          if (!sampled(connection, table)) {
            try (Statement statement = connection.createStatement()) {
              statement.execute("ALTER TABLE " + table + " " + SAMPLE_OPTION);
            }
            LOG.info("{} now samples {}", table, SAMPLE_OPTION);
          }
        }
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("could not create the engine indexes " + INDEXES + " or set " + SAMPLE_OPTION, e);
    }
  }

  /** MySQL or MariaDB (Connector/J names either), where GET_LOCK, table options and our statements apply. */
  static boolean isMySql(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    return product.contains("mysql") || product.contains("mariadb");
  }

  /** Whether the table (of the connection's database) has the larger statistics sample; MySQL/MariaDB only. */
  public static boolean sampled(Connection connection, String table) throws SQLException {
    try (var query = connection.prepareStatement("SELECT CREATE_OPTIONS FROM information_schema.TABLES"
        + " WHERE TABLE_SCHEMA = DATABASE() AND UPPER(TABLE_NAME) = ?")) {
      query.setString(1, table);
      try (ResultSet row = query.executeQuery()) {
        return row.next() && row.getString(1) != null
            && row.getString(1).toLowerCase(Locale.ROOT).contains(SAMPLE_OPTION);
      }
    }
  }

  public static boolean exists(Connection connection, Index index) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    try (ResultSet indexes = meta.getIndexInfo(connection.getCatalog(), null, index.table(), false, false)) {
      while (indexes.next()) {
        String name = indexes.getString("INDEX_NAME");
        if (name != null && name.toUpperCase(Locale.ROOT).equals(index.name())) {
          return true;
        }
      }
    }
    return false;
  }
}
