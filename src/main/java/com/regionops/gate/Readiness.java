package com.regionops.gate;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a readiness table (opening-readiness, handover-readiness): the gravest level
 * its rules name — NOT_READY over CONDITIONAL, READY when none fires — and every missing item.
 */
public record Readiness(String level, List<String> missingItems) {

  public static final String READY = "READY";
  public static final String CONDITIONAL = "CONDITIONAL";
  public static final String NOT_READY = "NOT_READY";

  /** From the COLLECT result: one row per gap, with outputs readiness and missingItem. */
  public static Readiness of(List<Map<String, Object>> gaps) {
    String level = READY;
    for (Map<String, Object> gap : gaps) {
      if (NOT_READY.equals(gap.get("readiness"))) {
        level = NOT_READY;
      } else if (CONDITIONAL.equals(gap.get("readiness")) && READY.equals(level)) {
        level = CONDITIONAL;
      }
    }
    return new Readiness(level, gaps.stream().map(g -> (String) g.get("missingItem")).toList());
  }

  /** The items for a form: one line, or "无" when nothing is missing. */
  public String missingText() {
    return missingItems.isEmpty() ? "无" : String.join("；", missingItems);
  }
}
