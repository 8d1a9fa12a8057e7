package com.regionops.kpi;

import static com.regionops.kpi.KpiProcess.LOCK_PERIOD;
import static com.regionops.kpi.KpiProcess.SNAPSHOT_PERIOD;
import static com.regionops.kpi.KpiProcess.SNAPSHOT_PROJECTS;

import com.regionops.platform.engine.EngineTime;
import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 生成上月考核快照: snapshots the month before today's; names the month to lock next. Idempotent. */
@Component("snapshotPreviousMonthDelegate")
public class SnapshotPreviousMonthDelegate implements JavaDelegate {

  private final KpiService kpis;

  public SnapshotPreviousMonthDelegate(KpiService kpis) {
    this.kpis = kpis;
  }

  @Override
  public void execute(DelegateExecution execution) {
    YearMonth current = YearMonth.from(EngineTime.today());
    YearMonth previous = current.minusMonths(1);
    int projects = kpis.snapshot(previous);
    execution.setVariable(SNAPSHOT_PERIOD, previous.toString());
    execution.setVariable(LOCK_PERIOD, current.toString());
    execution.setVariable(SNAPSHOT_PROJECTS, projects);
  }
}
