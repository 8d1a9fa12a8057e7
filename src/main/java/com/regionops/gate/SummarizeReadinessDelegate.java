package com.regionops.gate;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 汇总准备度: the gaps the readiness table collected become the gate's readiness and the missing
 * items the minutes form shows; NOT_READY limits the meeting's conclusion to 不通过.
 */
@Component("summarizeReadinessDelegate")
public class SummarizeReadinessDelegate implements JavaDelegate {

  public static final String GAPS = "readinessGaps";
  public static final String READINESS = "readiness";
  public static final String MISSING = "readinessMissing";

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    Object gaps = execution.getVariable(GAPS);
    Readiness readiness = Readiness.of(gaps instanceof List<?> list ? (List<Map<String, Object>>) list : List.of());
    execution.setVariable(READINESS, readiness.level());
    execution.setVariable(MISSING, readiness.missingText());
    execution.removeVariable(GAPS);
  }
}
