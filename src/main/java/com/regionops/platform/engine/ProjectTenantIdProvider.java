package com.regionops.platform.engine;

import com.regionops.platform.security.ApiUser;
import com.regionops.platform.web.InputRejectedException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Every process instance belongs to the region (tenant) of its project: the start variable
 * {@value #PROJECT_CODE} names the project. A called process inherits its caller's tenant;
 * a process without a project (a region-wide sweep) names {@value #REGION_CODE}. What the
 * engine starts for every region at once (a timer's instance, which may hold several regions'
 * data) belongs to {@value #PLATFORM}, a tenant no user is a member of: so no instance is
 * without a tenant, and a grant on every definition ("*") reaches a user's own regions only
 * (RegionWideTaskReads).
 *
 * <p>This is also where a start is refused when the starting user may not act for that
 * project: the one place every start passes, engine REST, Tasklist and our API alike.
 * Starts without an authenticated user (timers, the application itself) are not checked.
 */
public class ProjectTenantIdProvider implements TenantIdProvider {

  public static final String PROJECT_CODE = "projectCode";
  public static final String REGION_CODE = "regionCode";
  /** The tenant of instances started by the engine for all regions; process admins only see it. */
  public static final String PLATFORM = "PLATFORM";
  /** ACT_RU_VARIABLE.TEXT_ */
  public static final int MAX_TEXT = 4000;
  /**
   * Started by the engine or the application only (call activities, timers, the check's own step):
   * a person starting one directly over engine REST would get an instance without the row or
   * round it belongs to (a 500 at best).
   */
  /** Processes of a whole region; every other process a person starts is a project's. */
  static final Set<String> REGIONAL = Set.of("biweekly-plan-check", "certificate-review-sweep", "operating-review",
      "target-decomposition", "inspection-plan");
  static final Set<String> INTERNAL = Set.of("review-meeting", "decision-followup", "risk-correction", "kpi-snapshot",
      "inspection", "coordination-meeting", "project-support", "instruction", "policy-rollout", "training-plan", "training",
      "knowledge-review", "partner-matter", "function-review", "performance-plan",
      "handover-date-review");

  private final Function<String, String> regionOfProject;

  public ProjectTenantIdProvider(Function<String, String> regionOfProject) {
    this.regionOfProject = regionOfProject;
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    DelegateExecution caller = ctx.getSuperExecution();
    if (caller == null && INTERNAL.contains(ctx.getProcessDefinition().getKey()) && authenticatedUser() != null) {
      throw new AuthorizationException("流程 " + ctx.getProcessDefinition().getKey() + " 由系统发起，不能直接发起");
    }
    refuseOverlongText(ctx);
    Object projectCode = text(ctx, PROJECT_CODE);
    if (projectCode instanceof String code && !code.isBlank()) {
      String region = regionOfProject.apply(code);
      if (region == null) {
        throw InputRejectedException.badInput(PROJECT_CODE, "项目不存在：" + code);
      }
      if (caller == null) {
        requireMayActFor(code, region);
      }
      return region;
    }
    Object regionCode = text(ctx, REGION_CODE);
    if (regionCode instanceof String region && !region.isBlank()) {
      if (caller == null) {
        requireMayActFor(null, region);
      }
      return region;
    }
    if (caller == null && authenticatedUser() != null) {
      // Every process a person starts belongs to a project or a region; without either the
      // instance would belong to no tenant (a region user sweeping every region, say).
      boolean regional = REGIONAL.contains(ctx.getProcessDefinition().getKey());
      throw InputRejectedException.badInput(regional ? REGION_CODE : PROJECT_CODE,
          regional ? "请指定区域（regionCode）" : "请指定项目（projectCode）");
    }
    // a caller without a tenant is an instance started before every instance had one
    return caller == null || caller.getTenantId() == null ? PLATFORM : caller.getTenantId();
  }

  /**
   * The variable when it is text (or absent). Engine REST lets a caller send any type: an Integer,
   * a JSON node or a Java-serialized object as project was a ClassCastException or an
   * IllegalStateException (500), or let the start pass without a tenant.
   */
  private static Object text(TenantIdProviderProcessInstanceContext ctx, String name) {
    if (ctx.getVariables() == null || !ctx.getVariables().containsKey(name)) {
      return null;
    }
    TypedValue value = ctx.getVariables().getValueTyped(name);
    if (value == null || value.getType() == ValueType.NULL) {
      return null;
    }
    // a serialized object must not be deserialized here (getValue would throw or instantiate it)
    if (value instanceof SerializableValue || !(value.getValue() instanceof String)) {
      throw InputRejectedException.badInput(name, "须为文字");
    }
    return value.getValue();
  }

  /**
   * Camunda keeps a text variable in a 4000-character column: a longer one (a 1 MB start
   * variable) got through every check and failed in the persistence layer as a 500.
   */
  private static void refuseOverlongText(TenantIdProviderProcessInstanceContext ctx) {
    if (ctx.getVariables() == null) {
      return;
    }
    for (String name : ctx.getVariables().keySet()) {
      TypedValue value = ctx.getVariables().getValueTyped(name);
      if (!(value instanceof SerializableValue) && value != null && value.getValue() instanceof String text
          && text.length() > MAX_TEXT) {
        throw InputRejectedException.badInput(name, "文字不超过 " + MAX_TEXT + " 个字符");
      }
    }
  }

  private static Authentication authenticatedUser() {
    Authentication authentication = Context.getCommandContext() == null ? null
        : Context.getCommandContext().getAuthentication();
    return authentication == null || authentication.getUserId() == null ? null : authentication;
  }

  private static void requireMayActFor(String projectCode, String regionCode) {
    Authentication authentication = authenticatedUser();
    if (authentication == null) {
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
    // no CMMN is deployed; should one be, its instances stay out of every region's reach too
    return PLATFORM;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
  }
}
