package com.regionops.plan;

import static com.regionops.plan.NodeCompletionProcess.*;

import com.regionops.platform.web.InputRejectedException;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * 校验节点填报: inside the start, so a refusal leaves no instance: checks the report, records it
 * REPORTED, and gives the office and the confirmers the node and its 阶段成果 checklist.
 */
@Component("openCompletionReportDelegate")
public class OpenCompletionReportDelegate implements JavaDelegate {

  private final NodeCompletionService service;

  public OpenCompletionReportDelegate(NodeCompletionService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String projectCode = (String) execution.getVariable(PROJECT_CODE);
    NodeCompletionService.Proposal proposal = service.propose(projectCode, execution.getVariable(NODE_CODE),
        execution.getVariable(ACTUAL_FINISH), execution.getVariable(NOTE));
    Authentication starter = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    CompletionSource source = CompletionSource.OFFICE;
    String reportedBy = starter == null ? null : starter.getUserId();
    if (execution.hasVariable(SOURCE)) {
      // only the application (the certificate ledger) starts without a person and names its source
      if (starter != null || !CompletionSource.CERTIFICATE.name().equals(execution.getVariable(SOURCE))) {
        throw InputRejectedException.badInput(SOURCE, "填报来源由系统设置，不能指定");
      }
      source = CompletionSource.CERTIFICATE;
      reportedBy = execution.getVariable(REPORTED_BY) instanceof String who ? who : null;
    }
    NodeCompletion report = service.open(proposal, execution.getProcessInstanceId(), reportedBy, source);
    PlanNode node = proposal.node();
    execution.setProcessBusinessKey(projectCode + ":" + node.nodeCode() + ":DONE-" + report.id());
    execution.setVariable(COMPLETION_ID, report.id());
    execution.setVariable(NODE_ID, node.id());
    execution.setVariable(NODE_CODE, node.nodeCode());
    execution.setVariable(NODE_NAME, node.name());
    execution.setVariable(NODE_LEVEL, node.nodeLevel().name());
    execution.setVariable(CATEGORY, node.category().name());
    execution.setVariable(PLANNED_FINISH, node.plannedFinish().toString());
    execution.setVariable(ACTUAL_FINISH, report.actualFinish().toString());
    execution.setVariable(REPORTED_BY, report.reportedBy());
    int n = 0;
    // a template version holds fewer items than slots (PlanTemplateService), one slot left for 其他成果
    for (PlanTemplate.Deliverable d : proposal.deliverables()) {
      n++;
      execution.setVariable(deliverable(n, "Name"), d.name());
      execution.setVariable(deliverable(n, "Mandatory"), d.mandatory());
    }
    execution.setVariable(deliverable(n + 1, "Name"), NodeCompletionService.OTHER_ITEM);
    execution.setVariable(deliverable(n + 1, "Mandatory"), false);
    List<NodeCompletionService.DeliverableFiles> files = service.deliverableFiles(node, proposal.deliverables());
    execution.setVariable(DELIVERABLES_COMPLETE, NodeCompletionService.missing(files).isEmpty());
    execution.setVariable(DELIVERABLES_SUMMARY, NodeCompletionService.summary(files));
  }
}
