package com.regionops.instruction;

import static com.regionops.instruction.InstructionProcess.*;

import com.regionops.meeting.ReviewMeetingProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录项目反馈审核: 通过 closes the project's copy, 退回 sends it back with the comment shown on the next answer. */
@Component("recordFeedbackReviewDelegate")
public class RecordFeedbackReviewDelegate implements JavaDelegate {

  private final InstructionSteps steps;

  public RecordFeedbackReviewDelegate(InstructionSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean approved = ReviewMeetingProcess.APPROVED.equals(execution.getVariable(FEEDBACK_REVIEW));
    String comment = (String) execution.getVariable(FEEDBACK_REVIEW_COMMENT);
    steps.review(((Number) execution.getVariable(PROJECT_ITEM_ID)).longValue(), approved, comment);
    execution.setVariable(LAST_REVIEW_COMMENT, approved ? null : comment);
  }
}
