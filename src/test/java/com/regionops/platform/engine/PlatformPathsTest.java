package com.regionops.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.LinkEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * What a timer starts belongs to the PLATFORM tenant (no caller, project or region: ProjectTenantIdProvider),
 * which no user is a member of. Such an instance must never wait for a person or call another process:
 * its task would be read by no one (or, before the tenant, by every region through region-ops' "*" grant,
 * RegionWideTaskReads), and a called instance would inherit PLATFORM. So the path from every top-level
 * timer start event reaches no user task and no call activity; the regional work is started per region
 * by message, with the region's code.
 */
class PlatformPathsTest {

  /** The processes started by a timer today: a new one must be looked at, not pass silently. */
  static final Set<String> TIMER_STARTED = Set.of("biweekly-plan-check", "inspection-plan", "operating-review",
      "certificate-review-sweep", "kpi-snapshot", "supervision-sweep");

  @Test
  void noTimerStartReachesAPersonOrAnotherProcess() throws IOException {
    TreeMap<String, Set<String>> reached = new TreeMap<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of("processes"), "*.bpmn")) {
      for (Path file : files) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (Process process : model.getModelElementsByType(Process.class)) {
          for (StartEvent start : process.getChildElementsByType(StartEvent.class)) {
            if (!start.getChildElementsByType(TimerEventDefinition.class).isEmpty()) {
              reached.computeIfAbsent(process.getId(), k -> new TreeSet<>()).addAll(reachable(model, process, start));
            }
          }
        }
      }
    }
    assertThat(reached.keySet()).containsExactlyInAnyOrderElementsOf(TIMER_STARTED);
    reached.forEach((process, nodes) -> assertThat(nodes).as(process).isNotEmpty()
        .noneMatch(node -> node.startsWith("userTask:") || node.startsWith("callActivity:")));
  }

  /** The walk does see people and called processes: on the regional branch, started by message. */
  @Test
  void theWalkFindsTheRegionalWork() {
    BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes", "operating-review.bpmn").toFile());
    Set<String> regional = reachable(model, model.getModelElementById("operating-review"),
        model.getModelElementById("StartEvent_ReviewRequested"));
    assertThat(regional).contains("userTask:UserTask_SubmitAnalysis", "callActivity:CallActivity_ReviewMeeting");
  }

  /**
   * Every flow node an instance started at this event can reach: along sequence flows, into embedded
   * subprocesses, through boundary events and link events, and the process's event subprocesses, which any
   * instance may trigger. Named "type:id".
   */
  static Set<String> reachable(BpmnModelInstance model, Process process, StartEvent start) {
    Set<FlowNode> seen = new HashSet<>();
    Deque<FlowNode> next = new ArrayDeque<>();
    next.add(start);
    for (SubProcess sub : process.getChildElementsByType(SubProcess.class)) {
      if (sub.triggeredByEvent()) {
        next.add(sub);
      }
    }
    while (!next.isEmpty()) {
      FlowNode node = next.poll();
      if (!seen.add(node)) {
        continue;
      }
      node.getOutgoing().stream().map(SequenceFlow::getTarget).forEach(next::add);
      if (node instanceof SubProcess sub) {
        next.addAll(sub.getChildElementsByType(FlowNode.class));
      }
      if (node instanceof Activity) {
        model.getModelElementsByType(BoundaryEvent.class).stream()
            .filter(boundary -> boundary.getAttachedTo() == node).forEach(next::add);
      }
      if (node instanceof IntermediateThrowEvent thrown) {
        for (LinkEventDefinition link : thrown.getChildElementsByType(LinkEventDefinition.class)) {
          model.getModelElementsByType(IntermediateCatchEvent.class).stream()
              .filter(caught -> caught.getChildElementsByType(LinkEventDefinition.class).stream()
                  .anyMatch(l -> l.getName() != null && l.getName().equals(link.getName())))
              .forEach(next::add);
        }
      }
    }
    Set<String> names = new TreeSet<>();
    for (FlowNode node : seen) {
      String type = node instanceof UserTask ? "userTask" : node instanceof CallActivity ? "callActivity"
          : node.getElementType().getTypeName();
      names.add(type + ":" + node.getId());
    }
    return names;
  }
}
