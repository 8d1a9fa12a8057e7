package com.regionops.plan;

import static com.regionops.plan.PlanAdjustmentProcess.*;

import com.regionops.platform.web.InputRejectedException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
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
    execution.setVariable(NODE_NAME, proposal.node().name());
    execution.setVariable(OLD_PLANNED_FINISH, proposal.node().plannedFinish().toString());
    String newFinish = proposal.newPlannedFinish().toString();
    if (!newFinish.equals(execution.getVariable(NEW_PLANNED_FINISH))) {
      // the applicant's own spelling normalised; an unchanged value would still cost an update and a history row
      execution.setVariable(NEW_PLANNED_FINISH, newFinish);
    }
    execution.setVariable(DELAY_DAYS, proposal.impact().delayDays());
    execution.setVariable(MILESTONE_IMPACT_DAYS, proposal.impact().milestoneImpactDays());
    execution.setVariable(IMPACT_SUMMARY, PlanAdjustmentService.summary(proposal));
    // Inputs only the decision reads are transient: the next step (确定审批链) reads them in this transaction and
    // its history keeps their values (ACT_HI_DEC_IN); no row of their own, three per variable, on every start.
    // Always set, null when not concerned: the decision's input expressions read each of them.
    execution.setVariable(NODE_LEVEL, Variables.stringValue(proposal.node().nodeLevel().name(), true));
    execution.setVariable(CATEGORY, Variables.stringValue(proposal.node().category().name(), true));
    execution.setVariable(ADJUSTMENTS_THIS_YEAR, Variables.integerValue(proposal.adjustmentsThisYear(), true));
    execution.setVariable(CONTRACT_MARGIN_DAYS, Variables.integerValue(proposal.contractMarginDays(), true));
    execution.setVariable(HANDOVER_BUFFER_DAYS, Variables.integerValue(proposal.handoverBufferDays(), true));
    // a decision input too, but the approval form shows the partner's-rules banner from it
    execution.setVariable(OPERATING_MODE, proposal.operatingMode());
    // the trimmed text, or none: the approval form shows the partner's approval only when there is one, and most
    // starts (our own projects) carry no such variable at all — one row and its history fewer per start
    if (proposal.partnerApproval() != null || execution.hasVariable(PARTNER_APPROVAL)) {
      execution.setVariable(PARTNER_APPROVAL, proposal.partnerApproval());
    }
  }
}
