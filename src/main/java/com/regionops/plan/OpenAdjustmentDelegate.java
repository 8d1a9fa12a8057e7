package com.regionops.plan;

import static com.regionops.plan.PlanAdjustmentProcess.*;

import com.regionops.platform.web.InputRejectedException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * 校验并分析影响: inside the start, so a refusal leaves no instance: checks the request, works out
 * its impact, records it PENDING and gives the approvers what they need to decide.
 */
@Component("openAdjustmentDelegate")
public class OpenAdjustmentDelegate implements JavaDelegate {

  private final PlanAdjustmentService service;

  public OpenAdjustmentDelegate(PlanAdjustmentService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String projectCode = (String) execution.getVariable(PROJECT_CODE);
    Object reason = execution.getVariable(REASON);
    // engine REST may send any type: a Boolean node code is the caller's mistake, not a ClassCastException (500)
    Object nodeCode = execution.getVariable(NODE_CODE);
    if (nodeCode != null && !(nodeCode instanceof String)) {
      throw InputRejectedException.badInput(NODE_CODE, "节点编码须为文字");
    }
    PlanAdjustmentService.Proposal proposal = service.propose(projectCode, (String) nodeCode,
        execution.getVariable(NEW_PLANNED_FINISH), reason, execution.getVariable(PARTNER_APPROVAL));
    Authentication applicant = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    PlanAdjustment adjustment = service.open(proposal, execution.getProcessInstanceId(),
        applicant == null ? null : applicant.getUserId(), (String) reason);
    execution.setProcessBusinessKey(projectCode + ":" + adjustment.nodeCode() + ":ADJ-" + adjustment.id());
    execution.setVariable(ADJUSTMENT_ID, adjustment.id());
    execution.setVariable(APPLICANT, adjustment.requestedBy());
    execution.setVariable(NODE_NAME, proposal.node().name());
    execution.setVariable(NODE_LEVEL, proposal.node().nodeLevel().name());
    execution.setVariable(CATEGORY, proposal.node().category().name());
    execution.setVariable(OLD_PLANNED_FINISH, proposal.node().plannedFinish().toString());
    String newFinish = proposal.newPlannedFinish().toString();
    if (!newFinish.equals(execution.getVariable(NEW_PLANNED_FINISH))) {
      // the applicant's own spelling normalised; an unchanged value would still cost an update and a history row
      execution.setVariable(NEW_PLANNED_FINISH, newFinish);
    }
    execution.setVariable(DELAY_DAYS, proposal.impact().delayDays());
    execution.setVariable(MILESTONE_IMPACT_DAYS, proposal.impact().milestoneImpactDays());
    execution.setVariable(ADJUSTMENTS_THIS_YEAR, proposal.adjustmentsThisYear());
    execution.setVariable(IMPACT_SUMMARY, PlanAdjustmentService.summary(proposal));
    // always set, null when not concerned: the decision's input expressions read both
    execution.setVariable(CONTRACT_MARGIN_DAYS, proposal.contractMarginDays());
    execution.setVariable(HANDOVER_BUFFER_DAYS, proposal.handoverBufferDays());
    execution.setVariable(OPERATING_MODE, proposal.operatingMode());
    // the trimmed text, or none: the approval form shows the partner's approval only when there is one, and most
    // starts (our own projects) carry no such variable at all — one row and its history fewer per start
    if (proposal.partnerApproval() != null || execution.hasVariable(PARTNER_APPROVAL)) {
      execution.setVariable(PARTNER_APPROVAL, proposal.partnerApproval());
    }
  }
}
