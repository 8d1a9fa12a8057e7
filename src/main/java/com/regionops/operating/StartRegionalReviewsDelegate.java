package com.regionops.operating;

import com.regionops.org.Region;
import com.regionops.org.RegionMapper;
import com.regionops.platform.engine.EngineTime;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 为各区域发起经营分析会 (the timer only): after each quarter, one review per region for the quarter just ended
 * (Q2 as the half-year review, Q4 as the annual one); a region whose review region-ops already
 * started by hand is skipped, so a rerun of this job starts nothing twice.
 */
@Component("startRegionalReviewsDelegate")
public class StartRegionalReviewsDelegate implements JavaDelegate {

  private final RegionMapper regions;
  private final OperatingReviewService reviews;

  public StartRegionalReviewsDelegate(RegionMapper regions, OperatingReviewService reviews) {
    this.regions = regions;
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // The quarter that yesterday belonged to: the one just ended when the timer fires on the 1st,
    // and still the right one if the cycle is set to fire on a quarter's last day.
    LocalDate yesterday = EngineTime.today().minusDays(1);
    int quarter = (yesterday.getMonthValue() - 1) / 3 + 1;
    int year = yesterday.getYear();
    ReviewKind kind = ReviewKind.after(quarter);
    for (Region region : regions.findAll()) {
      if (reviews.exists(region.code(), year, kind, quarter)) {
        continue;
      }
      execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByMessage(
          OperatingReviewProcess.MESSAGE_REQUESTED, region.code() + ":" + year + "-" + kind.period(quarter),
          Map.of(OperatingReviewProcess.REGION_CODE, region.code(), OperatingReviewProcess.REVIEW_KIND, kind.name(),
              OperatingReviewProcess.REVIEW_YEAR, year, OperatingReviewProcess.QUARTER, quarter));
    }
  }
}
