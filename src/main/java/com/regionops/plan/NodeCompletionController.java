package com.regionops.plan;

import com.regionops.org.Project;
import com.regionops.org.ProjectService;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.web.ApiException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 节点填报 over the API: the office reports a node done (it runs as the caller through the
 * node-completion model, as from Tasklist's start form), and anyone who sees the project reads
 * the reports. Over the API the 阶段成果 come first (POST /documents, ownerType PLAN_NODE, kind
 * DELIVERABLE, slot = the item), so a report missing a required one is refused before it starts.
 */
@RestController
@RequestMapping("/api/v1/projects/{projectCode}")
class NodeCompletionController {

  record ReportRequest(String actualFinish, String note) {
  }

  record StatusRequest(String forecastFinish, String reason) {
  }

  record ReportStarted(long completionId, String processInstanceId, String businessKey, CompletionStatus status,
      List<NodeCompletionService.DeliverableFiles> deliverables) {
  }

  /** A report as read: the row, whether it came in time, and every confirmer's answer. */
  record ReportView(NodeCompletion report, boolean onTime, List<CompletionStep> steps) {
  }

  private final ProjectService projects;
  private final NodeCompletionService completions;
  private final PlanNodeMapper nodes;
  private final RuntimeService runtime;

  NodeCompletionController(ProjectService projects, NodeCompletionService completions, PlanNodeMapper nodes,
      RuntimeService runtime) {
    this.projects = projects;
    this.completions = completions;
    this.nodes = nodes;
    this.runtime = runtime;
  }

  @PostMapping("/plan-nodes/{nodeCode}/completion-reports")
  @ResponseStatus(HttpStatus.CREATED)
  ReportStarted report(ApiUser user, @PathVariable String projectCode, @PathVariable String nodeCode,
      @RequestBody(required = false) ReportRequest body) {
    Project project = projects.get(user, projectCode);
    if (body == null) {
      throw ApiException.badInput("actualFinish", "请填写实际完成日期");
    }
    NodeCompletionService.Proposal proposal = completions.propose(project.code(), nodeCode, body.actualFinish(),
        body.note());
    List<NodeCompletionService.DeliverableFiles> deliverables = completions.deliverableFiles(proposal.node(),
        proposal.deliverables());
    List<String> missing = NodeCompletionService.missing(deliverables);
    if (!missing.isEmpty()) {
      throw ApiException.badInput("deliverables", "缺少必备阶段成果：" + String.join("、", missing)
          + "。请先上传（POST /api/v1/documents：projectCode、ownerType=PLAN_NODE、ownerId=" + proposal.node().id()
          + "、kind=DELIVERABLE、slot=成果名称、file）");
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(NodeCompletionProcess.PROJECT_CODE, project.code());
    variables.put(NodeCompletionProcess.NODE_CODE, proposal.node().nodeCode());
    variables.put(NodeCompletionProcess.ACTUAL_FINISH, proposal.actualFinish().toString());
    variables.put(NodeCompletionProcess.NOTE, proposal.note());
    ProcessInstance instance = runtime.startProcessInstanceByKey(NodeCompletionProcess.KEY, variables);
    NodeCompletion report = completions.byProcessInstance(instance.getId());
    return new ReportStarted(report.id(), instance.getId(), instance.getBusinessKey(), report.status(), deliverables);
  }

  @GetMapping("/plan-nodes/{nodeCode}/completion-reports")
  List<ReportView> history(ApiUser user, @PathVariable String projectCode, @PathVariable String nodeCode) {
    Project project = projects.get(user, projectCode);
    PlanNode node = nodes.findByCode(project.code(), nodeCode);
    if (node == null) {
      throw ApiException.notFound("节点不存在：" + nodeCode);
    }
    return completions.history(node.id()).stream().map(this::view).toList();
  }

  @GetMapping("/completion-reports")
  List<ReportView> ofProject(ApiUser user, @PathVariable String projectCode,
      @RequestParam(required = false) String status) {
    Project project = projects.get(user, projectCode);
    CompletionStatus wanted = null;
    if (status != null && !status.isBlank()) {
      try {
        wanted = CompletionStatus.valueOf(status.trim());
      } catch (IllegalArgumentException e) {
        throw ApiException.badInput("status", "可选值：REPORTED、RETURNED、CONFIRMED、WITHDRAWN");
      }
    }
    return completions.ofProject(project.code(), wanted).stream().map(this::view).toList();
  }

  /** 节点状态更新 by the project's office or region-ops of its region. */
  @PostMapping("/plan-nodes/{nodeCode}/status-updates")
  @ResponseStatus(HttpStatus.CREATED)
  NodeStatusUpdate statusUpdate(ApiUser user, @PathVariable String projectCode, @PathVariable String nodeCode,
      @RequestBody(required = false) StatusRequest body) {
    Project project = projects.get(user, projectCode);
    if (!user.officeProjects().contains(project.code()) && !user.canWriteMasterData(project.regionCode())) {
      throw ApiException.forbidden("节点状态由本项目的项目公司或本区域运营管理部更新");
    }
    if (body == null) {
      throw ApiException.badInput("forecastFinish", "请填写预计完成日期");
    }
    return completions.statusUpdate(project.code(), nodeCode, body.forecastFinish(), body.reason(), user.id());
  }

  @GetMapping("/plan-nodes/{nodeCode}/status-updates")
  List<NodeStatusUpdate> statusUpdates(ApiUser user, @PathVariable String projectCode, @PathVariable String nodeCode) {
    Project project = projects.get(user, projectCode);
    PlanNode node = nodes.findByCode(project.code(), nodeCode);
    if (node == null) {
      throw ApiException.notFound("节点不存在：" + nodeCode);
    }
    return completions.statusUpdates(node.id());
  }

  private ReportView view(NodeCompletion report) {
    return new ReportView(report, completions.onTime(report), completions.steps(report.id()));
  }
}
