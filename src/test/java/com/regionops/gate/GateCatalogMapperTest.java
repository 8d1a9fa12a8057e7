package com.regionops.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.support.TestDatabase;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GateCatalogMapperTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void migrationSeedsTheTenDefaultGatesInOrder(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      GateCatalogMapper mapper = session.getMapper(GateCatalogMapper.class);

      assertThat(mapper.findGates()).extracting(GateCatalogMapper.GateRow::code).containsExactly(
          "PROJECT_KICKOFF", "DESIGN_PLANNING", "PERMIT_PLANNING", "ENGINEERING_PLANNING", "MARKETING_PLANNING",
          "SHOWROOM_OPENING", "OPENING_PLANNING", "POST_OPENING_REVIEW", "HANDOVER_PLANNING",
          "PROJECT_POST_EVALUATION");
      assertThat(mapper.findGates().get(7).name()).isEqualTo("开盘后评估会");
      assertThat(mapper.findGates().get(7).phase()).isEqualTo("AFTER");
      assertThat(mapper.findGates().get(6).phase()).isEqualTo("BEFORE");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void linksAreReadPerGate(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      GateCatalogMapper mapper = session.getMapper(GateCatalogMapper.class);

      assertThat(mapper.findPredecessors()).contains(
          new GateCatalogMapper.GateLink("PERMIT_PLANNING", "PROJECT_KICKOFF"),
          new GateCatalogMapper.GateLink("PERMIT_PLANNING", "DESIGN_PLANNING"));
      assertThat(mapper.findAttendees()).contains(new GateCatalogMapper.GateLink("OPENING_PLANNING", "fn-marketing"));
      assertThat(mapper.findPredecessors()).noneMatch(l -> l.gateCode().equals("PROJECT_KICKOFF"));
    }
  }
}
