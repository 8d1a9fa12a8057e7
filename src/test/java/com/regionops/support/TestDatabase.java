package com.regionops.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.ibatis.io.Resources;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.flywaydb.core.Flyway;

/**
 * The two databases every mapper is tested on: H2 in MySQL mode (in memory) and MariaDB
 * (database regionops_test, cleaned and migrated once per test JVM). Both get our Flyway
 * migrations and the app's own mybatis-config.xml, so a mapper meets the same SQL dialect
 * and settings as in production. Sessions are never committed: each test leaves no rows.
 */
public enum TestDatabase {
  H2,
  MYSQL;

  private static final Map<String, String> MYSQL_PLACEHOLDERS =
      Map.of("table_options", "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");

  private SqlSessionFactory factory;
  private HikariDataSource dataSource;

  /** A session that rolls back when closed; skips or fails the test when MySQL is away. */
  public SqlSession openSession() {
    return sessions().openSession(false);
  }

  public synchronized DataSource dataSource() {
    if (dataSource == null) {
      HikariConfig config = new HikariConfig();
      config.setMaximumPoolSize(2);
      config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
      if (this == H2) {
        config.setJdbcUrl("jdbc:h2:mem:mappers;MODE=MySQL;DB_CLOSE_DELAY=-1");
        config.setUsername("sa");
      } else {
        MySqlServer.assumeAvailable();
        MySqlServer.execute("CREATE DATABASE IF NOT EXISTS regionops_test CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        config.setJdbcUrl(MySqlServer.url("regionops_test"));
        config.setUsername(MySqlServer.USER);
        config.setPassword(MySqlServer.PASSWORD);
        config.setConnectionInitSql("SET SESSION old_mode=''");
      }
      dataSource = new HikariDataSource(config);
      migrate();
    }
    return dataSource;
  }

  private void migrate() {
    Flyway flyway = Flyway.configure()
        .dataSource(dataSource)
        .table("ro_schema_history")
        .placeholders(this == MYSQL ? MYSQL_PLACEHOLDERS : Map.of("table_options", ""))
        .cleanDisabled(false)
        .load();
    flyway.clean();
    flyway.migrate();
  }

  private synchronized SqlSessionFactory sessions() {
    if (this == MYSQL) {
      MySqlServer.assumeAvailable();
    }
    if (factory == null) {
      try (Reader config = Resources.getResourceAsReader("mybatis-config.xml")) {
        factory = new SqlSessionFactoryBuilder().build(config);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      Configuration configuration = factory.getConfiguration();
      configuration.setEnvironment(new Environment(name(), new JdbcTransactionFactory(), dataSource()));
      configuration.addMappers("com.regionops");
    }
    return factory;
  }

  /** For assertions on what reached the database, outside MyBatis. */
  public Connection connection() throws java.sql.SQLException {
    return dataSource().getConnection();
  }
}
