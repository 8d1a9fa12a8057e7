package com.regionops.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.junit.jupiter.api.Test;

/** The timer-started processes RegionWideTaskReads leaves to per-task grants are the models' own. */
class RegionWideTaskReadsTest {

  @Test
  void timerStartedIsExactlyTheProcessesWithATimerStartEvent() throws IOException {
    Set<String> timerStarted;
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      timerStarted = models.filter(p -> p.toString().endsWith(".bpmn")).map(p -> Bpmn.readModelFromFile(p.toFile()))
          .flatMap(RegionWideTaskReadsTest::timerStartedProcesses).collect(Collectors.toSet());
    }
    assertThat(timerStarted).isNotEmpty();
    assertThat(RegionWideTaskReads.TIMER_STARTED).isEqualTo(timerStarted);
    assertThat(RegionWideTaskReads.regionBound("plan-adjustment")).isTrue();
    assertThat(RegionWideTaskReads.regionBound("certificate-review-sweep")).isFalse();
    assertThat(RegionWideTaskReads.regionBound(null)).isFalse();
  }

  static Stream<String> timerStartedProcesses(BpmnModelInstance model) {
    return model.getModelElementsByType(StartEvent.class).stream()
        .filter(start -> start.getParentElement() instanceof Process)
        .filter(start -> start.getEventDefinitions().stream().anyMatch(d -> d instanceof TimerEventDefinition))
        .map(start -> ((Process) start.getParentElement()).getId());
  }
}
