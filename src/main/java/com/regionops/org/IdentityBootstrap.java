package com.regionops.org;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;

import com.regionops.platform.engine.ProjectTenantIdProvider;
import com.regionops.platform.security.Groups;
import com.regionops.platform.security.RegionWideTaskReads;
import java.util.List;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At every start: the groups of DESIGN.md, a tenant per region, an office group per project
 * and the standing grants of each role. Filters (stored queries that may hold expressions)
 * stay creatable by camunda-admin only: no other group is granted FILTER CREATE.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class IdentityBootstrap implements org.springframework.boot.ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(IdentityBootstrap.class);

  private static final List<String> TASKLIST_USERS = List.of(Groups.PROJECT_OFFICE, Groups.REGION_OPS,
      Groups.REGION_FUNCTIONS, Groups.REGION_PRESIDENT, Groups.GROUP_OPS);
  private static final List<String> PROCESS_STARTERS = List.of(Groups.PROJECT_OFFICE, Groups.REGION_OPS);

  private final OrgIdentity identity;
  private final RegionMapper regions;
  private final ProjectMapper projects;

  public IdentityBootstrap(OrgIdentity identity, RegionMapper regions, ProjectMapper projects) {
    this.identity = identity;
    this.regions = regions;
    this.projects = projects;
  }

  @Override
  public void run(org.springframework.boot.ApplicationArguments args) {
    ensureStandingIdentity();
  }

  public void ensureStandingIdentity() {
    Groups.NAMES.forEach((id, name) ->
        identity.ensureGroup(id, name, Groups.CAMUNDA_ADMIN.equals(id) ? "SYSTEM" : "WORKFLOW"));
    for (Resources resource : Resources.values()) {
      identity.grant(Groups.CAMUNDA_ADMIN, resource, "*", ALL);
    }
    for (String group : TASKLIST_USERS) {
      identity.grant(group, Resources.APPLICATION, "tasklist", ACCESS);
      identity.grant(group, Resources.PROCESS_DEFINITION, "*", READ);
    }
    for (String group : PROCESS_STARTERS) {
      identity.grant(group, Resources.PROCESS_DEFINITION, "*", READ, CREATE_INSTANCE);
      identity.grant(group, Resources.PROCESS_INSTANCE, "*", CREATE);
    }
    // bounded by the tenant check: every instance has a tenant (ProjectTenantIdProvider)
    for (String group : RegionWideTaskReads.GROUPS) {
      identity.grant(group, Resources.PROCESS_DEFINITION, "*", READ_TASK, READ_INSTANCE);
      // one per definition key, from the version before "*" was safe: each is one more row the task
      // query's authorization join meets
      int deleted = identity.deleteKeyGrants(group, Resources.PROCESS_DEFINITION, READ_TASK, READ_INSTANCE);
      if (deleted > 0) {
        LOG.info("deleted {} grants of {} on single process definitions (one grant on * reads them all)", deleted, group);
      }
    }
    long withoutTenant = identity.instancesWithoutTenant();
    if (withoutTenant > 0) {
      LOG.warn("{} running process instances have no tenant (started before every instance had one): every "
          + "region-ops user can read them until they end or are deleted in Cockpit", withoutTenant);
    }
    identity.ensureTenant(ProjectTenantIdProvider.PLATFORM, "平台定时流程");
    regions.findAll().forEach(r -> identity.ensureTenant(r.code(), r.name()));
    projects.findByRegions(null).forEach(p -> identity.ensureOfficeGroup(p.code(), p.name()));
  }
}
