package com.regionops.platform.tasklist;

import com.regionops.platform.engine.LeanFullHistory;
import com.regionops.platform.engine.ParseListeners;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Attaches {@link TaskPresentation} to every user task of every model the engine parses, and keeps its task-local
 * copies out of history: FULL as {@link LeanFullHistory} (the application's {@code history-level: full}).
 */
class TaskPresentationPlugin extends AbstractProcessEnginePlugin {

  private final TaskListener presentation = new TaskPresentation();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // the engine picks the last level of the configured name, and custom levels come after its own
    configuration.setCustomHistoryLevels(List.of(new LeanFullHistory(TaskPresentation.LOCAL_COPIES)));
    ParseListeners.addPostListener(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        // Built-in listeners run before the model's own, so those see the final name and priority.
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, presentation);
      }
    });
  }
}
