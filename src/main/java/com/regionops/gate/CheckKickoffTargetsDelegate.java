package com.regionops.gate;

import com.regionops.platform.engine.EngineTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 校验运营目标草案: inside the start of 项目启动会, so bad targets are a 400 and no instance. */
@Component("checkKickoffTargetsDelegate")
public class CheckKickoffTargetsDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    KickoffTargets.read((String) execution.getVariable(GateProcess.PROJECT_CODE), execution::getVariable,
        EngineTime.now());
  }
}
