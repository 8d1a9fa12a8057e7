package com.regionops.operating;

import static com.regionops.operating.OperatingReviewProcess.*;

import com.regionops.meeting.ReviewMeetingProcess;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.engine.ProjectTenantIdProvider;
import com.regionops.platform.security.ActingUser;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.web.InputRejectedException;
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
    if (region == null || ProjectTenantIdProvider.PLATFORM.equals(region)) {
      throw InputRejectedException.badInput(REGION_CODE, "请指定区域");
    }
    if (execution.getVariable(PROJECT_CODE) != null) {
      throw InputRejectedException.badInput(PROJECT_CODE, "经营分析会按区域发起，不属于某个项目");
    }
    // Engine REST lets anyone with CREATE_INSTANCE send the message: only region-ops of the region
    // (or the quarterly timer) may open a region's review.
    ApiUser starter = ActingUser.person(execution.getProcessEngineServices());
    if (starter != null && !starter.canWriteMasterData(region)) {
      throw new InputRejectedException(403, REGION_CODE, "仅本区域运营管理部可发起经营分析会");
    }
    // The multi-instance reads regionCode: it must be the tenant's, whatever the start sent.
    execution.setVariable(REGION_CODE, region);
    OperatingReview review = reviews.open(region, execution.getVariable(REVIEW_KIND),
        execution.getVariable(REVIEW_YEAR), execution.getVariable(QUARTER),
        ActingUser.of(execution.getProcessEngineServices()), execution.getProcessInstanceId());
    int quarter = review.periodEnd().getMonthValue() / 3;
    LocalDateTime due = EngineTime.today().plusDays(schedule.getSubmissionDays()).atTime(18, 0);
    execution.setVariable(REVIEW_ID, review.id());
    execution.setVariable(ReviewMeetingProcess.MEETING_KIND, ReviewMeetingProcess.KIND_OPERATING_REVIEW);
    execution.setVariable(ReviewMeetingProcess.MEETING_TITLE, review.reviewKind().title(review.reviewYear(), quarter));
    execution.setVariable(SUBMISSION_DUE, EngineTime.toDate(due));
    execution.setVariable(SUBMISSION_REMIND_AT, EngineTime.toDate(due.minusDays(1).withHour(9)));
  }
}
