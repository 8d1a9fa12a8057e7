package com.regionops.supervision;

import com.regionops.platform.engine.EngineTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** 更新督办颜色: a repeat on the same day changes nothing and notifies no one twice. */
@Component("updateSupervisionColorsDelegate")
public class UpdateSupervisionColorsDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(UpdateSupervisionColorsDelegate.class);

  private final SupervisionService supervision;

  public UpdateSupervisionColorsDelegate(SupervisionService supervision) {
    this.supervision = supervision;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int changed = supervision.sweep(EngineTime.today());
    LOG.info("Supervision colours updated: {} changed", changed);
  }
}
