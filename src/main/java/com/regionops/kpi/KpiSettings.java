package com.regionops.kpi;

import java.math.RoundingMode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How achievement rates are rounded: monthly rates 就低不就高 (FLOOR) and annual rates
 * 就高不就低 (CEILING) by default, to {@code scale} decimals of a percentage. The stored monthly
 * rate is a DECIMAL(5,1), so the scale is 0 or 1. An invalid value stops the app at start.
 */
@ConfigurationProperties("regionops.kpi")
public record KpiSettings(
    @DefaultValue("FLOOR") RoundingMode monthlyRounding,
    @DefaultValue("CEILING") RoundingMode annualRounding,
    @DefaultValue("1") int scale) {

  public static final KpiSettings DEFAULTS = new KpiSettings(RoundingMode.FLOOR, RoundingMode.CEILING, 1);

  public KpiSettings {
    if (monthlyRounding == null || monthlyRounding == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("regionops.kpi.monthly-rounding must be one of UP, DOWN, CEILING, FLOOR,"
          + " HALF_UP, HALF_DOWN, HALF_EVEN (was " + monthlyRounding + ")");
    }
    if (annualRounding == null || annualRounding == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("regionops.kpi.annual-rounding must be one of UP, DOWN, CEILING, FLOOR,"
          + " HALF_UP, HALF_DOWN, HALF_EVEN (was " + annualRounding + ")");
    }
    if (scale < 0 || scale > 1) {
      throw new IllegalArgumentException("regionops.kpi.scale must be 0 or 1 (rates are stored as DECIMAL(5,1)), was "
          + scale);
    }
  }
}
