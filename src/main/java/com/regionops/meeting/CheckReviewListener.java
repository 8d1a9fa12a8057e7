package com.regionops.meeting;

import com.regionops.platform.web.InputRejectedException;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On every review task (资料审核, 纪要审批, 决议核验, 纠偏审核, 年审核验): a decision is chosen, and sending the work
 * back carries a comment, since the comment is all the person who redoes it will see.
 */
@Component("checkReviewListener")
public class CheckReviewListener implements TaskListener {

  /** Task id → (decision variable, comment variable[, refusal words when the form's choices are not 通过/退回]). */
  static final Map<String, String[]> REVIEWS = Map.ofEntries(
      Map.entry(ReviewMeetingProcess.TASK_REVIEW_MATERIALS,
          new String[] {ReviewMeetingProcess.MATERIALS_REVIEW, ReviewMeetingProcess.MATERIALS_REVIEW_COMMENT}),
      Map.entry(ReviewMeetingProcess.TASK_APPROVE_MINUTES,
          new String[] {ReviewMeetingProcess.MINUTES_REVIEW, ReviewMeetingProcess.MINUTES_REVIEW_COMMENT}),
      Map.entry(DecisionFollowupProcess.TASK_VERIFY,
          new String[] {DecisionFollowupProcess.DECISION_REVIEW, DecisionFollowupProcess.DECISION_REVIEW_COMMENT}),
      Map.entry(com.regionops.certificate.CertificateChaseProcess.TASK_VERIFY,
          new String[] {com.regionops.certificate.CertificateChaseProcess.CERTIFICATE_REVIEW,
          com.regionops.certificate.CertificateChaseProcess.CERTIFICATE_REVIEW_COMMENT}),
      Map.entry(com.regionops.risk.RiskProcesses.TASK_REVIEW_CORRECTION,
          new String[] {com.regionops.risk.RiskProcesses.CORRECTION_REVIEW,
          com.regionops.risk.RiskProcesses.CORRECTION_REVIEW_COMMENT}),
      Map.entry(com.regionops.inspection.InspectionPlanProcess.TASK_APPROVE,
          new String[] {com.regionops.inspection.InspectionPlanProcess.PLAN_REVIEW,
          com.regionops.inspection.InspectionPlanProcess.PLAN_REVIEW_COMMENT}),
      Map.entry(com.regionops.coordination.CoordinationProcess.TASK_ACCEPT,
          new String[] {com.regionops.coordination.CoordinationProcess.COORDINATION_REVIEW,
          com.regionops.coordination.CoordinationProcess.COORDINATION_REVIEW_COMMENT,
          "请选择受理结果：受理或不受理", "不受理时请填写原因"}),
      Map.entry(com.regionops.projectsupport.SupportProcess.TASK_APPROVE,
          new String[] {com.regionops.projectsupport.SupportProcess.SUPPORT_REVIEW,
          com.regionops.projectsupport.SupportProcess.SUPPORT_REVIEW_COMMENT,
          "请选择审批结果：批准或不批准", "不批准时请填写原因"}),
      Map.entry(com.regionops.instruction.InstructionProcess.TASK_REVIEW,
          new String[] {com.regionops.instruction.InstructionProcess.FEEDBACK_REVIEW,
          com.regionops.instruction.InstructionProcess.FEEDBACK_REVIEW_COMMENT}),
      Map.entry(com.regionops.instruction.InstructionProcess.TASK_CLOSE,
          new String[] {com.regionops.instruction.InstructionProcess.CLOSING_REVIEW,
          com.regionops.instruction.InstructionProcess.CLOSING_REVIEW_COMMENT,
          "请选择确认结果：确认关闭或退回", "退回时请填写意见"}),
      Map.entry(com.regionops.instruction.InstructionProcess.TASK_APPROVE_EXTENSION,
          new String[] {com.regionops.instruction.InstructionProcess.EXTENSION_REVIEW,
          com.regionops.instruction.InstructionProcess.EXTENSION_REVIEW_COMMENT,
          "请选择审批结果：同意或不同意延期", "不同意延期时请填写原因"}),
      Map.entry(com.regionops.knowledge.KnowledgeProcess.TASK_REVIEW,
          new String[] {com.regionops.knowledge.KnowledgeProcess.REVIEW,
          com.regionops.knowledge.KnowledgeProcess.REVIEW_COMMENT}),
      Map.entry(com.regionops.knowledge.KnowledgeProcess.TASK_APPROVE_GROUP,
          new String[] {com.regionops.knowledge.KnowledgeProcess.REVIEW,
          com.regionops.knowledge.KnowledgeProcess.REVIEW_COMMENT,
          "请选择审核结果：同意集团共享或退回", "退回时请填写意见"}),
      Map.entry(com.regionops.partner.PartnerMatterProcess.TASK_APPROVE,
          new String[] {com.regionops.partner.PartnerMatterProcess.REVIEW,
          com.regionops.partner.PartnerMatterProcess.REVIEW_COMMENT,
          "请选择审批结果：同意或不同意", "不同意时请填写原因"}),
      Map.entry(com.regionops.handover.HandoverProcess.TASK_REVIEW,
          new String[] {com.regionops.handover.HandoverProcess.REVIEW,
          com.regionops.handover.HandoverProcess.REVIEW_COMMENT}),
      Map.entry(com.regionops.handover.HandoverProcess.TASK_APPROVE,
          new String[] {com.regionops.handover.HandoverProcess.APPROVAL,
          com.regionops.handover.HandoverProcess.APPROVAL_COMMENT,
          "请选择审批结果：同意或不同意", "不同意时请填写原因"}));

  static final int MAX_COMMENT = 1000;

  @Override
  public void notify(DelegateTask task) {
    String[] names = REVIEWS.get(task.getTaskDefinitionKey());
    if (names == null) {
      throw new IllegalStateException("checkReviewListener is not configured for " + task.getTaskDefinitionKey());
    }
    Object decision = task.getVariable(names[0]);
    if (!ReviewMeetingProcess.APPROVED.equals(decision) && !ReviewMeetingProcess.RETURNED.equals(decision)) {
      throw InputRejectedException.badInput(names[0], names.length > 2 ? names[2] : "请选择审核结果：通过或退回");
    }
    Object comment = task.getVariable(names[1]);
    if (ReviewMeetingProcess.RETURNED.equals(decision) && (!(comment instanceof String text) || text.isBlank())) {
      throw InputRejectedException.badInput(names[1], names.length > 3 ? names[3] : "退回时请填写意见");
    }
    // the forms say 1,000; engine REST does not read forms, and some tables keep no more
    if (comment instanceof String text && text.length() > MAX_COMMENT) {
      throw InputRejectedException.badInput(names[1], "意见不超过 " + MAX_COMMENT + " 字");
    }
  }
}
