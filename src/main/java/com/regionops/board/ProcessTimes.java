package com.regionops.board;

import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.SystemCalls;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * 流程时效 of a region from Camunda's history (Optimize, Camunda's analytics, is not in the Community
 * Edition): per process and step, the median and 90th-percentile time from a task's creation to its
 * completion for tasks completed in a month, and the share completed by their due date; and today's
 * open tasks by step and age. Read as the application: the region is the tenant.
 */
@Component
public class ProcessTimes {

  /** The process variable every project process carries. */
  static final String PROJECT_CODE = "projectCode";
  /** Open-task ages, in days: under 3, 3–7, 7–14, 14 and more. */
  static final int[] AGE_BOUNDS = {3, 7, 14};
  static final List<String> AGE_LABELS = List.of("3 天内", "3–7 天", "7–14 天", "14 天以上");

  /** One step's figures in a month. */
  public record Step(String processKey, String processName, String taskKey, String taskName, int completed,
      Double medianHours, Double p90Hours, Integer withDueDate, Double onTimeShare) {
  }

  /** Open tasks of a step by age bucket (AGE_LABELS order). */
  public record Backlog(String processKey, String processName, String taskKey, String taskName, List<Integer> byAge) {
  }

  public record Figures(String month, String previousMonth, String projectCode, String gateCode, List<Step> steps,
      List<Step> previous, List<String> ageLabels, List<Backlog> backlog) {
  }

  /**
   * Narrows the figures to one project's processes (by their projectCode variable, which every
   * project process carries) and/or one gate's (by the round's business key, which the gate's
   * meeting and decision follow-ups inherit).
   */
  public record Scope(String projectCode, String gateCode) {

    static final Scope REGION = new Scope(null, null);

    String businessKeyLike() {
      return gateCode == null ? null : (projectCode == null ? "%" : projectCode) + ":" + gateCode + ":%";
    }
  }

  private final HistoryService history;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final SystemCalls system;

  public ProcessTimes(HistoryService history, TaskService tasks, RepositoryService repository, SystemCalls system) {
    this.history = history;
    this.tasks = tasks;
    this.repository = repository;
    this.system = system;
  }

  public Figures of(String regionCode, YearMonth month) {
    return of(regionCode, month, Scope.REGION);
  }

  /** The scope's codes are the caller's to check (the project in the region, the gate in the catalogue). */
  public Figures of(String regionCode, YearMonth month, Scope scope) {
    return system.asSystem(() -> {
      Map<String, String> names = new HashMap<>();
      YearMonth previous = month.minusMonths(1);
      return new Figures(month.toString(), previous.toString(), scope.projectCode(), scope.gateCode(),
          steps(regionCode, month, scope, names), steps(regionCode, previous, scope, names), AGE_LABELS,
          backlog(regionCode, scope, names));
    });
  }

  private List<Step> steps(String regionCode, YearMonth month, Scope scope, Map<String, String> names) {
    HistoricTaskInstanceQuery query = history.createHistoricTaskInstanceQuery().tenantIdIn(regionCode).finished()
        .finishedAfter(EngineTime.toDate(month.atDay(1).atStartOfDay().minusNanos(1)))
        .finishedBefore(EngineTime.toDate(month.plusMonths(1).atDay(1).atStartOfDay()));
    if (scope.projectCode() != null) {
      query.processVariableValueEquals(PROJECT_CODE, scope.projectCode());
    }
    if (scope.gateCode() != null) {
      query.processInstanceBusinessKeyLike(scope.businessKeyLike());
    }
    List<HistoricTaskInstance> done = query.list();
    Map<String, List<HistoricTaskInstance>> byStep = new LinkedHashMap<>();
    for (HistoricTaskInstance t : done) {
      if (t.getProcessDefinitionKey() != null && t.getDeleteReason() != null && t.getDeleteReason().equals("completed")) {
        byStep.computeIfAbsent(t.getProcessDefinitionKey() + "\u0000" + t.getTaskDefinitionKey(), k -> new ArrayList<>())
            .add(t);
      }
    }
    List<Step> steps = new ArrayList<>();
    byStep.forEach((key, list) -> {
      HistoricTaskInstance first = list.get(0);
      List<Long> millis = list.stream().map(HistoricTaskInstance::getDurationInMillis).sorted().toList();
      List<HistoricTaskInstance> withDue = list.stream().filter(t -> t.getDueDate() != null).toList();
      long onTime = withDue.stream().filter(t -> !t.getEndTime().after(t.getDueDate())).count();
      steps.add(new Step(first.getProcessDefinitionKey(), processName(first.getProcessDefinitionId(), names),
          first.getTaskDefinitionKey(), baseName(first.getName()), list.size(), hours(percentile(millis, 50)),
          hours(percentile(millis, 90)), withDue.size(), withDue.isEmpty() ? null : (double) onTime / withDue.size()));
    });
    steps.sort(Comparator.comparing(Step::processKey).thenComparing(Step::taskKey));
    return steps;
  }

  private List<Backlog> backlog(String regionCode, Scope scope, Map<String, String> names) {
    LocalDateTime now = EngineTime.now();
    Map<String, Backlog> byStep = new LinkedHashMap<>();
    TaskQuery query = tasks.createTaskQuery().tenantIdIn(regionCode);
    if (scope.projectCode() != null) {
      query.processVariableValueEquals(PROJECT_CODE, scope.projectCode());
    }
    if (scope.gateCode() != null) {
      query.processInstanceBusinessKeyLike(scope.businessKeyLike());
    }
    for (Task t : query.list()) {
      if (t.getProcessDefinitionId() == null) {
        continue;
      }
      ProcessDefinition definition = repository.getProcessDefinition(t.getProcessDefinitionId());
      Backlog row = byStep.computeIfAbsent(definition.getKey() + "\u0000" + t.getTaskDefinitionKey(),
          k -> new Backlog(definition.getKey(), processName(t.getProcessDefinitionId(), names), t.getTaskDefinitionKey(),
              baseName(t.getName()), new ArrayList<>(List.of(0, 0, 0, 0))));
      long days = Duration.between(LocalDateTime.ofInstant(t.getCreateTime().toInstant(), EngineTime.ZONE), now).toDays();
      int bucket = 0;
      while (bucket < AGE_BOUNDS.length && days >= AGE_BOUNDS[bucket]) {
        bucket++;
      }
      row.byAge().set(bucket, row.byAge().get(bucket) + 1);
    }
    List<Backlog> rows = new ArrayList<>(byStep.values());
    rows.sort(Comparator.comparing(Backlog::processKey).thenComparing(Backlog::taskKey));
    return rows;
  }

  private String processName(String definitionId, Map<String, String> names) {
    return names.computeIfAbsent(definitionId, id -> {
      ProcessDefinition d = repository.getProcessDefinition(id);
      return d.getName() != null ? d.getName() : d.getKey();
    });
  }

  /** Tasklist's names carry the project and node after " · ": the step is what comes before. */
  static String baseName(String name) {
    if (name == null) {
      return null;
    }
    int dot = name.indexOf(" · ");
    return dot < 0 ? name : name.substring(0, dot);
  }

  /** The nearest-rank percentile of sorted values; null for none. */
  static Long percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  static Double hours(Long millis) {
    return millis == null ? null : Math.round(millis / 360_000.0) / 10.0;
  }
}
