package com.regionops.inspection;

import static com.regionops.inspection.InspectionProcess.INSPECTION_ID;
import static com.regionops.inspection.InspectionProcess.INSPECTION_START;
import static com.regionops.inspection.InspectionProcess.INSPECTION_TITLE;
import static com.regionops.inspection.InspectionProcess.LEAD_INSPECTOR;
import static com.regionops.inspection.InspectionProcess.MEETING_KIND;
import static com.regionops.inspection.InspectionProcess.MEETING_KIND_INSPECTION;
import static com.regionops.inspection.InspectionProcess.REPORT_DAYS;
import static com.regionops.inspection.InspectionProcess.REPORT_DUE_DATE;
import static com.regionops.inspection.InspectionProcess.START_HOUR;

import com.regionops.platform.engine.EngineTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 读取巡检安排: links the instance to its inspection and sets when the inspectors start (the
 * planned day, 09:00 China time) and when their report is due ({@value InspectionProcess#REPORT_DAYS}
 * days after the last day on site, 18:00).
 */
@Component("openInspectionDelegate")
public class OpenInspectionDelegate implements JavaDelegate {

  private final InspectionService inspections;

  public OpenInspectionDelegate(InspectionService inspections) {
    this.inspections = inspections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(INSPECTION_ID)).longValue();
    Inspection inspection = inspections.inspection(id);
    execution.setVariable(InspectionProcess.MEETING_ID, inspections.started(id, execution.getProcessInstanceId()));
    execution.setVariable(INSPECTION_TITLE, InspectionService.title(inspection));
    execution.setVariable(LEAD_INSPECTOR, inspection.leadInspector());
    execution.setVariable(MEETING_KIND, MEETING_KIND_INSPECTION);
    execution.setVariable(INSPECTION_START, EngineTime.toDate(inspection.plannedDate().atTime(START_HOUR, 0)));
    execution.setVariable(REPORT_DUE_DATE, EngineTime.toDate(
        inspection.plannedDate().plusDays(inspection.stayDays() + (long) REPORT_DAYS).atTime(18, 0)));
  }
}
