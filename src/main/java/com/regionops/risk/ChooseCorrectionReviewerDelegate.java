package com.regionops.risk;

import static com.regionops.risk.RiskProcesses.*;

import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.Groups;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 确定审核部门: DMN risk-escalation names who reviews the correction, by when, and the measure. */
@Component("chooseCorrectionReviewerDelegate")
public class ChooseCorrectionReviewerDelegate implements JavaDelegate {

  public static final String DECISION = "risk-escalation";

  @Override
  public void execute(DelegateExecution execution) {
    DmnDecisionResultEntries result = execution.getProcessEngineServices().getDecisionService()
        .evaluateDecisionByKey(DECISION)
        .variables(Map.of(GRADE, execution.getVariable(GRADE), NODE_LEVEL, execution.getVariable(NODE_LEVEL),
            CONSECUTIVE_CHECKS, execution.getVariable(CONSECUTIVE_CHECKS)))
        .evaluate().getSingleResult();
    int days = ((Number) result.getEntry("responseDays")).intValue();
    execution.setVariable(ESCALATE_TO_GROUP, result.getEntry("escalateToGroup"));
    execution.setVariable(MEASURE, result.getEntry("measure"));
    execution.setVariable(REVIEW_DUE_DATE, EngineTime.toDate(EngineTime.today().plusDays(days).atTime(18, 0)));
    execution.setVariable(OFFICE_GROUP, Groups.office((String) execution.getVariable(PROJECT_CODE)));
  }
}
