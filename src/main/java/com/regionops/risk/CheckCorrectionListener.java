package com.regionops.risk;

import static com.regionops.risk.RiskProcesses.*;

import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.web.InputRejectedException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On 制定纠偏措施: cause, measures and a forecast date not in the past; whether the plan must move. */
@Component("checkCorrectionListener")
public class CheckCorrectionListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    require(task.getVariable(CAUSE), CAUSE, "请说明延误原因");
    require(task.getVariable(MEASURES), MEASURES, "请填写纠偏措施（不少于 10 个字）");
    if (((String) task.getVariable(MEASURES)).trim().length() < 10) {
      throw InputRejectedException.badInput(MEASURES, "请填写纠偏措施（不少于 10 个字）");
    }
    var forecast = EngineTime.parseDateTime(task.getVariable(FORECAST_FINISH));
    if (forecast == null || forecast.toLocalDate().isBefore(EngineTime.today())) {
      throw InputRejectedException.badInput(FORECAST_FINISH, "请填写预计完成日期（不早于今天）");
    }
    task.setVariable(FORECAST_FINISH, forecast.toLocalDate().toString());
    if (!(task.getVariable(NEEDS_ADJUSTMENT) instanceof Boolean)) {
      task.setVariable(NEEDS_ADJUSTMENT, false);
    }
  }

  private static void require(Object value, String field, String message) {
    if (!(value instanceof String text) || text.isBlank() || text.length() > 2000) {
      throw InputRejectedException.badInput(field, message);
    }
  }
}
