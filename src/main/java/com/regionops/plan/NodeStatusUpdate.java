package com.regionops.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** 节点状态更新: an open node's expected finish and why, as its office gave it. */
public record NodeStatusUpdate(Long id, String projectCode, long nodeId, String nodeCode, LocalDate forecastFinish,
    String reason, String reportedBy, LocalDateTime reportedAt) {
}
