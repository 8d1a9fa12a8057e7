package com.regionops.meeting;

import java.time.LocalDate;

/**
 * A follow-up item as the minutes form (or an inspection's findings) delivers it, checked.
 * verifierUser: who verifies it (an inspection's lead inspector); null: region-ops.
 */
public record DecisionItem(String content, String ownerGroup, String ownerUser, LocalDate dueDate,
    String verifierUser) {

  public DecisionItem(String content, String ownerGroup, String ownerUser, LocalDate dueDate) {
    this(content, ownerGroup, ownerUser, dueDate, null);
  }
}
