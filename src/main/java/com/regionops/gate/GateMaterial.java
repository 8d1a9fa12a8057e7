package com.regionops.gate;

/** A required 上会资料 item of a gate. */
public record GateMaterial(String gateCode, int seq, String name, boolean mandatory) {
}
