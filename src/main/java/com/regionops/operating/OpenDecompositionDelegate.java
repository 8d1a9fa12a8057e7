package com.regionops.operating;

import static com.regionops.operating.TargetDecompositionProcess.REGION_CODE;
import static com.regionops.operating.TargetDecompositionProcess.VERSION_ID;

import com.regionops.platform.web.InputRejectedException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 登记目标分解版本: runs inside the start. Only a version our API has just validated and stored
 * can be taken, so a start over engine REST cannot approve something nobody checked.
 */
@Component("openDecompositionDelegate")
public class OpenDecompositionDelegate implements JavaDelegate {

  private final TargetService targets;

  public OpenDecompositionDelegate(TargetService targets) {
    this.targets = targets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object versionId = execution.getVariable(VERSION_ID);
    if (!(versionId instanceof Number id)) {
      throw InputRejectedException.badInput(VERSION_ID, "缺少目标分解版本");
    }
    targets.claim(id.longValue(), (String) execution.getVariable(REGION_CODE), execution.getProcessInstanceId());
  }
}
