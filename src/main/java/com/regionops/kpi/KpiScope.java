package com.regionops.kpi;

import com.regionops.plan.NodeLevel;
import java.util.ArrayList;
import java.util.List;

/** What a snapshot row counts: every due node of the project (ALL) or those of one level. */
public final class KpiScope {

  public static final String ALL = "ALL";

  /** ALL first, then the levels in plan order: MILESTONE, L1, L2, L3. */
  public static List<String> all() {
    List<String> scopes = new ArrayList<>();
    scopes.add(ALL);
    for (NodeLevel level : NodeLevel.values()) {
      scopes.add(level.name());
    }
    return scopes;
  }

  private KpiScope() {
  }
}
