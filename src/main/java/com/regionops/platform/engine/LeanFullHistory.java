package com.regionops.platform.engine;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.migration.instance.MigratingVariableInstance;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * History level FULL without the history of variables that only repeat what is kept elsewhere (issue 26):
 * <ul>
 *   <li>the counters of multi-instance loops, which are the engine's bookkeeping: the steps taken are in the
 *       activity history and in each process's own trail;</li>
 *   <li>task-local copies of process variables that Tasklist shows as columns and forms as text, named by the
 *       caller ({@code TaskPresentation}): the originals keep their history.</li>
 * </ul>
 * Each of these costs two history rows when written and more at every change, on every start and every step.
 * Every other variable keeps its instance and every update (ACT_HI_VARINST, ACT_HI_DETAIL), and every other
 * event is produced as at FULL.
 *
 * <p>Its id and name are FULL's: a database written at FULL starts with it and without it (the engine compares the
 * stored id), and it equals FULL, so the engine's own checks for FULL ({@code historyLevel.equals(FULL)}) hold.
 */
public final class LeanFullHistory extends HistoryLevelFull {

  /** The engine's names for a multi-instance loop's state (camunda-engine's MultiInstanceActivityBehavior). */
  static final Set<String> LOOP_COUNTERS = Set.of("nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances",
      "loopCounter");

  private final Set<String> taskLocalCopies;

  public LeanFullHistory(Set<String> taskLocalCopies) {
    this.taskLocalCopies = Set.copyOf(taskLocalCopies);
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    // create, update and delete come with the runtime variable; a migration comes with its wrapper, which does not
    // say whether the variable is task-local, so only the counters are told by name there. Should a copy's migration
    // be produced, the engine's handler writes the history row it does not find (it looks it up by id first)
    if (entity instanceof VariableInstanceEntity variable) {
      return !withoutHistory(variable.getName(), variable.getTaskId() != null);
    }
    if (entity instanceof MigratingVariableInstance migrating) {
      return !LOOP_COUNTERS.contains(migrating.getVariableName());
    }
    return true;
  }

  boolean withoutHistory(String name, boolean taskLocal) {
    return LOOP_COUNTERS.contains(name) || taskLocal && taskLocalCopies.contains(name);
  }

  // FULL's hashCode is made of its id alone, so it stays consistent with this
  @Override
  public boolean equals(Object other) {
    return other instanceof HistoryLevel level && level.getId() == getId();
  }
}
