package com.regionops.projectsupport;

import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.web.InputRejectedException;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On 帮扶结束评审: 结束 or 延续; 延续 names a new end within a year. */
@Component("checkClosingListener")
public class CheckClosingListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable(SupportProcess.CLOSING_DECISION);
    if (!SupportProcess.END.equals(decision) && !SupportProcess.EXTEND.equals(decision)) {
      throw InputRejectedException.badInput(SupportProcess.CLOSING_DECISION, "请选择：结束帮扶或延续帮扶");
    }
    if (SupportProcess.EXTEND.equals(decision)) {
      LocalDateTime ends = EngineTime.parseDateTime(task.getVariable(SupportProcess.NEW_ENDS_ON));
      if (ends == null || !ends.toLocalDate().isAfter(EngineTime.today())
          || ends.toLocalDate().isAfter(EngineTime.today().plusYears(1))) {
        throw InputRejectedException.badInput(SupportProcess.NEW_ENDS_ON, "延续帮扶请填写新的结束日期（今天之后，一年之内）");
      }
    }
  }
}
