package com.regionops.plan;

import com.regionops.org.Project;
import com.regionops.org.ProjectService;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.web.ApiException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Plan adjustments of a project: ask for one (it runs as the caller through the
 * plan-adjustment model, the same rules as engine REST and Tasklist), preview what one would
 * do, and read a node's history.
 */
@RestController
@RequestMapping("/api/v1/projects/{projectCode}")
class PlanAdjustmentController {

  /** partnerApproval: the partner's 文号 or 会议纪要, required when the partner runs the project (不操盘). */
  record AdjustmentRequest(String nodeCode, String newPlannedFinish, String reason, String partnerApproval) {
  }

  record AdjustmentStarted(String processInstanceId, String businessKey, Long adjustmentId, List<String> approverChain) {
  }

  /** partnerRules: the project is run by a partner (不操盘), so region-ops files the partner's approval. */
  record Preview(String nodeCode, String oldPlannedFinish, String newPlannedFinish, int delayDays,
      int milestoneImpactDays, int adjustmentsThisYear, List<String> approverChain,
      List<ImpactAnalysis.AffectedNode> affected, boolean partnerRules) {
  }

  record History(PlanAdjustment adjustment, List<AdjustmentApproval> approvals) {
  }

  private final ProjectService projects;
  private final PlanAdjustmentService adjustments;
  private final PlanNodeMapper nodes;
  private final RuntimeService runtime;

  PlanAdjustmentController(ProjectService projects, PlanAdjustmentService adjustments, PlanNodeMapper nodes,
      RuntimeService runtime) {
    this.projects = projects;
    this.adjustments = adjustments;
    this.nodes = nodes;
    this.runtime = runtime;
  }

  @PostMapping("/plan-adjustments")
  @ResponseStatus(HttpStatus.CREATED)
  AdjustmentStarted request(ApiUser user, @PathVariable String projectCode, @RequestBody AdjustmentRequest body) {
    Project project = projects.get(user, projectCode);
    Map<String, Object> variables = new HashMap<>();
    variables.put(PlanAdjustmentProcess.PROJECT_CODE, project.code());
    variables.put(PlanAdjustmentProcess.NODE_CODE, body == null ? null : body.nodeCode());
    variables.put(PlanAdjustmentProcess.NEW_PLANNED_FINISH, body == null ? null : body.newPlannedFinish());
    variables.put(PlanAdjustmentProcess.REASON, body == null ? null : body.reason());
    if (body != null && body.partnerApproval() != null) {
      variables.put(PlanAdjustmentProcess.PARTNER_APPROVAL, body.partnerApproval());
    }
    // the instance's variables as the start left them: the request's id and chain without reading them back
    ProcessInstanceWithVariables instance = runtime.createProcessInstanceByKey(PlanAdjustmentProcess.KEY)
        .setVariables(variables).executeWithVariablesInReturn();
    VariableMap started = instance.getVariables();
    return new AdjustmentStarted(instance.getId(), instance.getBusinessKey(),
        (Long) started.get(PlanAdjustmentProcess.ADJUSTMENT_ID),
        List.of(((String) started.get(PlanAdjustmentProcess.APPROVER_CHAIN)).split(",")));
  }

  @PostMapping("/plan-adjustments/preview")
  Preview preview(ApiUser user, @PathVariable String projectCode, @RequestBody AdjustmentRequest body) {
    Project project = projects.get(user, projectCode);
    if (body == null) {
      throw ApiException.badInput("body", "必填");
    }
    PlanAdjustmentService.Proposal p = adjustments.preview(project.code(), body.nodeCode(), body.newPlannedFinish(),
        body.reason(), body.partnerApproval());
    return new Preview(p.node().nodeCode(), p.node().plannedFinish().toString(), p.newPlannedFinish().toString(),
        p.impact().delayDays(), p.impact().milestoneImpactDays(), p.adjustmentsThisYear(), p.approverChain(),
        p.impact().affected(), p.partnerRun());
  }

  @GetMapping("/plan-nodes/{nodeCode}/adjustments")
  List<History> history(ApiUser user, @PathVariable String projectCode, @PathVariable String nodeCode) {
    Project project = projects.get(user, projectCode);
    PlanNode node = nodes.findByCode(project.code(), nodeCode);
    if (node == null) {
      throw ApiException.notFound("节点不存在：" + nodeCode);
    }
    return adjustments.history(node.id()).stream()
        .map(a -> new History(a, adjustments.approvals(a.id()))).toList();
  }
}
