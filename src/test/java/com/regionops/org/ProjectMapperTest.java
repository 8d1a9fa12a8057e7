package com.regionops.org;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.support.Fixtures;
import com.regionops.support.TestDatabase;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProjectMapperTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void projectRoundTripsWithFourByteCharacters(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      ProjectMapper mapper = session.getMapper(ProjectMapper.class);
      Region region = Fixtures.region(session);
      Project project = Fixtures.project(session, region.code());

      Project found = mapper.findByCode(project.code());

      assertThat(found.name()).isEqualTo(project.name()).contains(Fixtures.FOUR_BYTE_TEXT);
      assertThat(found.regionCode()).isEqualTo(region.code());
      assertThat(found.companyName()).isEqualTo("测试置业有限公司");
      assertThat(found.status()).isEqualTo(ProjectStatus.ACTIVE);
      assertThat(found.createdAt()).isNotNull();
      assertThat(mapper.findRegionCode(project.code())).isEqualTo(region.code());
      assertThat(mapper.findRegionCode("NO_SUCH")).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void findByRegionsFiltersByRegionAndTreatsNullAsAll(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      ProjectMapper mapper = session.getMapper(ProjectMapper.class);
      Region south = Fixtures.region(session);
      Region east = Fixtures.region(session);
      Project inSouth = Fixtures.project(session, south.code());
      Project inEast = Fixtures.project(session, east.code());

      assertThat(mapper.findByRegions(List.of(south.code()))).extracting(Project::code).containsExactly(inSouth.code());
      assertThat(mapper.findByRegions(List.of())).isEmpty();
      assertThat(mapper.findByRegions(null)).extracting(Project::code).contains(inSouth.code(), inEast.code());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void updateChangesEditableFieldsAndReportsMissingProject(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      ProjectMapper mapper = session.getMapper(ProjectMapper.class);
      Project project = Fixtures.project(session, Fixtures.region(session).code());

      int changed = mapper.update(new Project(project.code(), "新名称", project.regionCode(), "深圳", "新公司",
          ProjectStatus.CLOSED, ProjectType.RESIDENTIAL, null, null));

      assertThat(changed).isEqualTo(1);
      Project found = mapper.findByCode(project.code());
      assertThat(found.name()).isEqualTo("新名称");
      assertThat(found.city()).isEqualTo("深圳");
      assertThat(found.companyName()).isEqualTo("新公司");
      assertThat(found.status()).isEqualTo(ProjectStatus.CLOSED);
      assertThat(mapper.update(new Project("NO_SUCH", "x", "x", null, null, ProjectStatus.ACTIVE, ProjectType.RESIDENTIAL, null, null)))
          .isZero();
    }
  }
}
