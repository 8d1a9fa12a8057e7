package com.regionops.platform.security;

import java.util.Set;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Region-ops, the department that runs its region's gates and plans, reads the region's tasks and
 * instances through one grant on every process definition (READ_TASK and READ_INSTANCE on "*",
 * bounded by the tenant check; READ_INSTANCE because Tasklist's variable columns come from a
 * variable query that READ_TASK does not open), not through one READ row per task. Camunda's task
 * query joins the reader's authorizations with an OR over task id, definition key and "*", which no
 * index serves: with 10,782 open region-ops tasks, each holding its own READ row, Tasklist's count took
 * 16.5 s on MariaDB; with the definition grant, 0.1 s (issue 11, bench/README.md).
 *
 * <p>The grant is safe only because every instance has a tenant: ProjectTenantIdProvider gives the
 * engine's own all-region instances (timers) the PLATFORM tenant, of which no user is a member; the
 * timers' start events continue asynchronously, so their work and its failures sit in jobs of that
 * tenant, not in the tenant-less timer job. A task of an instance without a tenant (one started
 * before that) keeps its READ row; IdentityBootstrap warns of such instances.
 *
 * <p>Working on a task stays per task: the candidate group keeps its UPDATE row, so region-ops
 * completes only the tasks it is a candidate for. Other groups keep Camunda's default. Tasks
 * created before this provider keep their READ rows until they end.
 */
public class RegionWideTaskReads extends DefaultAuthorizationProvider {

  /** Groups granted READ_TASK and READ_INSTANCE on every definition (IdentityBootstrap). */
  public static final Set<String> GROUPS = Set.of(Groups.REGION_OPS);

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    AuthorizationEntity[] authorizations = super.newTaskGroupIdentityLink(task, groupId, type);
    if (authorizations != null && GROUPS.contains(groupId) && tenantOfInstance(task) != null) {
      for (AuthorizationEntity authorization : authorizations) {
        authorization.removePermission(Permissions.READ);
      }
    }
    return authorizations;
  }

  /** Null for a standalone task (the engine refuses to create one: standaloneTasksEnabled=false). */
  private static String tenantOfInstance(Task task) {
    return task instanceof TaskEntity entity && entity.getExecution() != null
        ? entity.getExecution().getTenantId() : null;
  }
}
