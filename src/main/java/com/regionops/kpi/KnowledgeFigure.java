package com.regionops.kpi;

import java.math.BigDecimal;

/**
 * 知识贡献 of a project in the annual assessment: its target for the year (null: none set), the entries of its
 * first published that year, and the rate (null without a target). Shown beside the ranking, not scored.
 */
public record KnowledgeFigure(Integer target, int published, BigDecimal rate, String text) {
}
