package com.regionops.kpi;

/** Process kpi-snapshot (计划运营考核月度快照): key, element ids and variables. */
public final class KpiProcess {

  public static final String KEY = "kpi-snapshot";

  public static final String START_MONTHLY = "StartEvent_Monthly";
  public static final String TASK_SNAPSHOT = "ServiceTask_SnapshotPreviousMonth";
  public static final String TASK_LOCK = "ServiceTask_LockCurrentMonth";
  public static final String END_DONE = "EndEvent_KpiSnapshotTaken";

  /** The month just ended and snapshotted, yyyy-MM. */
  public static final String SNAPSHOT_PERIOD = "snapshotPeriod";
  /** The month that starts and whose plan is locked, yyyy-MM. */
  public static final String LOCK_PERIOD = "lockPeriod";
  public static final String SNAPSHOT_PROJECTS = "snapshotProjects";
  public static final String LOCKED_PROJECTS = "lockedProjects";

  private KpiProcess() {
  }
}
