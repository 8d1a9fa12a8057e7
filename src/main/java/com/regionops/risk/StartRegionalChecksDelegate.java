package com.regionops.risk;

import com.regionops.org.Region;
import com.regionops.org.RegionMapper;
import com.regionops.platform.engine.EngineTime;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 为各区域发起检查: the fortnightly timer starts one check per region, so each runs in its
 * region's tenant and its report goes to that region's operations department only.
 */
@Component("startRegionalChecksDelegate")
public class StartRegionalChecksDelegate implements JavaDelegate {

  private final RegionMapper regions;

  public StartRegionalChecksDelegate(RegionMapper regions) {
    this.regions = regions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String period = EngineTime.today().toString();
    for (Region region : regions.findAll()) {
      execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByMessage(
          RiskProcesses.MESSAGE_CHECK, region.code() + ":" + period, Map.of(RiskProcesses.REGION_CODE, region.code(), RiskProcesses.PERIOD_DATE, period));
    }
  }
}
