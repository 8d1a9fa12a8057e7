package com.regionops.target;

import static com.regionops.target.OperatingReviewProcess.*;

import com.regionops.meeting.ReviewMeetingProcess;
import com.regionops.platform.ActingUser;
import com.regionops.platform.EngineTime;
import com.regionops.platform.InputRejectedException;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 登记经营分析会: inside the start, so a second review of the same period is refused (409) and no
 * instance is left. Sets what review-meeting needs and the offices' deadline (18:00 on day N,
 * a reminder at 09:00 the day before).
 */
@Component("openOperatingReviewDelegate")
public class OpenOperatingReviewDelegate implements JavaDelegate {

  private final OperatingReviewService reviews;
  private final OperatingReviewSchedule schedule;

  public OpenOperatingReviewDelegate(OperatingReviewService reviews, OperatingReviewSchedule schedule) {
    this.reviews = reviews;
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String region = execution.getTenantId();
    if (region == null) {
      throw InputRejectedException.badInput(REGION_CODE, "请指定区域");
    }
    OperatingReview review = reviews.open(region, execution.getVariable(REVIEW_KIND),
        execution.getVariable(REVIEW_YEAR), execution.getVariable(QUARTER),
        ActingUser.of(execution.getProcessEngineServices()), execution.getProcessInstanceId());
    int quarter = review.periodEnd().getMonthValue() / 3;
    LocalDateTime due = EngineTime.today().plusDays(schedule.getSubmissionDays()).atTime(18, 0);
    execution.setVariable(REVIEW_ID, review.id());
    execution.setVariable(ReviewMeetingProcess.MEETING_KIND, ReviewMeetingProcess.KIND_OPERATING_REVIEW);
    execution.setVariable(ReviewMeetingProcess.MEETING_TITLE, review.reviewKind().title(review.reviewYear(), quarter));
    execution.setVariable(ReviewMeetingProcess.MATERIALS_COLLECTED, true);
    execution.setVariable(SUBMISSION_DUE, EngineTime.toDate(due));
    execution.setVariable(SUBMISSION_REMIND_AT, EngineTime.toDate(due.minusDays(1).withHour(9)));
  }
}
