package com.regionops.meeting;

import com.regionops.platform.web.InputRejectedException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * On 核验决议落实: an item with a named verifier (an inspection's 整改: its lead inspector) is
 * verified by that person only; region-ops, its candidates too, see it but cannot sign it off.
 */
@Component("checkVerifierListener")
public class CheckVerifierListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object verifier = task.getVariable(DecisionFollowupProcess.VERIFIER_USER);
    Authentication caller = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (verifier instanceof String named && !named.isBlank() && caller != null && caller.getUserId() != null
        && !named.equals(caller.getUserId())) {
      throw InputRejectedException.badInput(DecisionFollowupProcess.DECISION_REVIEW, "本项由 " + named + " 核验");
    }
  }
}
