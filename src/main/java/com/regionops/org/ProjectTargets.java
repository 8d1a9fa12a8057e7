package com.regionops.org;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** 项目运营目标: 开工, 首开 and 交楼 dates, sales and net profit in 万元; fixed by 项目启动会. */
public record ProjectTargets(
    String projectCode,
    LocalDate targetConstructionStart,
    LocalDate targetFirstOpening,
    LocalDate targetHandover,
    BigDecimal targetSales,
    BigDecimal targetNetProfit,
    LocalDateTime targetsFixedAt) {
}
