package com.regionops.platform;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Every process instance belongs to the region (tenant) of its project: the start variable
 * {@value #PROJECT_CODE} names the project. A called process inherits its caller's tenant;
 * a process without a project (a region-wide sweep) may name {@value #REGION_CODE}, or stays
 * shared.
 *
 * <p>This is also where a start is refused when the starting user may not act for that
 * project: the one place every start passes, engine REST, Tasklist and our API alike.
 * Starts without an authenticated user (timers, the application itself) are not checked.
 */
public class ProjectTenantIdProvider implements TenantIdProvider {

  public static final String PROJECT_CODE = "projectCode";
  public static final String REGION_CODE = "regionCode";

  private final Function<String, String> regionOfProject;

  public ProjectTenantIdProvider(Function<String, String> regionOfProject) {
    this.regionOfProject = regionOfProject;
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    DelegateExecution caller = ctx.getSuperExecution();
    Object projectCode = ctx.getVariables() == null ? null : ctx.getVariables().get(PROJECT_CODE);
    if (projectCode instanceof String code && !code.isBlank()) {
      String region = regionOfProject.apply(code);
      if (region == null) {
        throw new BadUserRequestException("projectCode：项目不存在：" + code);
      }
      if (caller == null) {
        requireMayActFor(code, region);
      }
      return region;
    }
    Object regionCode = ctx.getVariables() == null ? null : ctx.getVariables().get(REGION_CODE);
    if (regionCode instanceof String region && !region.isBlank()) {
      if (caller == null) {
        requireMayActFor(null, region);
      }
      return region;
    }
    return caller == null ? null : caller.getTenantId();
  }

  private static void requireMayActFor(String projectCode, String regionCode) {
    Authentication authentication = Context.getCommandContext() == null ? null
        : Context.getCommandContext().getAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return;
    }
    ApiUser user = new ApiUser(authentication.getUserId(), asSet(authentication.getGroupIds()),
        asSet(authentication.getTenantIds()));
    boolean allowed = projectCode != null ? user.canSeeProject(projectCode, regionCode) : user.canSeeRegion(regionCode);
    if (!allowed) {
      throw new AuthorizationException("用户 " + user.id() + " 无权为"
          + (projectCode != null ? "项目 " + projectCode : "区域 " + regionCode) + " 发起流程");
    }
  }

  private static Set<String> asSet(java.util.List<String> ids) {
    return ids == null ? Set.of() : new HashSet<>(ids);
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
  }
}
