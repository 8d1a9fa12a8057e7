package com.regionops.kpi;

import static com.regionops.kpi.KpiProcess.LOCKED_PROJECTS;
import static com.regionops.kpi.KpiProcess.LOCK_PERIOD;

import com.regionops.platform.engine.EngineTime;
import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 锁定本月考核计划: locks the assessed plan of the month that starts. Idempotent. */
@Component("lockCurrentMonthDelegate")
public class LockCurrentMonthDelegate implements JavaDelegate {

  private final KpiService kpis;

  public LockCurrentMonthDelegate(KpiService kpis) {
    this.kpis = kpis;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object period = execution.getVariable(LOCK_PERIOD);
    YearMonth month = period instanceof String text && !text.isBlank() ? YearMonth.parse(text)
        : YearMonth.from(EngineTime.today());
    execution.setVariable(LOCK_PERIOD, month.toString());
    execution.setVariable(LOCKED_PROJECTS, kpis.lock(month));
  }
}
