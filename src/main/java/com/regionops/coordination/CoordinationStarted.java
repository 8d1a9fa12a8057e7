package com.regionops.coordination;

/** accepted: false while the office's request waits for region-ops to accept it. */
public record CoordinationStarted(String processInstanceId, String businessKey, String projectCode, boolean accepted) {
}
