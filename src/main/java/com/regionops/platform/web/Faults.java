package com.regionops.platform.web;

import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Failures that are nobody's mistake and pass: two requests raced for the same row (409, try
 * again), or the database is away (503, try later). Found anywhere in the cause chain, since the
 * engine, MyBatis and Spring each wrap them; everything else stays a genuine fault.
 */
final class Faults {

  public record Fault(int status, String message) {
  }

  static final Fault CONFLICT = new Fault(409, "数据已被其他请求修改，请刷新后重试");
  static final Fault UNAVAILABLE = new Fault(503, "系统繁忙或数据库暂时不可用，请稍后重试");

  private Faults() {
  }

  public static Optional<Fault> of(Throwable error) {
    int depth = 0;
    for (Throwable t = error; t != null && depth < 30; t = t.getCause() == t ? null : t.getCause(), depth++) {
      // A duplicate key here is a concurrent write that won (validation ran before the insert).
      if (t instanceof OptimisticLockingException || t instanceof PessimisticLockingFailureException
          || t instanceof SQLTransactionRollbackException || t instanceof DuplicateKeyException
          || t instanceof SQLIntegrityConstraintViolationException) {
        return Optional.of(CONFLICT);
      }
      if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
          || t instanceof DataAccessResourceFailureException || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException || t instanceof java.net.ConnectException) {
        return Optional.of(UNAVAILABLE);
      }
    }
    return Optional.empty();
  }
}
