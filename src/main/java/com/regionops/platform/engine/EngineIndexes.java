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
    } catch (SQLException e) {
      throw new ProcessEngineException("could not create the engine indexes " + INDEXES, e);
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
