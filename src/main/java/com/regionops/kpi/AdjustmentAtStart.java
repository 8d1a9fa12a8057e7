package com.regionops.kpi;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An approved plan adjustment as the lock needs it: whose date it moved, from when, and when. */
public record AdjustmentAtStart(long id, long nodeId, LocalDate oldPlannedFinish, LocalDateTime decidedAt) {
}
