package com.regionops.inspection;

import static com.regionops.inspection.InspectionProcess.INSPECTION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 开始巡检: the day has come; the inspection shows as under way. */
@Component("startOnSiteDelegate")
public class StartOnSiteDelegate implements JavaDelegate {

  private final InspectionService inspections;

  public StartOnSiteDelegate(InspectionService inspections) {
    this.inspections = inspections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    inspections.onSite(((Number) execution.getVariable(INSPECTION_ID)).longValue());
  }
}
