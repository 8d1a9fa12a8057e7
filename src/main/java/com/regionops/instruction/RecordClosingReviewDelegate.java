package com.regionops.instruction;

import static com.regionops.instruction.InstructionProcess.*;

import com.regionops.meeting.ReviewMeetingProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录区域反馈确认: group-ops closes the region's copy, or returns it with a comment. */
@Component("recordClosingReviewDelegate")
public class RecordClosingReviewDelegate implements JavaDelegate {

  private final InstructionSteps steps;

  public RecordClosingReviewDelegate(InstructionSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.review(((Number) execution.getVariable(REGION_ITEM_ID)).longValue(),
        ReviewMeetingProcess.APPROVED.equals(execution.getVariable(CLOSING_REVIEW)),
        (String) execution.getVariable(CLOSING_REVIEW_COMMENT));
  }
}
