package com.regionops.risk;

import static com.regionops.risk.RiskProcesses.PERIOD_DATE;

import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.web.InputRejectedException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * 已请求区域检查: the request is checked inside the start, before the grading job is queued, so a
 * bad period sent over engine REST (2026-02-30, the year 10000) is a 400
 * and leaves no instance instead of an incident later. The region is checked where every start
 * is (ProjectTenantIdProvider).
 */
@Component("checkRequestedListener")
public class CheckRequestedListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    Object value = execution.getVariable(PERIOD_DATE);
    if (value == null) {
      return;
    }
    LocalDate period;
    try {
      period = value instanceof String text ? LocalDate.parse(text.strip()) : null;
    } catch (DateTimeParseException e) {
      period = null;
    }
    if (period == null || !EngineTime.plausible(period)) {
      throw InputRejectedException.badInput(PERIOD_DATE, "检查日期格式为 yyyy-MM-dd，且须为有效日期：" + value);
    }
  }
}
