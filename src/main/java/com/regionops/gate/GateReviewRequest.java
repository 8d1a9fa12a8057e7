package com.regionops.gate;

import java.util.Map;

/**
 * Body of POST /api/v1/projects/{code}/gate-reviews; declarations are what the gate's start form
 * asks for beyond the date (项目启动会: the draft 运营目标; 开盘/交楼: the conditions the office declares).
 */
public record GateReviewRequest(String gateCode, String plannedMeetingDate, Map<String, Object> declarations) {
}
