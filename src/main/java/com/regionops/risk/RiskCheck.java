package com.regionops.risk;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One biweekly check of a region: when, by whom, and the counts per grade. */
public record RiskCheck(
    Long id,
    String regionCode,
    LocalDate periodDate,
    String processInstanceId,
    String startedBy,
    LocalDateTime startedAt,
    LocalDateTime finishedAt,
    int nodesGraded,
    int redCount,
    int orangeCount,
    int yellowCount,
    int greenCount) {
}
