package com.regionops.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.migration.instance.MigratingVariableInstance;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeanFullHistoryTest {

  final LeanFullHistory level = new LeanFullHistory(Set.of("projectCode", "candidateGroupNames"));

  static VariableInstanceEntity variable(String name, boolean taskLocal) {
    VariableInstanceEntity variable = new VariableInstanceEntity();
    variable.setName(name);
    if (taskLocal) {
      variable.setTaskId("task-1");
    }
    return variable;
  }

  @ParameterizedTest(name = "{0} task-local={1}: history {2}")
  @CsvSource({
      "loopCounter,            false, false",
      "nrOfInstances,          false, false",
      "nrOfActiveInstances,    false, false",
      "nrOfCompletedInstances, false, false",
      "projectCode,            true,  false",
      "candidateGroupNames,    true,  false",
      // the originals of the copies, and any other variable, keep their history
      "projectCode,            false, true",
      "nodeName,               true,  true",
      "approverGroup,          false, true",
      "adjustmentId,           false, true"})
  void leavesOutOnlyTheLoopsCountersAndTheTasksCopies(String name, boolean taskLocal, boolean produced) {
    for (HistoryEventTypes type : new HistoryEventTypes[] {HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
        HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, HistoryEventTypes.VARIABLE_INSTANCE_DELETE,
        HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE}) {
      assertThat(level.isHistoryEventProduced(type, variable(name, taskLocal))).as(type.getEventName())
          .isEqualTo(produced);
    }
  }

  @ParameterizedTest(name = "migrating {0} task-local={1}: history {2}")
  @CsvSource({
      "loopCounter,            false, false",
      "nrOfCompletedInstances, false, false",
      // a migration does not say whether the variable is task-local: the copies' names keep their history there
      "projectCode,            false, true",
      "projectCode,            true,  true",
      "approverGroup,          false, true"})
  void tellsAMigratingVariableByItsNameAlone(String name, boolean taskLocal, boolean produced) {
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE,
        new MigratingVariableInstance(variable(name, taskLocal), false))).isEqualTo(produced);
  }

  @Test
  void everyOtherEventIsProducedAsAtFull() {
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.TASK_INSTANCE_CREATE, new TaskEntity())).isTrue();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.DMN_DECISION_EVALUATE, null)).isTrue();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.USER_OPERATION_LOG, null)).isTrue();
  }

  @Test
  void isFullToTheEngineAndToADatabaseWrittenAtFull() {
    assertThat(level.getId()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
    assertThat(level.getName()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getName());
    assertThat(level.equals(HistoryLevel.HISTORY_LEVEL_FULL)).isTrue();
    assertThat(level.hashCode()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.hashCode());
    assertThat(level.equals(HistoryLevel.HISTORY_LEVEL_AUDIT)).isFalse();
  }
}
