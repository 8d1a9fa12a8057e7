package com.regionops.risk;

import static com.regionops.risk.RiskProcesses.CONSECUTIVE_CHECKS;
import static com.regionops.risk.RiskProcesses.CORRECTION_KEY;
import static com.regionops.risk.RiskProcesses.GRADE;
import static com.regionops.risk.RiskProcesses.GRADE_REASON;
import static com.regionops.risk.RiskProcesses.NODE_CODE;
import static com.regionops.risk.RiskProcesses.NODE_ID;
import static com.regionops.risk.RiskProcesses.NODE_LEVEL;
import static com.regionops.risk.RiskProcesses.NODE_NAME;
import static com.regionops.risk.RiskProcesses.PERIOD_DATE;
import static com.regionops.risk.RiskProcesses.PROJECT_CODE;

import com.regionops.platform.security.SystemCalls;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starting a 纠偏 (risk-correction) for a node: the biweekly check's and an inspection's alike. */
@Component
public class RiskCorrections {

  private final RuntimeService runtime;
  private final CorrectionStates states;
  private final SystemCalls system;

  public RiskCorrections(RuntimeService runtime, CorrectionStates states, SystemCalls system) {
    this.runtime = runtime;
    this.states = states;
    this.system = system;
  }

  /** Starts a correction for the assessed node unless one is open for it; true when one was started. */
  public boolean startUnlessOpen(String regionCode, RiskAssessment basis, String businessKey) {
    return system.asSystem(() -> {
      if (states.ofNode(regionCode, basis.nodeId()) != null) {
        return false;
      }
      runtime.startProcessInstanceByKey(CORRECTION_KEY, businessKey, variables(basis));
      return true;
    });
  }

  /** The correction's start variables: the node and why it needs correcting. */
  static Map<String, Object> variables(RiskAssessment r) {
    Map<String, Object> v = new HashMap<>();
    v.put(PROJECT_CODE, r.projectCode());
    v.put(NODE_ID, r.nodeId());
    v.put(NODE_CODE, r.nodeCode());
    v.put(NODE_NAME, r.nodeName());
    v.put(NODE_LEVEL, r.nodeLevel());
    v.put(GRADE, r.grade());
    v.put(GRADE_REASON, r.reason());
    v.put(CONSECUTIVE_CHECKS, r.consecutiveChecks());
    v.put(PERIOD_DATE, r.periodDate().toString());
    return v;
  }
}
