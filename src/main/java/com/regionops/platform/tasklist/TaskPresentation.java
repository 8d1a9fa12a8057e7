package com.regionops.platform.tasklist;

import com.regionops.certificate.CertificateChaseProcess;
import com.regionops.meeting.DecisionFollowupProcess;
import com.regionops.meeting.ReviewMeetingProcess;
import com.regionops.platform.security.Groups;
import com.regionops.risk.RiskProcesses;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Gives every user task, when it is created, a name that says which project and what it is about
 * (审批计划调整 · GZ01 · 主体结构封顶), a priority that puts red risks and 区域总裁 steps first, and
 * task-local copies of the Tasklist columns (项目, 节点, 会议, 风险等级).
 * Attached to every user task by {@link TaskPresentationPlugin}, so the models keep their plain
 * task names and no process repeats this.
 */
class TaskPresentation implements TaskListener {

  static final String SEPARATOR = " · ";
  /** Task names are VARCHAR(255) in Camunda's schema; a long decision text is cut well before. */
  static final int MAX_SUBJECT_LENGTH = 30;

  /** Task-local: the Chinese names of the task's candidate groups, for its form's text. */
  static final String CANDIDATE_GROUP_NAMES = "candidateGroupNames";

  /** The task-local copies this listener writes: their originals keep the history (LeanFullHistory). */
  static final Set<String> LOCAL_COPIES = Stream.concat(Stream.of(CANDIDATE_GROUP_NAMES),
      TasklistFilters.COLUMNS.stream().map(column -> column.get("name"))).collect(Collectors.toUnmodifiableSet());

  static final int PRIORITY_NORMAL = 50;
  static final int PRIORITY_ORANGE = 65;
  static final int PRIORITY_PRESIDENT = 75;
  static final int PRIORITY_RED = 90;

  /** What a task is about, in order of preference; each process sets one of them. */
  static final List<String> SUBJECT_VARIABLES = List.of(RiskProcesses.NODE_NAME, ReviewMeetingProcess.MEETING_TITLE,
      CertificateChaseProcess.CERTIFICATE_NAME, DecisionFollowupProcess.CONTENT, com.regionops.instruction.InstructionProcess.TITLE,
      com.regionops.policy.PolicyProcess.TITLE, com.regionops.knowledge.KnowledgeProcess.TITLE,
      com.regionops.training.TrainingProcess.TOPIC, com.regionops.training.TrainingPlanProcess.PLAN_TITLE,
      com.regionops.partner.PartnerMatterProcess.TITLE,
      RiskProcesses.PERIOD_DATE);

  @Override
  public void notify(DelegateTask task) {
    task.setName(name(task.getName(), task::getVariable));
    List<String> groups = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
    task.setPriority(priority(task.getVariable(RiskProcesses.GRADE), groups));
    // Forms say who handles the step by name (当前审批：区域总裁), never by group id.
    if (!groups.isEmpty()) {
      task.setVariableLocal(CANDIDATE_GROUP_NAMES, groupNames(groups));
    }
    // Tasklist reads a card's columns with the user's rights: candidates may read their task but not
    // the process instance (a project office must not read its neighbour's), so the columns travel
    // as task-local copies.
    for (Map<String, String> column : TasklistFilters.COLUMNS) {
      Object value = task.getVariable(column.get("name"));
      if (value != null) {
        task.setVariableLocal(column.get("name"), value);
      }
    }
  }

  static String groupNames(List<String> groups) {
    return groups.stream().map(Groups::nameOf).collect(Collectors.joining("、"));
  }

  static String name(String base, Function<String, Object> variables) {
    List<String> parts = new ArrayList<>();
    parts.add(base);
    Stream.of(RiskProcesses.PROJECT_CODE, RiskProcesses.REGION_CODE)
        .map(variables).filter(Objects::nonNull).findFirst()
        .ifPresent(scope -> parts.add(scope.toString()));
    SUBJECT_VARIABLES.stream().map(variables).filter(Objects::nonNull).findFirst()
        .map(subject -> shorten(subject.toString().strip()))
        .filter(subject -> !subject.isEmpty())
        .ifPresent(parts::add);
    return String.join(SEPARATOR, parts);
  }

  static int priority(Object grade, List<String> candidateGroups) {
    if ("RED".equals(grade)) {
      return PRIORITY_RED;
    }
    if (candidateGroups.contains(Groups.REGION_PRESIDENT)) {
      return PRIORITY_PRESIDENT;
    }
    return "ORANGE".equals(grade) ? PRIORITY_ORANGE : PRIORITY_NORMAL;
  }

  private static String shorten(String text) {
    String oneLine = text.replaceAll("\\s+", " ");
    return oneLine.length() <= MAX_SUBJECT_LENGTH ? oneLine : oneLine.substring(0, MAX_SUBJECT_LENGTH - 1) + "…";
  }
}
