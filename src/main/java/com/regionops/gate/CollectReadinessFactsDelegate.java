package com.regionops.gate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * 收集开盘/交楼条件: the facts the readiness table needs that the system knows itself; the office's
 * declarations (pricing, sales team, stock, joint inspection …) arrive with the start form.
 */
@Component("collectReadinessFactsDelegate")
public class CollectReadinessFactsDelegate implements JavaDelegate {

  private final ReadinessFacts facts;

  public CollectReadinessFactsDelegate(ReadinessFacts facts) {
    this.facts = facts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String project = (String) execution.getVariable(GateProcess.PROJECT_CODE);
    String gate = GateProcess.gateCodeOf(((ExecutionEntity) execution).getProcessDefinition().getKey());
    if ("OPENING_PLANNING".equals(gate)) {
      execution.setVariable("presalePermitHeld", facts.holds(project, "PRESALE_PERMIT"));
      execution.setVariable("showroomOpened", facts.nodeDone(project, "展示区"));
      defaultFalse(execution, "pricingApproved", "salesTeamReady");
      if (!(execution.getVariable("saleableStockPct") instanceof Number)) {
        execution.setVariable("saleableStockPct", 0);
      }
    } else {
      execution.setVariable("completionFilingHeld", facts.holds(project, "COMPLETION_FILING"));
      defaultFalse(execution, "jointInspectionDone", "repairTeamReady", "propertyManagementReady");
    }
  }

  /** An undeclared condition counts as not met. */
  private static void defaultFalse(DelegateExecution execution, String... names) {
    for (String name : names) {
      if (!(execution.getVariable(name) instanceof Boolean)) {
        execution.setVariable(name, false);
      }
    }
  }
}
