package com.regionops.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.regionops.platform.web.ApiException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiUserTest {

  private static ApiUser user(Set<String> groups, Set<String> tenants) {
    return new ApiUser("u", groups, tenants);
  }

  @Test
  void projectOfficeSeesOnlyItsOwnProjectInsideItsTenant() {
    ApiUser office = user(Set.of(Groups.PROJECT_OFFICE, "office-GZ01"), Set.of("SOUTH"));

    assertThat(office.canSeeProject("GZ01", "SOUTH")).isTrue();
    assertThat(office.canSeeProject("GZ02", "SOUTH")).isFalse();
    assertThat(office.canSeeProject("GZ01", "EAST")).isFalse();
    assertThat(office.canSeeRegion("SOUTH")).isFalse();
    assertThat(office.canWriteMasterData("SOUTH")).isFalse();
    assertThat(office.officeProjects()).containsExactly("GZ01");
  }

  @Test
  void regionRolesSeeTheirTenantsOnly() {
    ApiUser ops = user(Set.of(Groups.REGION_OPS), Set.of("EAST"));
    ApiUser president = user(Set.of(Groups.REGION_PRESIDENT), Set.of("SOUTH"));

    assertThat(ops.canSeeProject("SH01", "EAST")).isTrue();
    assertThat(ops.canSeeProject("GZ01", "SOUTH")).isFalse();
    assertThat(ops.canWriteMasterData("EAST")).isTrue();
    assertThat(ops.canWriteMasterData("SOUTH")).isFalse();
    assertThat(president.canSeeProject("GZ02", "SOUTH")).isTrue();
    assertThat(president.canWriteMasterData("SOUTH")).isFalse();
  }

  @Test
  void groupOpsReadsEverywhereButKeepsNoMasterData() {
    ApiUser groupOps = user(Set.of(Groups.GROUP_OPS), Set.of());

    assertThat(groupOps.canSeeProject("SH01", "EAST")).isTrue();
    assertThat(groupOps.canSeeRegion("SOUTH")).isTrue();
    assertThat(groupOps.canWriteMasterData("SOUTH")).isFalse();
    assertThatThrownBy(groupOps::requireMasterDataWriter).isInstanceOf(ApiException.class)
        .extracting(e -> ((ApiException) e).status().value()).isEqualTo(403);
  }

  @Test
  void adminMayDoEverything() {
    ApiUser admin = ApiUser.system();

    assertThat(admin.canSeeProject("X", "ANY")).isTrue();
    assertThat(admin.canWriteMasterData("ANY")).isTrue();
  }
}
