package com.regionops.plan;

import com.regionops.gate.PostOpeningScheduler;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** The opening milestone (开盘) got its actual finish: 开盘后评估会 will start by itself. */
@Component
public class OpeningMilestone {

  private final BiConsumer<String, LocalDate> openingCompleted;

  @Autowired
  public OpeningMilestone(PostOpeningScheduler postOpening) {
    this(postOpening::openingCompleted);
  }

  OpeningMilestone(BiConsumer<String, LocalDate> openingCompleted) {
    this.openingCompleted = openingCompleted;
  }

  /** Tells the scheduler when this change completed the project's 开盘 milestone. */
  public void noticeCompletion(PlanNode before, PlanNode after) {
    if (after != null && after.nodeLevel() == NodeLevel.MILESTONE && after.category() == NodeCategory.OPENING
        && after.name().contains("开盘") && after.isCompleted() && (before == null || !before.isCompleted())) {
      openingCompleted.accept(after.projectCode(), after.actualFinish());
    }
  }
}
