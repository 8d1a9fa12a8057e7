package com.regionops.gate;

/** Answer to a gate start: the instance and its business key {@code project:gate:round}. */
public record GateStarted(String processInstanceId, String businessKey, String gateCode, String projectCode) {
}
