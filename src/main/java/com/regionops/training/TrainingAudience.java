package com.regionops.training;

import com.regionops.org.Project;
import com.regionops.org.ProjectMapper;
import com.regionops.org.RegionMembers;
import com.regionops.org.ProjectStatus;
import com.regionops.platform.security.Groups;
import com.regionops.platform.security.SystemCalls;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Who a training is for: the groups a plan item or a session may name (the region's roles and functions,
 * project-office, or one of the region's project offices), and their members in the region, as policy enrolment
 * reads them (a member of the region's tenant; an office member counts for the region's project they are in).
 */
@Component
public class TrainingAudience {

  /** The groups a training may be for besides a project's office group (office-{code}). */
  static final List<String> GROUPS = List.of(Groups.REGION_OPS, Groups.REGION_PRESIDENT, Groups.REGION_FUNCTIONS,
      Groups.FN_DESIGN, Groups.FN_ENGINEERING, Groups.FN_MARKETING, Groups.FN_COST, Groups.FN_FINANCE,
      Groups.FN_INVESTMENT, Groups.PROJECT_OFFICE);
  static final int MAX_GROUPS = 20;

  private final ProjectMapper projects;
  private final IdentityService identity;
  private final SystemCalls system;
  private final RegionMembers members;

  public TrainingAudience(ProjectMapper projects, IdentityService identity, SystemCalls system) {
    this.projects = projects;
    this.identity = identity;
    this.system = system;
    this.members = new RegionMembers(projects, identity, system);
  }

  /**
   * The groups asked for, checked and without repeats, in the order given: a list (the API), a checklist's JSON
   * array, or comma-separated text. refuse(field, message) makes the refusal: a 400 of the API or of a form.
   */
  public List<String> groups(Object requested, String regionCode, String field,
      BiFunction<String, String, RuntimeException> refuse) {
    List<String> values = values(requested);
    if (values.isEmpty()) {
      throw refuse.apply(field, "请选择培训对象（如 region-ops、project-office，或某项目公司 office-项目编号）");
    }
    Set<String> groups = new LinkedHashSet<>();
    for (String value : values) {
      if (value == null || value.isBlank()) {
        throw refuse.apply(field, "培训对象不能为空");
      }
      String group = value.strip();
      if (group.startsWith(Groups.OFFICE_PREFIX)) {
        Project project = projects.findByCode(group.substring(Groups.OFFICE_PREFIX.length()));
        // another region's project is refused like one that does not exist: no hint which exist
        if (project == null || !regionCode.equals(project.regionCode())) {
          throw refuse.apply(field, "用户组不存在或不属于本区域：" + group + "（项目公司组为 office-本区域项目编号）");
        }
      } else if (!GROUPS.contains(group)) {
        throw refuse.apply(field, "用户组不存在或不在培训范围内：" + group + "（可选："
            + String.join("、", GROUPS.stream().map(g -> g + " " + Groups.nameOf(g)).toList())
            + "，或本区域某项目公司 office-项目编号）");
      }
      groups.add(group);
    }
    if (groups.size() > MAX_GROUPS) {
      throw refuse.apply(field, "培训对象不超过 " + MAX_GROUPS + " 个用户组");
    }
    return List.copyOf(groups);
  }

  /** What a form's checklist, the API's list or a text sends, as strings. */
  static List<String> values(Object value) {
    List<String> values = new ArrayList<>();
    if (value instanceof SpinJsonNode json) {
      if (json.isArray()) {
        json.elements().forEach(e -> values.add(e.isString() ? e.stringValue() : e.toString()));
      } else if (json.isString()) {
        values.add(json.stringValue());
      } else if (!json.isNull()) {
        values.add(json.toString());
      }
    } else if (value instanceof Collection<?> list) {
      list.forEach(e -> values.add(e == null ? null : String.valueOf(e)));
    } else if (value instanceof String text && !text.isBlank()) {
      for (String part : text.split("[,，、]")) {
        values.add(part.strip());
      }
    } else if (value != null && !(value instanceof String)) {
      values.add(String.valueOf(value));
    }
    return values;
  }

  /** The groups as a person reads them: 区域运营管理部、项目公司 GZ01. */
  public static String names(List<String> groups) {
    return String.join("、", groups.stream().map(Groups::nameOf).toList());
  }

  /** The region's audience groups as checklist options: the fixed groups, then each active project's office. */
  public List<Map<String, String>> options(String regionCode) {
    List<Map<String, String>> options = new ArrayList<>();
    GROUPS.forEach(g -> options.add(Map.of("label", Groups.nameOf(g), "value", g)));
    for (Project project : projects.findByRegions(List.of(regionCode))) {
      if (project.status() == ProjectStatus.ACTIVE) {
        options.add(Map.of("label", Groups.nameOf(Groups.office(project.code())) + " " + project.name(),
            "value", Groups.office(project.code())));
      }
    }
    return options;
  }

  /** Members of the groups who are members of the region's tenant, each as the first of the groups they are in. */
  public Map<String, String> members(List<String> groups, String regionCode) {
    return members.members(groups, regionCode);
  }

  /** The member's project in the region when they are in its office: the group they were asked as first. */
  public String projectOf(String userId, String group, String regionCode) {
    return members.projectOf(userId, group, regionCode);
  }

  /** People's names as Tasklist shows them (华南运营), their id when they have none; unknown ids are left out. */
  public Map<String, String> userNames(Collection<String> userIds) {
    Map<String, String> names = new HashMap<>();
    if (userIds.isEmpty()) {
      return names;
    }
    system.asSystem(() -> {
      for (User u : identity.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list()) {
        names.put(u.getId(), nameOf(u));
      }
    });
    return names;
  }

  public String name(String userId) {
    return userId == null ? "" : userNames(List.of(userId)).getOrDefault(userId, userId);
  }

  static String nameOf(User u) {
    String name = (u.getFirstName() == null ? "" : u.getFirstName()) + (u.getLastName() == null ? "" : u.getLastName());
    return name.isBlank() ? u.getId() : name;
  }

  /** Whether the user exists at all. */
  public boolean exists(String userId) {
    return userId != null && system.asSystem(() -> identity.createUserQuery().userId(userId).count() > 0);
  }

  /** The regions (tenants) a person is a member of, directly or through a group. */
  public Set<String> regionsOf(String userId) {
    Set<String> regions = new HashSet<>();
    system.asSystem(() -> {
      for (Tenant tenant : identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()) {
        regions.add(tenant.getId());
      }
    });
    return regions;
  }
}
