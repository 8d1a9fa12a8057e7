package com.regionops.platform.security;

import com.regionops.platform.web.ApiException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The caller of our API as Camunda's identity knows them: id, groups and tenants.
 * What a user may see and change follows from these alone (DESIGN.md, "Who uses it").
 */
public record ApiUser(String id, Set<String> groups, Set<String> tenants) {

  public static final String ATTRIBUTE = "regionops.apiUser";
  /** The region's own staff: region-ops, the president, the functions (not a project office, also in the tenant). */
  public static final Set<String> REGION_ROLES = Set.of(Groups.REGION_OPS, Groups.REGION_PRESIDENT, Groups.REGION_FUNCTIONS);

  public ApiUser {
    groups = Set.copyOf(groups);
    tenants = Set.copyOf(tenants);
  }

  /** The application itself (startup seeding, jobs): sees and changes everything. */
  public static ApiUser system() {
    return new ApiUser("system", Set.of(Groups.CAMUNDA_ADMIN), Set.of());
  }

  public boolean isAdmin() {
    return groups.contains(Groups.CAMUNDA_ADMIN);
  }

  public boolean seesAllRegions() {
    return isAdmin() || groups.contains(Groups.GROUP_OPS);
  }

  public boolean hasRegionRole() {
    return groups.stream().anyMatch(REGION_ROLES::contains);
  }

  /** Projects whose office group (office-{code}) the user belongs to. */
  public Set<String> officeProjects() {
    Set<String> codes = new TreeSet<>();
    for (String group : groups) {
      if (group.startsWith(Groups.OFFICE_PREFIX)) {
        codes.add(group.substring(Groups.OFFICE_PREFIX.length()));
      }
    }
    return codes;
  }

  /** A null region is the group's own (a file group-ops issued): only those who see every region. */
  public boolean canSeeRegion(String regionCode) {
    return seesAllRegions() || (regionCode != null && hasRegionRole() && tenants.contains(regionCode));
  }

  public boolean canSeeProject(String projectCode, String regionCode) {
    return canSeeRegion(regionCode)
        || (regionCode != null && tenants.contains(regionCode) && officeProjects().contains(projectCode));
  }

  /** Master data (projects, plans, certificates) is kept by region-ops of the region. */
  public boolean canWriteMasterData(String regionCode) {
    return isAdmin() || (regionCode != null && groups.contains(Groups.REGION_OPS) && tenants.contains(regionCode));
  }

  /** Refuses callers who keep master data nowhere, before their input is even read. */
  public void requireMasterDataWriter() {
    if (!isAdmin() && !groups.contains(Groups.REGION_OPS)) {
      throw ApiException.forbidden("仅区域运营管理部可维护主数据");
    }
  }

  public void requireMasterDataWriter(String regionCode) {
    if (!canWriteMasterData(regionCode)) {
      throw ApiException.forbidden("仅本区域运营管理部可维护本区域主数据");
    }
  }
}
