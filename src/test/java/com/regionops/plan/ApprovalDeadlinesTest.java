package com.regionops.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApprovalDeadlinesTest {

  @Test
  void theReminderIsTheSlaAndTheNextLevelHearsTwoDaysLater() {
    ApprovalDeadlines deadlines = new ApprovalDeadlines(3);

    assertThat(deadlines.getReminder()).isEqualTo("P3D");
    assertThat(deadlines.getEscalationAfterReminder()).isEqualTo("P2D");
    assertThat(deadlines.getEscalation()).as("from the step's start, for earlier definitions").isEqualTo("P5D");
  }

  @Test
  void aZeroSlaMakesEveryStepDueAtOnce() {
    ApprovalDeadlines deadlines = new ApprovalDeadlines(0);

    assertThat(deadlines.getReminder()).isEqualTo("P0D");
    assertThat(deadlines.getEscalationAfterReminder()).isEqualTo("P2D");
    assertThat(deadlines.getEscalation()).isEqualTo("P2D");
  }

  @Test
  void aNegativeSlaIsRefusedAtStartUp() {
    assertThatThrownBy(() -> new ApprovalDeadlines(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("regionops.plan.approval-sla-days");
  }
}
