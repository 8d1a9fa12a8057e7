package com.regionops.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.support.RegionOpsIT;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The indexes Camunda's schema lacks are there after start, and a second start keeps them (H2; MariaDB in ConcurrencyIT). */
@RegionOpsIT
class EngineIndexesIT {

  @Autowired
  DataSource dataSource;

  @Test
  void theEngineIndexesExistAndEnsuringThemAgainChangesNothing() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      for (EngineIndexes.Index index : EngineIndexes.INDEXES) {
        assertThat(EngineIndexes.exists(connection, index)).as(index.name()).isTrue();
      }
    }
    EngineIndexes.ensure(dataSource);
    try (Connection connection = dataSource.getConnection()) {
      assertThat(EngineIndexes.exists(connection, new EngineIndexes.Index("RO_IDX_NONE", "ACT_RU_TASK", "ID_")))
          .as("the check can tell a missing index").isFalse();
    }
  }
}
