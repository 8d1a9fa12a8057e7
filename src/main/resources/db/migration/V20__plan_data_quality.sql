-- 节点状态更新 (issue 20): an open node past its planned finish carries, at each biweekly check, the
-- date its office now expects and why. What a check finds missing or late is kept with the check.
CREATE TABLE ro_node_status_update (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  project_code     VARCHAR(32)   NOT NULL,
  node_id          BIGINT        NOT NULL,
  node_code        VARCHAR(32)   NOT NULL,
  forecast_finish  DATE          NOT NULL,
  reason           VARCHAR(1000) NOT NULL,
  reported_by      VARCHAR(64)   NOT NULL,
  reported_at      DATETIME(0)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_status_update_node FOREIGN KEY (node_id) REFERENCES ro_plan_node (id)
) ${table_options};
CREATE INDEX ix_status_update_node ON ro_node_status_update (node_id, reported_at);

-- 数据质量问题 of one check: MISSING_STATUS_UPDATE (an overdue open node without an update since the
-- previous check) or LATE_REPORT (a completion report that came more than the grace days after the finish).
CREATE TABLE ro_data_quality_issue (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  check_id      BIGINT        NOT NULL,
  project_code  VARCHAR(32)   NOT NULL,
  node_code     VARCHAR(32)   NOT NULL,
  node_name     VARCHAR(100)  NOT NULL,
  kind          VARCHAR(24)   NOT NULL,
  days          INT           NOT NULL,
  detail        VARCHAR(500)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_data_quality_check FOREIGN KEY (check_id) REFERENCES ro_risk_check (id),
  CONSTRAINT ck_data_quality_kind CHECK (kind IN ('MISSING_STATUS_UPDATE', 'LATE_REPORT'))
) ${table_options};
CREATE INDEX ix_data_quality_project ON ro_data_quality_issue (project_code, check_id);

-- 填报及时率 and 计划管理行为 in the monthly snapshot (ALL row only; NULL on level rows and in months
-- snapshotted before these existed). timeliness_rate is NULL when no report was due.
ALTER TABLE ro_kpi_snapshot ADD COLUMN reports_due INT;
ALTER TABLE ro_kpi_snapshot ADD COLUMN reports_on_time INT;
ALTER TABLE ro_kpi_snapshot ADD COLUMN timeliness_rate DECIMAL(5, 1);
ALTER TABLE ro_kpi_snapshot ADD COLUMN behavior_score DECIMAL(5, 1);
