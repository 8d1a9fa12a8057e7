package com.regionops.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The rounding settings bind with their defaults, and a wrong value stops the start with a clear message. */
class KpiSettingsTest {

  final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(KpiConfig.class);

  @Test
  void defaultsAreFloorMonthlyCeilingAnnualOneDecimal() {
    runner.run(context -> assertThat(context.getBean(KpiSettings.class)).isEqualTo(KpiSettings.DEFAULTS));
    runner.withPropertyValues("regionops.kpi.monthly-rounding=half_up", "regionops.kpi.scale=0")
        .run(context -> assertThat(context.getBean(KpiSettings.class))
            .isEqualTo(new KpiSettings(RoundingMode.HALF_UP, RoundingMode.CEILING, 0)));
  }

  @Test
  void anUnknownRoundingModeFailsTheStartNamingTheKey() {
    runner.withPropertyValues("regionops.kpi.monthly-rounding=FLOR").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("FLOR");
      assertThat(context.getStartupFailure()).hasStackTraceContaining("regionops.kpi.monthly-rounding");
    });
  }

  @Test
  void unnecessaryOrAScaleTheColumnCannotHoldFailTheStart() {
    runner.withPropertyValues("regionops.kpi.annual-rounding=UNNECESSARY").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).hasStackTraceContaining("regionops.kpi.annual-rounding must be one of");
    });
    runner.withPropertyValues("regionops.kpi.scale=2").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).hasStackTraceContaining("regionops.kpi.scale must be 0 or 1");
    });
  }
}
