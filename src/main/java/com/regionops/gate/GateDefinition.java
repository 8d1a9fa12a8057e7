package com.regionops.gate;

import java.util.List;

/** One gate of the 七前三后 catalogue, as the API shows it. */
public record GateDefinition(
    String code,
    String name,
    String phase,
    int sortOrder,
    String description,
    List<String> predecessors,
    List<GateMaterial> materials,
    List<String> attendingFunctions) {
}
