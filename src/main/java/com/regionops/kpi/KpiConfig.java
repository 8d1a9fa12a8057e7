package com.regionops.kpi;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(KpiSettings.class)
class KpiConfig {
}
