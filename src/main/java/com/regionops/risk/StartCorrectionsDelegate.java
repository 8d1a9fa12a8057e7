package com.regionops.risk;

import static com.regionops.risk.RiskProcesses.*;

import com.regionops.platform.security.SystemCalls;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * 发起纠偏: one risk-correction for every red or orange node that has none open; open
 * corrections whose node is now yellow or better, or done, hear that the risk is resolved.
 */
@Component("startCorrectionsDelegate")
public class StartCorrectionsDelegate implements JavaDelegate {

  private final RiskCheckService checks;
  private final SystemCalls system;

  public StartCorrectionsDelegate(RiskCheckService checks, SystemCalls system) {
    this.checks = checks;
    this.system = system;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String region = (String) execution.getVariable(REGION_CODE);
    LocalDate period = LocalDate.parse((String) execution.getVariable(PERIOD_DATE));
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    List<RiskAssessment> graded = checks.period(region, period);
    Map<Long, RiskAssessment> byNode = graded.stream().collect(Collectors.toMap(RiskAssessment::nodeId, r -> r));
    int started = system.asSystem(() -> {
      Map<Long, String> open = openCorrections(runtime, region);
      open.forEach((nodeId, processInstanceId) -> {
        RiskAssessment now = byNode.get(nodeId);
        if (now == null || !now.needsCorrection()) {
          // Only a correction already waiting at 跟踪至风险解除 takes the message; one still being
          // planned or reviewed gets it from a later check, once it waits (correlate() would throw
          // and fail the whole grading job).
          runtime.createMessageCorrelation(MESSAGE_RESOLVED).processInstanceId(processInstanceId).correlateAll();
        }
      });
      Set<Long> covered = open.keySet();
      int count = 0;
      for (RiskAssessment r : graded) {
        if (r.needsCorrection() && !covered.contains(r.nodeId())) {
          runtime.startProcessInstanceByKey(CORRECTION_KEY, r.projectCode() + ":" + r.nodeCode() + ":RISK-" + period,
              RiskCorrections.variables(r));
          count++;
        }
      }
      return count;
    });
    execution.setVariable(CORRECTIONS_STARTED, started);
  }

  private static Map<Long, String> openCorrections(RuntimeService runtime, String region) {
    Map<Long, String> open = new HashMap<>();
    for (ProcessInstance pi : runtime.createProcessInstanceQuery().processDefinitionKey(CORRECTION_KEY)
        .tenantIdIn(region).list()) {
      Object nodeId = runtime.getVariable(pi.getId(), NODE_ID);
      if (nodeId instanceof Number n) {
        open.put(n.longValue(), pi.getId());
      }
    }
    return open;
  }
}
