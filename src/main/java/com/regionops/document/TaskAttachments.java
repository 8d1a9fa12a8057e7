package com.regionops.document;

import com.regionops.certificate.CertificateChaseProcess;
import com.regionops.inspection.InspectionProcess;
import com.regionops.instruction.InstructionProcess;
import com.regionops.meeting.DecisionFollowupProcess;
import com.regionops.meeting.ReviewMeetingProcess;
import com.regionops.plan.NodeCompletionProcess;
import com.regionops.platform.security.ApiUser;
import com.regionops.risk.RiskProcesses;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The tasks that take files, and what their files belong to: the task's process names the object
 * (a gate review round, a decision, a certificate, a plan node under correction) through a
 * variable its own steps set and no task form may write (TaskCommandGuard).
 * Read as the application: the caller's right is decided here, not by the engine's grants.
 */
@Component
public class TaskAttachments {

  /** What files of a task belong to; slotPrefix names its checklist variables ({prefix}{n}Name), null for none. */
  record Spec(OwnerType ownerType, String ownerVariable, DocumentKind kind, String slotPrefix, int maxSlots) {

    Spec(OwnerType ownerType, String ownerVariable, DocumentKind kind) {
      this(ownerType, ownerVariable, kind, null, 0);
    }
  }

  /** An open task that takes files, resolved: its object and, for materials, the checklist. */
  public record TaskTarget(String taskId, String taskName, String tenantId, OwnerType ownerType, String ownerId,
      DocumentKind kind, List<MaterialSlot> slots) {
  }

  /** A required 上会资料 item as the task shows it: name, mandatory, and a reference to an external archive. */
  public record MaterialSlot(int seq, String name, boolean mandatory, String reference) {
  }

  private static final Spec MATERIALS = new Spec(OwnerType.GATE_REVIEW, ReviewMeetingProcess.GATE_REVIEW_ID,
      DocumentKind.MATERIAL, "material", ReviewMeetingProcess.MAX_MATERIALS);
  private static final Spec DECISION_EVIDENCE = new Spec(OwnerType.DECISION, DecisionFollowupProcess.DECISION_ID,
      DocumentKind.EVIDENCE);
  private static final Spec CERTIFICATE_SCAN = new Spec(OwnerType.CERTIFICATE, CertificateChaseProcess.CERTIFICATE_ID,
      DocumentKind.CERTIFICATE_SCAN);
  private static final Spec CORRECTION_EVIDENCE = new Spec(OwnerType.CORRECTION, RiskProcesses.NODE_ID,
      DocumentKind.EVIDENCE);
  private static final Spec INSPECTION_EVIDENCE = new Spec(OwnerType.MEETING, InspectionProcess.MEETING_ID,
      DocumentKind.EVIDENCE);
  /** A 反馈 and its review: the copy's files (a project's in its pass, the region's for 汇总). */
  private static final Spec PROJECT_ANSWER = new Spec(OwnerType.INSTRUCTION_ITEM, InstructionProcess.PROJECT_ITEM_ID,
      DocumentKind.EVIDENCE);
  private static final Spec REGION_ANSWER = new Spec(OwnerType.INSTRUCTION_ITEM, InstructionProcess.REGION_ITEM_ID,
      DocumentKind.EVIDENCE);
  private static final Spec DELIVERABLES = new Spec(OwnerType.PLAN_NODE, NodeCompletionProcess.NODE_ID,
      DocumentKind.DELIVERABLE, "deliverable", NodeCompletionProcess.MAX_DELIVERABLES);

