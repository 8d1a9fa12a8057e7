package com.regionops.risk;

import static com.regionops.risk.RiskProcesses.CHECK_SUMMARY;
import static com.regionops.risk.RiskProcesses.PERIOD_DATE;
import static com.regionops.risk.RiskProcesses.REGION_CODE;

import com.regionops.platform.engine.EngineTime;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** 评定进度风险: grades the region's open nodes for the period and writes the report's summary. */
@Component("gradePlanDelegate")
public class GradePlanDelegate implements JavaDelegate {

  private final RiskCheckService checks;

  public GradePlanDelegate(RiskCheckService checks) {
    this.checks = checks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String region = (String) execution.getVariable(REGION_CODE);
    Object periodValue = execution.getVariable(PERIOD_DATE);
    LocalDate period = periodValue instanceof String text && !text.isBlank() ? LocalDate.parse(text)
        : EngineTime.today();
    Authentication starter = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    checks.check(region, period, execution.getProcessInstanceId(), starter == null ? "timer" : starter.getUserId());
    execution.setVariable(PERIOD_DATE, period.toString());
    if (execution.getBusinessKey() == null) {
      execution.setProcessBusinessKey(region + ":" + period);
    }
    execution.setVariable(CHECK_SUMMARY, checks.report(region, period).summary());
  }
}
