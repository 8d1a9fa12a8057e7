package com.regionops.risk;

import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.SystemCalls;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;

/**
 * Where the open 纠偏 of a region's nodes stand, read from the running risk-correction instances
 * (the correction has no table of its own: the process is its record). A fixed number of
 * queries for the whole region, whatever the number of corrections.
 */
@Component
public class CorrectionStates {

  /** The step a correction waits in, in the order the process passes them. */
  static final Map<String, String> STEPS = new LinkedHashMap<>();

  static {
    STEPS.put(RiskProcesses.TASK_PLAN_CORRECTION, "制定纠偏措施");
    STEPS.put(RiskProcesses.TASK_REVIEW_CORRECTION, "审核纠偏措施");
    STEPS.put(RiskProcesses.CALL_ADJUSTMENT, "计划调整审批中");
    STEPS.put(RiskProcesses.WAIT_RECOVERY, "跟踪至风险解除");
  }

  /** step: the activity id; stepName: what a person reads; measures and forecast once the office has planned them. */
  public record State(String processInstanceId, String step, String stepName, String cause, String measures,
      LocalDate forecastFinish) {
  }

  private final RuntimeService runtime;
  private final SystemCalls system;

  public CorrectionStates(RuntimeService runtime, SystemCalls system) {
    this.runtime = runtime;
    this.system = system;
  }

  /** Node id → the state of its open correction, for a region's running corrections. */
  public Map<Long, State> open(String regionCode) {
    return system.asSystem(() -> states(regionCode, null));
  }

  /** The state of the node's open correction, or null when none is open. */
  public State ofNode(String regionCode, long nodeId) {
    return system.asSystem(() -> {
      Set<String> instances = runtime.createProcessInstanceQuery().processDefinitionKey(RiskProcesses.CORRECTION_KEY)
          .tenantIdIn(regionCode).variableValueEquals(RiskProcesses.NODE_ID, nodeId).list().stream()
          .map(ProcessInstance::getId).collect(Collectors.toSet());
      return instances.isEmpty() ? null : states(regionCode, instances).get(nodeId);
    });
  }

  /** The running corrections of the region, or only those among {@code instances} when given. */
  private Map<Long, State> states(String regionCode, Set<String> instances) {
    Map<String, String> stepOf = new HashMap<>();
    STEPS.keySet().forEach(activity -> runtime.createExecutionQuery().processDefinitionKey(RiskProcesses.CORRECTION_KEY)
        .tenantIdIn(regionCode).activityId(activity).list()
        .forEach((Execution e) -> stepOf.putIfAbsent(e.getProcessInstanceId(), activity)));
    if (instances != null) {
      stepOf.keySet().retainAll(instances);
    }
    if (stepOf.isEmpty()) {
      return Map.of();
    }
    Map<String, Map<String, Object>> variables = new HashMap<>();
    for (VariableInstance v : runtime.createVariableInstanceQuery()
        .processInstanceIdIn(stepOf.keySet().toArray(String[]::new))
        .variableNameIn(RiskProcesses.NODE_ID, RiskProcesses.CAUSE, RiskProcesses.MEASURES, RiskProcesses.FORECAST_FINISH)
        .disableBinaryFetching().list()) {
      // process-level values only: the form's task-local copies are not the record
      if (v.getExecutionId().equals(v.getProcessInstanceId())) {
        variables.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
      }
    }
    Map<Long, State> states = new HashMap<>();
    stepOf.forEach((instance, step) -> {
      Map<String, Object> vars = variables.getOrDefault(instance, Map.of());
      if (vars.get(RiskProcesses.NODE_ID) instanceof Number node) {
        Object forecast = vars.get(RiskProcesses.FORECAST_FINISH);
        states.put(node.longValue(), new State(instance, step, STEPS.get(step), text(vars.get(RiskProcesses.CAUSE)),
            text(vars.get(RiskProcesses.MEASURES)), forecast == null ? null : date(forecast)));
      }
    });
    return states;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static LocalDate date(Object value) {
    var time = EngineTime.parseDateTime(value);
    return time == null ? null : time.toLocalDate();
  }
}
