package com.regionops.operating;

import com.regionops.platform.security.Groups;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Which project a 提交经营分析资料 task belongs to, and which offices are still due: read from the
 * tasks' candidate groups (office-{code}), which only camunda-admin may change (TaskCommandGuard),
 * rather than from variables.
 */
final class SubmissionTasks {

  private SubmissionTasks() {
  }

  static String projectOf(DelegateTask task) {
    return task.getCandidates().stream().map(SubmissionTasks::officeProject).filter(Objects::nonNull).findFirst()
        .orElseThrow(() -> new IllegalStateException("提交经营分析资料 without an office group: " + task.getId()));
  }

  /** The projects whose submission task is still open in this instance. */
  static List<String> openProjects(DelegateExecution execution) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    return tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(OperatingReviewProcess.TASK_SUBMIT).list().stream()
        .flatMap(t -> tasks.getIdentityLinksForTask(t.getId()).stream())
        .map(SubmissionTasks::officeProject).filter(Objects::nonNull).sorted().toList();
  }

  private static String officeProject(IdentityLink link) {
    String group = link.getGroupId();
    return IdentityLinkType.CANDIDATE.equals(link.getType()) && group != null && group.startsWith(Groups.OFFICE_PREFIX)
        ? group.substring(Groups.OFFICE_PREFIX.length()) : null;
  }
}
