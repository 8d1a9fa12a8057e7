package com.regionops.platform.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Nodes of a cluster that start at the same moment take turns: on MySQL/MariaDB the first holds
 * a named database lock from before Flyway and the engine until the application is ready, so
 * Camunda's schema, our migrations, the model deployment, the identity bootstrap and the Tasklist
 * filters are each done by one node while the others wait (found by reliability/two-nodes.sh: two
 * nodes on an empty database both created Camunda's tables and one failed to start). A node that
 * dies holding it lets go with its connection. Nothing to do on the embedded H2.
 */
class StartupLock implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

  static final String NAME = "regionops-startup";
  static final int WAIT_SECONDS = 600;
  private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);

  private Connection held;

  StartupLock(DataSource dataSource) throws SQLException {
    Connection connection = dataSource.getConnection();
    if (!EngineIndexes.isMySql(connection)) {
      connection.close();
      return;
    }
    long started = System.nanoTime();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT GET_LOCK('" + NAME + "', " + WAIT_SECONDS + ")")) {
      if (!result.next() || result.getInt(1) != 1) {
        connection.close();
        throw new IllegalStateException("Another node held the startup lock '" + NAME + "' for " + WAIT_SECONDS + " s");
      }
    }
    held = connection;
    LOG.info("Startup lock taken after {} ms", (System.nanoTime() - started) / 1_000_000);
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    release();
  }

  @Override
  public void destroy() {
    release();
  }

  private synchronized void release() {
    if (held == null) {
      return;
    }
    try (Connection connection = held; Statement statement = connection.createStatement()) {
      statement.execute("DO RELEASE_LOCK('" + NAME + "')");
      LOG.info("Startup lock released");
    } catch (SQLException e) {
      LOG.warn("Startup lock release failed (it goes with the connection): {}", e.toString());
    } finally {
      held = null;
    }
  }

  @Configuration
  static class Config {

    /** The beans that must wait for the lock: our migrations and the process engine. */
    static final List<String> WAITING = List.of("flywayInitializer", "processEngineFactoryBean");

    @Bean
    StartupLock startupLock(DataSource dataSource) throws SQLException {
      return new StartupLock(dataSource);
    }

    @Bean
    static BeanFactoryPostProcessor startupLockFirst() {
      return factory -> {
        for (String name : WAITING) {
          if (factory.containsBeanDefinition(name)) {
            BeanDefinition definition = factory.getBeanDefinition(name);
            Set<String> dependsOn = new LinkedHashSet<>();
            if (definition.getDependsOn() != null) {
              dependsOn.addAll(Arrays.asList(definition.getDependsOn()));
            }
            dependsOn.add("startupLock");
            definition.setDependsOn(dependsOn.toArray(String[]::new));
          }
        }
      };
    }
  }
}
