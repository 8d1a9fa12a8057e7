package com.regionops.inspection;

import com.regionops.platform.engine.ProjectTenantIdProvider;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On 登记巡检发现: the summary and every finding are complete and name what exists. */
@Component("checkFindingsListener")
public class CheckFindingsListener implements TaskListener {

  private final InspectionService inspections;

  public CheckFindingsListener(InspectionService inspections) {
    this.inspections = inspections;
  }

  @Override
  public void notify(DelegateTask task) {
    inspections.checkFindings((String) task.getVariable(ProjectTenantIdProvider.PROJECT_CODE), task::getVariable);
  }
}
