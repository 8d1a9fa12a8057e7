package com.regionops.org;

import com.regionops.platform.security.Groups;
import com.regionops.platform.security.SystemCalls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * The people a region's groups reach, as 制度宣贯 and 培训 enrol them: the members of the groups who are members of
 * the region's tenant, and for an office member the region's project they are in.
 */
public class RegionMembers {

  private final ProjectMapper projects;
  private final IdentityService identity;
  private final SystemCalls system;

  public RegionMembers(ProjectMapper projects, IdentityService identity, SystemCalls system) {
    this.projects = projects;
    this.identity = identity;
    this.system = system;
  }

  /** Members of the groups in the region's tenant, each with the first of the groups they are in, by user id. */
  public Map<String, String> members(List<String> groups, String regionCode) {
    Map<String, String> groupOf = new LinkedHashMap<>();
    system.asSystem(() -> {
      for (String group : groups) {
        for (User user : identity.createUserQuery().memberOfGroup(group).memberOfTenant(regionCode)
            .orderByUserId().asc().list()) {
          groupOf.putIfAbsent(user.getId(), group);
        }
      }
    });
    return groupOf;
  }

  /** The member's project in the region when they are in its office (the group they were asked as first); else null. */
  public String projectOf(String userId, String group, String regionCode) {
    List<String> codes = new ArrayList<>();
    if (group.startsWith(Groups.OFFICE_PREFIX)) {
      codes.add(group.substring(Groups.OFFICE_PREFIX.length()));
    }
    system.asSystem(() -> {
      for (Group g : identity.createGroupQuery().groupMember(userId).orderByGroupId().asc().list()) {
        if (g.getId().startsWith(Groups.OFFICE_PREFIX)) {
          codes.add(g.getId().substring(Groups.OFFICE_PREFIX.length()));
        }
      }
    });
    for (String code : codes) {
      Project project = projects.findByCode(code);
      if (project != null && regionCode.equals(project.regionCode())) {
        return project.code();
      }
    }
    return null;
  }
}
