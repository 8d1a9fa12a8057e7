package com.regionops.gate;

import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.SystemCalls;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * 开盘后评估会 starts by itself: when a project's opening milestone (a MILESTONE node of category
 * OPENING whose name says 开盘) gets its actual finish, an instance of gate-post-opening-review
 * waits the configured days and then opens the gate. Once per project: recording the
 * completion again starts nothing.
 */
@Service
public class PostOpeningScheduler {

  public static final String MESSAGE = "OpeningCompleted";
  public static final String KEY = "gate-post-opening-review";
  public static final String AUTO_START_FOR = "openingAutoStartFor";
  public static final String AUTO_START_AT = "autoStartAt";

  private final RuntimeService runtime;
  private final HistoryService history;
  private final SystemCalls system;
  private final int days;
  private final GateReviewMapper reviews;

  public PostOpeningScheduler(RuntimeService runtime, HistoryService history, SystemCalls system,
      GateReviewMapper reviews, @Value("${regionops.gate.post-opening-days:30}") int days) {
    this.reviews = reviews;
    this.runtime = runtime;
    this.history = history;
    this.system = system;
    this.days = days;
  }

  /**
   * Returns true when this call scheduled the review; false when one was scheduled before, or
   * when the project never passed 开盘策划会 (its opening did not go through the gates, so there
   * is no round to evaluate and the review could not open).
   */
  public boolean openingCompleted(String projectCode, LocalDate actualFinish) {
    GateReview opening = reviews.findLatest(projectCode, "OPENING_PLANNING");
    if (opening == null || !opening.status().isPassed()) {
      return false;
    }
    return system.asSystem(() -> {
      long before = history.createHistoricProcessInstanceQuery().processDefinitionKey(KEY)
          .variableValueEquals(AUTO_START_FOR, projectCode).count();
      if (before > 0) {
        return false;
      }
      LocalDate startDay = actualFinish.plusDays(days);
      runtime.createMessageCorrelation(MESSAGE).setVariables(Map.of(
          GateProcess.PROJECT_CODE, projectCode, AUTO_START_FOR, projectCode,
          AUTO_START_AT, EngineTime.toDate(startDay.atTime(9, 0)),
          GateProcess.PLANNED_MEETING_DATE, startDay.plusDays(14).toString())).correlateStartMessage();
      return true;
    });
  }
}
