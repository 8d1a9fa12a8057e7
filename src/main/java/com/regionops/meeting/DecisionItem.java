package com.regionops.meeting;

import java.time.LocalDate;

/** A decision item as the minutes form delivers it, checked. */
public record DecisionItem(String content, String ownerGroup, String ownerUser, LocalDate dueDate) {
}
