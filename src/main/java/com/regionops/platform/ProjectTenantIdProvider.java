package com.regionops.platform;

import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Every process instance belongs to the region (tenant) of its project: the start variable
 * {@value #PROJECT_CODE} names the project. A called process inherits its caller's tenant;
 * a process without a project (a region-wide sweep) stays shared.
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
    Object projectCode = ctx.getVariables() == null ? null : ctx.getVariables().get(PROJECT_CODE);
    if (projectCode instanceof String code && !code.isBlank()) {
      String region = regionOfProject.apply(code);
      if (region != null) {
        return region;
      }
    }
    Object regionCode = ctx.getVariables() == null ? null : ctx.getVariables().get(REGION_CODE);
    if (regionCode instanceof String region && !region.isBlank()) {
      return region;
    }
    DelegateExecution caller = ctx.getSuperExecution();
    return caller == null ? null : caller.getTenantId();
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    if (ctx.getExecution() != null) {
      return ctx.getExecution().getTenantId();
    }
    return null;
  }
}