  /** process key → task definition key → what its files belong to. */
  static final Map<String, Map<String, Spec>> SPECS = Map.of(
      ReviewMeetingProcess.KEY, Map.of(
          ReviewMeetingProcess.TASK_SUBMIT_MATERIALS, MATERIALS,
          ReviewMeetingProcess.TASK_REVIEW_MATERIALS, MATERIALS),
      DecisionFollowupProcess.KEY, Map.of(
          DecisionFollowupProcess.TASK_CARRY_OUT, DECISION_EVIDENCE,
          DecisionFollowupProcess.TASK_VERIFY, DECISION_EVIDENCE),
      CertificateChaseProcess.REVIEW_KEY, Map.of(
          CertificateChaseProcess.TASK_FILE, CERTIFICATE_SCAN,
          CertificateChaseProcess.TASK_VERIFY, CERTIFICATE_SCAN),
      InspectionProcess.KEY, Map.of(
          InspectionProcess.TASK_RECORD_FINDINGS, INSPECTION_EVIDENCE),
      RiskProcesses.CORRECTION_KEY, Map.of(
          RiskProcesses.TASK_PLAN_CORRECTION, CORRECTION_EVIDENCE,
          RiskProcesses.TASK_REVIEW_CORRECTION, CORRECTION_EVIDENCE),
      InstructionProcess.KEY, Map.of(
          InstructionProcess.TASK_REPORT, PROJECT_ANSWER,
          InstructionProcess.TASK_REVIEW, PROJECT_ANSWER,
          InstructionProcess.TASK_CONSOLIDATE, REGION_ANSWER,
          InstructionProcess.TASK_CLOSE, REGION_ANSWER),
      NodeCompletionProcess.KEY, Map.of(
          NodeCompletionProcess.TASK_SUBMIT_DELIVERABLES, DELIVERABLES,
          NodeCompletionProcess.TASK_CONFIRM, DELIVERABLES,
          NodeCompletionProcess.TASK_CORRECT, DELIVERABLES));

  /** An open task as a caller meets it: its object and where that lives (null when it takes no files), and whether they may act on it. */
  public record Resolved(Task task, TaskTarget target, OwnerRef owner, boolean mayAct) {

    /** The caller may see the object: its project, or for a region's meeting its region. */
    boolean visibleTo(ApiUser user) {
      return owner != null && (owner.projectCode() != null ? user.canSeeProject(owner.projectCode(), owner.regionCode())
          : user.canSeeRegion(owner.regionCode()));
    }
  }

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final DocumentMapper documents;
  private final com.regionops.platform.security.SystemCalls system;

  public TaskAttachments(TaskService tasks, RuntimeService runtime, RepositoryService repository,
      DocumentMapper documents, com.regionops.platform.security.SystemCalls system) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.repository = repository;
    this.documents = documents;
    this.system = system;
  }

  /** The open task with this id as the caller meets it, read as the application; task null when there is none. */
  Resolved resolve(ApiUser user, String taskId) {
    return system.asSystem(() -> {
      Task task = open(taskId);
      TaskTarget target = task == null ? null : target(task);
      OwnerRef owner = target == null ? null : documents.findOwner(target.ownerType(), target.ownerId());
      return new Resolved(task, target, owner, task != null && mayAct(user, task));
    });
  }


  /** The open task, or null when there is none with this id. */
  Task open(String taskId) {
    return tasks.createTaskQuery().taskId(taskId).singleResult();
  }

  /** What the open task's files belong to, or null when the task takes no files. */
  TaskTarget target(Task task) {
    if (task.getProcessDefinitionId() == null) {
      return null;
    }
    String processKey = repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
    Spec spec = SPECS.getOrDefault(processKey, Map.of()).get(task.getTaskDefinitionKey());
    if (spec == null) {
      return null;
    }
    Object owner = runtime.getVariable(task.getExecutionId(), spec.ownerVariable());
    if (owner == null) {
      return null;
    }
    List<MaterialSlot> slots = spec.slotPrefix() == null ? List.of() : slots(task.getExecutionId(), spec);
    return new TaskTarget(task.getId(), task.getName(), task.getTenantId(), spec.ownerType(), owner.toString(),
        spec.kind(), slots);
  }

  private List<MaterialSlot> slots(String executionId, Spec spec) {
    Map<String, Object> variables = runtime.getVariables(executionId);
    List<MaterialSlot> slots = new ArrayList<>();
    for (int n = 1; n <= spec.maxSlots(); n++) {
      if (variables.get(spec.slotPrefix() + n + "Name") instanceof String name && !name.isBlank()) {
        Object reference = variables.get(spec.slotPrefix() + n + "Reference");
        slots.add(new MaterialSlot(n, name,
            Boolean.TRUE.equals(variables.get(spec.slotPrefix() + n + "Mandatory")),
            reference instanceof String text && !text.isBlank() ? text : null));
      }
    }
    return slots;
  }

  /**
   * Whether the person may act on the task: it is theirs, or it is unassigned and offered to
   * them or to one of their groups, in one of their regions.
   */
  boolean mayAct(ApiUser user, Task task) {
    if (task.getTenantId() != null && !user.tenants().contains(task.getTenantId())) {
      return false;
    }
    if (task.getAssignee() != null) {
      return task.getAssignee().equals(user.id());
    }
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())
          && (user.id().equals(link.getUserId()) || (link.getGroupId() != null && user.groups().contains(link.getGroupId())))) {
        return true;
      }
    }
    return false;
  }
}
