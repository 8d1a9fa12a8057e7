package com.regionops.inspection;

import static com.regionops.inspection.InspectionProcess.INSPECTION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 巡检闭环: every 整改 verified (or nothing was found). */
@Component("closeInspectionDelegate")
public class CloseInspectionDelegate implements JavaDelegate {

  private final InspectionService inspections;

  public CloseInspectionDelegate(InspectionService inspections) {
    this.inspections = inspections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    inspections.close(((Number) execution.getVariable(INSPECTION_ID)).longValue());
  }
}
