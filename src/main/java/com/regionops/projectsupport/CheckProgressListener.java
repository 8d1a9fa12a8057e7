package com.regionops.projectsupport;

import com.regionops.platform.web.InputRejectedException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On 填报帮扶进展: the month's progress is written down. */
@Component("checkProgressListener")
public class CheckProgressListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (!(task.getVariable(SupportProcess.PROGRESS) instanceof String text) || text.isBlank() || text.length() > 4000) {
      throw InputRejectedException.badInput(SupportProcess.PROGRESS, "请填写本月帮扶进展（不超过 4000 字）");
    }
  }
}
