package com.regionops.supervision;

/** Process {@value #KEY} (三色督办每日更新): no user task, so it needs no region's tenant. */
public final class SupervisionSweepProcess {

  public static final String KEY = "supervision-sweep";
  public static final String START_DAILY = "StartEvent_Daily";
  public static final String TASK_UPDATE = "ServiceTask_UpdateSupervisionColors";
  public static final String END_UPDATED = "EndEvent_ColorsUpdated";

  private SupervisionSweepProcess() {
  }
}
