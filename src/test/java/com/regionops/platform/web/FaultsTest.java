package com.regionops.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

class FaultsTest {

  @Test
  void aRaceFoundDeepInTheEnginesWrappingIsAConflict() {
    Throwable wrapped = new ProcessEngineException("Cannot complete task",
        new PersistenceException(new DuplicateKeyException("Duplicate entry '19-1' for key 'PRIMARY'")));

    assertThat(Faults.of(wrapped)).hasValueSatisfying(f -> assertThat(f.status()).isEqualTo(409));
    assertThat(Faults.of(new OptimisticLockingException("changed"))).hasValueSatisfying(
        f -> assertThat(f.status()).isEqualTo(409));
  }

  @Test
  void aDatabaseThatIsAwayIsServiceUnavailable() {
    Throwable noConnection = new CannotCreateTransactionException("Could not open JDBC Connection",
        new CannotGetJdbcConnectionException("pool", new SQLTransientConnectionException("timed out")));

    assertThat(Faults.of(noConnection)).hasValueSatisfying(f -> {
      assertThat(f.status()).isEqualTo(503);
      assertThat(f.message()).contains("数据库");
    });
  }

  @Test
  void aGenuineFaultStaysOne() {
    assertThat(Faults.of(new NullPointerException("bug"))).isEmpty();
    assertThat(Faults.of(new ProcessEngineException("ENGINE-09005 Could not parse BPMN"))).isEmpty();
  }
}
