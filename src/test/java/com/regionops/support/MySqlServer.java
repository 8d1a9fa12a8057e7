package com.regionops.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * The MariaDB/MySQL server the tests use: 127.0.0.1:3306, root, empty password unless
 * REGIONOPS_TEST_MYSQL_HOST/USER/PASSWORD say otherwise. Tests that need it skip with a
 * clear message when it is not reachable, and fail instead when REGIONOPS_REQUIRE_MYSQL=true
 * (as .ci/run sets it).
 */
public final class MySqlServer {

  public static final String HOST = env("REGIONOPS_TEST_MYSQL_HOST", "127.0.0.1:3306");
  public static final String USER = env("REGIONOPS_TEST_MYSQL_USER", "root");
  public static final String PASSWORD = env("REGIONOPS_TEST_MYSQL_PASSWORD", "");
  private static final String OPTIONS = "nullDatabaseMeansCurrent=true&sendFractionalSeconds=false"
      + "&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&useSSL=false&allowPublicKeyRetrieval=true";

  private static Boolean reachable;
  private static String unreachableReason;

  private MySqlServer() {
  }

  public static boolean required() {
    return "true".equalsIgnoreCase(System.getenv("REGIONOPS_REQUIRE_MYSQL"));
  }

  /** Aborts (skips) the calling test when the server is away, or fails it when MySQL is required. */
  public static void assumeAvailable() {
    if (isReachable()) {
      return;
    }
    String message = "MySQL/MariaDB not reachable at " + HOST + " (" + unreachableReason + ")";
    if (required()) {
      fail(message + " but REGIONOPS_REQUIRE_MYSQL=true");
    }
    Assumptions.abort(message + ": MySQL test skipped; set REGIONOPS_REQUIRE_MYSQL=true to fail instead");
  }

  public static synchronized boolean isReachable() {
    if (reachable == null) {
      try (Connection c = DriverManager.getConnection(url(""), USER, PASSWORD)) {
        reachable = c.isValid(2);
      } catch (SQLException e) {
        reachable = false;
        unreachableReason = e.getMessage();
      }
    }
    return reachable;
  }

  public static String url(String database) {
    return "jdbc:mysql://" + HOST + "/" + database + "?" + OPTIONS;
  }

  /** Drops and creates a database in utf8mb4, for a test that needs a first start. */
  public static void recreateDatabase(String database) {
    execute("DROP DATABASE IF EXISTS " + database,
        "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
  }

  public static void execute(String... statements) {
    try (Connection c = DriverManager.getConnection(url(""), USER, PASSWORD); Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
