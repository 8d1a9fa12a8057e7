package com.regionops.org;

import com.regionops.platform.security.ApiUser;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which projects a region-wide read covers, as SQL can filter it: every project of {@code regions}
 * plus the projects listed by code; {@link #ALL} (both null) is every project. A region user's
 * hundreds of projects travel as one region code, not as hundreds of codes in an IN list.
 */
public record ProjectSelection(Set<String> regions, Set<String> projects) {

  public static final ProjectSelection ALL = new ProjectSelection(null, null);

  public ProjectSelection {
    if ((regions == null) != (projects == null)) {
      throw new IllegalArgumentException("regions and projects are both null (all) or both given");
    }
    regions = regions == null ? null : Set.copyOf(regions);
    projects = projects == null ? null : Set.copyOf(projects);
  }

  /** Exactly these projects; null: all. */
  public static ProjectSelection ofProjects(Collection<String> codes) {
    return codes == null ? ALL : new ProjectSelection(Set.of(), new TreeSet<>(codes));
  }

  public static ProjectSelection ofRegion(String regionCode) {
    return new ProjectSelection(Set.of(regionCode), Set.of());
  }

  /**
   * What the user sees (ProjectService#list): whole regions where the user has a region role, and
   * an office's own projects by code. {@code visible} is that list.
   */
  public static ProjectSelection visibleTo(ApiUser user, Collection<Project> visible) {
    if (user.seesAllRegions()) {
      return ALL;
    }
    Set<String> regions = new TreeSet<>();
    user.tenants().stream().filter(user::canSeeRegion).forEach(regions::add);
    Set<String> projects = new TreeSet<>();
    visible.stream().filter(p -> !regions.contains(p.regionCode())).map(Project::code).forEach(projects::add);
    return new ProjectSelection(regions, projects);
  }
}
