package com.regionops.instruction;

import static com.regionops.instruction.InstructionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 汇总反馈集团 shows the projects' accepted answers as they stand when the task comes round. */
@Component("listProjectAnswersListener")
public class ListProjectAnswersListener implements TaskListener {

  private final InstructionSteps steps;

  public ListProjectAnswersListener(InstructionSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    task.getExecution().setVariable(PROJECT_ANSWERS,
        steps.projectAnswers(((Number) task.getVariable(REGION_ITEM_ID)).longValue()));
  }
}
