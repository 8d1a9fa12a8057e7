package com.regionops.org;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.support.Fixtures;
import com.regionops.support.TestDatabase;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RegionMapperTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void insertedRegionIsFoundByCodeAndListed(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      RegionMapper mapper = session.getMapper(RegionMapper.class);
      Region region = Fixtures.region(session);

      assertThat(mapper.findByCode(region.code())).isEqualTo(region);
      assertThat(mapper.findAll()).contains(region);
      assertThat(mapper.findByCode("NO_SUCH")).isNull();
    }
  }
}
