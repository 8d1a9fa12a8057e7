package com.regionops.certificate;

import com.regionops.platform.security.SystemCalls;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open 年审/换证 chases of a set of certificates and the stage each has reached on the
 * policy's ladder (certificate-review-policy): the responsible function is being reminded, region-ops
 * has been told to chase, the president has been told, the due date has passed — or the result is
 * filed and waits for region-ops' verification.
 */
@Component
public class ChaseStages {

  public enum Stage {
    OWNER("责任部门办理"), REGION_OPS("区域运营督办"), PRESIDENT("区域总裁关注"), OVERDUE("已逾期"), VERIFYING("待核验");

    private final String label;

    Stage(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public record OpenChase(long chaseId, long certificateId, String projectCode, String typeName, String kind,
      LocalDate dueDate, int daysLeft, Stage stage, String stageName) {
  }

  private final CertificateChaseMapper chases;
  private final CertificateChaseService policies;
  private final TaskService tasks;
  private final SystemCalls system;

  public ChaseStages(CertificateChaseMapper chases, CertificateChaseService policies, TaskService tasks,
      SystemCalls system) {
    this.chases = chases;
    this.policies = policies;
    this.tasks = tasks;
    this.system = system;
  }

  /** Open chases of these certificates, the nearest due date first. */
  public List<OpenChase> open(Collection<Certificate> certificates, String regionCode, LocalDate today) {
    if (certificates.isEmpty()) {
      return List.of();
    }
    Map<Long, Certificate> byId = certificates.stream().collect(Collectors.toMap(Certificate::id, Function.identity()));
    List<CertificateChase> open = new ArrayList<>();
    List<Long> ids = List.copyOf(byId.keySet());
    for (int i = 0; i < ids.size(); i += 1000) {
      chases.findForCertificates(ids.subList(i, Math.min(ids.size(), i + 1000))).stream()
          .filter(c -> CertificateChase.OPEN.equals(c.status())).forEach(open::add);
    }
    if (open.isEmpty()) {
      return List.of();
    }
    Set<String> verifying = new HashSet<>();
    system.asSystem(() -> tasks.createTaskQuery().processDefinitionKey(CertificateChaseProcess.REVIEW_KEY)
        .tenantIdIn(regionCode).taskDefinitionKey(CertificateChaseProcess.TASK_VERIFY).list().stream()
        .map(Task::getProcessInstanceId).forEach(verifying::add));
    Map<String, CertificateChaseService.Policy> ladder = policies.policies();
    List<OpenChase> result = new ArrayList<>();
    for (CertificateChase chase : open) {
      Certificate c = byId.get(chase.certificateId());
      int daysLeft = (int) ChronoUnit.DAYS.between(today, chase.dueDate());
      Stage stage = verifying.contains(chase.processInstanceId()) ? Stage.VERIFYING
          : stage(daysLeft, ladder.get(c.typeCode()));
      result.add(new OpenChase(chase.id(), c.id(), c.projectCode(), c.typeName(), chase.kind(), chase.dueDate(), daysLeft,
          stage, stage.label()));
    }
    result.sort(Comparator.comparing(OpenChase::dueDate));
    return result;
  }

  static Stage stage(int daysLeft, CertificateChaseService.Policy policy) {
    if (daysLeft < 0) {
      return Stage.OVERDUE;
    }
    if (policy != null && daysLeft <= policy.presidentAtDays()) {
      return Stage.PRESIDENT;
    }
    if (policy != null && daysLeft <= policy.regionOpsAtDays()) {
      return Stage.REGION_OPS;
    }
    return Stage.OWNER;
  }
}
