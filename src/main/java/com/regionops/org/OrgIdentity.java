package com.regionops.org;

import com.regionops.platform.security.Groups;
import com.regionops.platform.security.SystemCalls;
import java.util.Arrays;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/**
 * Keeps Camunda's identity in step with our organisation: one tenant per region, one
 * office group per project, and the grants each role needs. Every method is idempotent,
 * and runs as the application itself, since the user who triggers it (say region-ops
 * creating a project) has no right to create groups.
 */
@Service
public class OrgIdentity {

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final SystemCalls system;
  private final RuntimeService runtimeService;

  public OrgIdentity(IdentityService identityService, AuthorizationService authorizationService, SystemCalls system,
      RuntimeService runtimeService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.system = system;
    this.runtimeService = runtimeService;
  }

  public void ensureGroup(String id, String name, String type) {
    asSystem(() -> {
      if (identityService.createGroupQuery().groupId(id).singleResult() == null) {
        Group group = identityService.newGroup(id);
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
      }
      return null;
    });
  }

  public void ensureOfficeGroup(String projectCode, String projectName) {
    ensureGroup(Groups.office(projectCode), Groups.nameOf(Groups.office(projectCode)) + " " + projectName, "WORKFLOW");
  }

  public void ensureTenant(String regionCode, String regionName) {
    asSystem(() -> {
      if (identityService.createTenantQuery().tenantId(regionCode).singleResult() == null) {
        Tenant tenant = identityService.newTenant(regionCode);
        tenant.setName(regionName);
        identityService.saveTenant(tenant);
      }
      return null;
    });
  }

  /** Creates the user when missing; an existing user keeps the password it has. */
  public void ensureUser(String id, String firstName, String lastName, String password) {
    asSystem(() -> {
      if (identityService.createUserQuery().userId(id).singleResult() == null) {
        User user = identityService.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(id + "@regionops.local");
        user.setPassword(password);
        identityService.saveUser(user);
      }
      return null;
    });
  }

  public void ensureMembership(String userId, String groupId) {
    asSystem(() -> {
      if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
        identityService.createMembership(userId, groupId);
      }
      return null;
    });
  }

  public void ensureTenantMembership(String userId, String tenantId) {
    asSystem(() -> {
      if (identityService.createTenantQuery().tenantId(tenantId).userMember(userId).count() == 0) {
        identityService.createTenantUserMembership(tenantId, userId);
      }
      return null;
    });
  }

  /**
   * A user of the region's staff: in its tenant and in one of {@link com.regionops.platform.security.ApiUser#REGION_ROLES}. A project
   * office is in its region's tenant too, and must never inspect or support itself. The caller may
   * not be allowed to read other users: the application asks.
   */
  public static boolean isRegionStaff(IdentityService identity, SystemCalls system, String userId, String regionCode) {
    if (userId == null || userId.isBlank()) {
      return false;
    }
    return system.asSystem(() -> com.regionops.platform.security.ApiUser.REGION_ROLES.stream().anyMatch(group -> identity.createUserQuery()
        .userId(userId.strip()).memberOfTenant(regionCode).memberOfGroup(group).count() > 0));
  }

  public boolean hasMembers(String groupId) {
    return asSystem(() -> identityService.createUserQuery().memberOfGroup(groupId).count() > 0);
  }

  /** Grants permissions to a group on a resource id ("*" for all), adding to what it had. */
  public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    asSystem(() -> {
      Authorization existing = authorizationService.createAuthorizationQuery()
          .authorizationType(Authorization.AUTH_TYPE_GRANT)
          .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
      Authorization authorization = existing != null
          ? existing : authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      boolean changed = existing == null;
      for (Permission permission : permissions) {
        if (!authorization.isPermissionGranted(permission)) {
          authorization.addPermission(permission);
          changed = true;
        }
      }
      if (changed) {
        authorizationService.saveAuthorization(authorization);
      }
      return null;
    });
  }

  /**
   * Deletes the group's grants on single resources (not "*") that hold all these permissions;
   * returns how many.
   */
  public int deleteKeyGrants(String groupId, Resource resource, Permission... permissions) {
    return asSystem(() -> {
      int deleted = 0;
      for (Authorization authorization : authorizationService.createAuthorizationQuery()
          .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource).list()) {
        boolean all = Arrays.stream(permissions).allMatch(authorization::isPermissionGranted);
        if (!"*".equals(authorization.getResourceId()) && all) {
          authorizationService.deleteAuthorization(authorization.getId());
          deleted++;
        }
      }
      return deleted;
    });
  }

  public long instancesWithoutTenant() {
    return asSystem(() -> runtimeService.createProcessInstanceQuery().withoutTenantId().count());
  }

  private <T> T asSystem(Supplier<T> work) {
    return system.asSystem(work);
  }
}
