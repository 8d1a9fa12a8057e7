package com.regionops.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.Groups;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a user sees, as the region codes and project codes the SQL filters by (ProjectService#list's rules). */
class ProjectSelectionTest {

  static Project project(String code, String region) {
    return new Project(code, "项目" + code, region, "广州", "测试置业有限公司", ProjectStatus.ACTIVE, ProjectType.RESIDENTIAL, null, null);
  }

  @Test
  void aRegionRoleTravelsAsItsRegionAndAnOfficeAsItsProjects() {
    ApiUser president = new ApiUser("president.south", Set.of(Groups.REGION_PRESIDENT), Set.of("SOUTH"));
    assertThat(ProjectSelection.visibleTo(president, List.of(project("GZ01", "SOUTH"), project("SZ01", "SOUTH"))))
        .isEqualTo(new ProjectSelection(Set.of("SOUTH"), Set.of()));

    ApiUser office = new ApiUser("office.gz01", Set.of(Groups.PROJECT_OFFICE, Groups.OFFICE_PREFIX + "GZ01"),
        Set.of("SOUTH"));
    assertThat(ProjectSelection.visibleTo(office, List.of(project("GZ01", "SOUTH"))))
        .as("a tenant without a region role is not the whole region")
        .isEqualTo(new ProjectSelection(Set.of(), Set.of("GZ01")));

    ApiUser both = new ApiUser("ops.south", Set.of(Groups.REGION_OPS, Groups.OFFICE_PREFIX + "SH01"),
        Set.of("SOUTH", "EAST"));
    assertThat(ProjectSelection.visibleTo(both, List.of(project("GZ01", "SOUTH"), project("SH01", "EAST"))))
        .as("region-ops of both tenants: both regions whole").isEqualTo(new ProjectSelection(Set.of("SOUTH", "EAST"), Set.of()));

    assertThat(ProjectSelection.visibleTo(new ApiUser("nobody", Set.of(), Set.of()), List.of()))
        .isEqualTo(new ProjectSelection(Set.of(), Set.of()));
  }

  @Test
  void groupOpsAndAdminSeeAllAndNullCodesMeanAll() {
    ApiUser groupOps = new ApiUser("groupops", Set.of(Groups.GROUP_OPS), Set.of());
    assertThat(ProjectSelection.visibleTo(groupOps, List.of(project("GZ01", "SOUTH")))).isSameAs(ProjectSelection.ALL);
    assertThat(ProjectSelection.visibleTo(ApiUser.system(), List.of())).isSameAs(ProjectSelection.ALL);
    assertThat(ProjectSelection.ofProjects(null)).isSameAs(ProjectSelection.ALL);
    assertThat(ProjectSelection.ofProjects(List.of("B", "A"))).isEqualTo(new ProjectSelection(Set.of(), Set.of("A", "B")));
    assertThat(ProjectSelection.ofRegion("EAST")).isEqualTo(new ProjectSelection(Set.of("EAST"), Set.of()));
    assertThatThrownBy(() -> new ProjectSelection(null, Set.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
