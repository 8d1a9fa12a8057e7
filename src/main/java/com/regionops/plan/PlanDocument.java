package com.regionops.plan;

import java.util.List;

/** A whole plan as GET /plan returns it and PUT /plan imports it. */
public record PlanDocument(List<PlanNodeRequest> nodes, List<PlanDependency> dependencies) {
}
