-- 计划运营考核 (KPI): the assessed plan locked at the start of each month, and the monthly
-- snapshot of each project that never changes afterwards (KpiService has the rules).

-- One row per project and month once its assessed plan is locked (月初锁定考核计划), even when
-- nothing of it was due: a rerun of the lock adds nothing for a project that has this row.
CREATE TABLE ro_kpi_lock (
  period        CHAR(7)      NOT NULL,
  project_code  VARCHAR(16)  NOT NULL,
  due_count     INT          NOT NULL,
  locked_at     DATETIME(0)  NOT NULL,
  PRIMARY KEY (period, project_code),
  CONSTRAINT fk_kpi_lock_project FOREIGN KEY (project_code) REFERENCES ro_project (code)
) ${table_options};

-- The nodes due in the month, with the planned finish as it stood on the first day.
-- No foreign key on node_id: a plan re-import may delete a node; the lock keeps its record.
CREATE TABLE ro_kpi_due (
  period          CHAR(7)      NOT NULL,
  project_code    VARCHAR(16)  NOT NULL,
  node_id         BIGINT       NOT NULL,
  node_code       VARCHAR(32)  NOT NULL,
  node_level      VARCHAR(10)  NOT NULL,
  planned_finish  DATE         NOT NULL,
  PRIMARY KEY (period, node_id),
  CONSTRAINT fk_kpi_due_lock FOREIGN KEY (period, project_code) REFERENCES ro_kpi_lock (period, project_code)
) ${table_options};
CREATE INDEX ix_kpi_due_project ON ro_kpi_due (project_code, period);

-- scope ALL or a node level; the project-wide counts (adjustments, overdue decisions, lapsed
-- certificates) are stored on the ALL row only and are NULL on the level rows.
-- achievement_rate is NULL when nothing was due (无考核节点).
CREATE TABLE ro_kpi_snapshot (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  period               CHAR(7)       NOT NULL,
  project_code         VARCHAR(16)   NOT NULL,
  scope                VARCHAR(10)   NOT NULL,
  due_count            INT           NOT NULL,
  achieved_count       INT           NOT NULL,
  achievement_rate     DECIMAL(5, 1),
  adjustments          INT,
  overdue_decisions    INT,
  lapsed_certificates  INT,
  computed_at          DATETIME(0)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_kpi_snapshot UNIQUE (period, project_code, scope),
  CONSTRAINT fk_kpi_snapshot_project FOREIGN KEY (project_code) REFERENCES ro_project (code),
  CONSTRAINT ck_kpi_snapshot_counts CHECK (achieved_count BETWEEN 0 AND due_count)
) ${table_options};
CREATE INDEX ix_kpi_snapshot_project ON ro_kpi_snapshot (project_code, period);

-- The KPI counts look up approved adjustments by project and decision time.
CREATE INDEX ix_adjustment_project_decided ON ro_plan_adjustment (project_code, status, decided_at);
