package com.regionops.operating;

import static com.regionops.operating.TargetDecompositionProcess.APPROVED;
import static com.regionops.operating.TargetDecompositionProcess.DECISION;
import static com.regionops.operating.TargetDecompositionProcess.DECISION_COMMENT;

import com.regionops.notification.NotificationService;
import com.regionops.org.Project;
import com.regionops.org.ProjectMapper;
import com.regionops.org.ProjectStatus;
import com.regionops.platform.security.ActingUser;
import com.regionops.platform.security.Groups;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 登记审批结果: approval freezes the version (the projects' 经营目标文件 from now on) and tells
 * each office; a rejection goes back to region-ops with the president's comment.
 */
@Component("recordDecompositionDecisionDelegate")
public class RecordDecompositionDecisionDelegate implements JavaDelegate {

  private final TargetService targets;
  private final ProjectMapper projects;
  private final NotificationService notifications;

  public RecordDecompositionDecisionDelegate(TargetService targets, ProjectMapper projects,
      NotificationService notifications) {
    this.targets = targets;
    this.projects = projects;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean approved = APPROVED.equals(execution.getVariable(DECISION));
    String comment = (String) execution.getVariable(DECISION_COMMENT);
    TargetVersion version = targets.decide(execution.getProcessInstanceId(), approved,
        ActingUser.of(execution.getProcessEngineServices()), comment);
    long versionId = version.id();
    String region = version.regionCode();
    String title = region + " " + version.targetYear() + " 年经营目标分解 v" + version.versionNo();
    if (!approved) {
      notifications.notifyOnce("target-rejected:" + versionId, Groups.REGION_OPS, title + " 已退回",
          "区域总裁意见：" + comment, execution.getBusinessKey());
      return;
    }
    List<Project> offices = projects.findByRegions(List.of(region)).stream()
        .filter(p -> p.status() == ProjectStatus.ACTIVE).toList();
    for (Project project : offices) {
      notifications.notifyOnce("target-approved:" + versionId + ":" + project.code(), Groups.office(project.code()),
          title + " 已批准", "本项目经营目标文件已更新，请按月填报实际完成。", execution.getBusinessKey());
    }
  }
}
