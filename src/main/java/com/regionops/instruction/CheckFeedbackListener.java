package com.regionops.instruction;

import static com.regionops.instruction.InstructionProcess.*;

import com.regionops.platform.web.InputRejectedException;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 反馈 and 汇总反馈 carry a written answer; the form's limit is checked again for engine REST callers. */
@Component("checkFeedbackListener")
public class CheckFeedbackListener implements TaskListener {

  private static final Map<String, String> ANSWERS = Map.of(TASK_REPORT, FEEDBACK_TEXT, TASK_CONSOLIDATE, REGION_ANSWER);

  @Override
  public void notify(DelegateTask task) {
    String name = ANSWERS.get(task.getTaskDefinitionKey());
    if (name == null) {
      throw new IllegalStateException("checkFeedbackListener is not configured for " + task.getTaskDefinitionKey());
    }
    if (!(task.getVariable(name) instanceof String text) || text.isBlank()) {
      throw InputRejectedException.badInput(name, "请填写落实情况");
    }
    if (text.strip().length() > InstructionService.MAX_TEXT) {
      throw InputRejectedException.badInput(name, "不超过 " + InstructionService.MAX_TEXT + " 个字");
    }
  }
}
