-- Biweekly plan checks (双周检查) per region and period, and what each graded node carries.
CREATE TABLE ro_risk_check (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  region_code          VARCHAR(16)  NOT NULL,
  period_date          DATE         NOT NULL,
  process_instance_id  VARCHAR(64),
  started_by           VARCHAR(64),
  started_at           DATETIME(0)  NOT NULL DEFAULT CURRENT_TIMESTAMP,
  finished_at          DATETIME(0),
  nodes_graded         INT          NOT NULL DEFAULT 0,
  red_count            INT          NOT NULL DEFAULT 0,
  orange_count         INT          NOT NULL DEFAULT 0,
  yellow_count         INT          NOT NULL DEFAULT 0,
  green_count          INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_risk_check_period UNIQUE (region_code, period_date),
  CONSTRAINT fk_risk_check_region FOREIGN KEY (region_code) REFERENCES ro_region (code)
) ${table_options};

ALTER TABLE ro_risk_assessment ADD COLUMN project_code VARCHAR(16);
ALTER TABLE ro_risk_assessment ADD COLUMN consecutive_checks INT NOT NULL DEFAULT 0;
CREATE INDEX ix_risk_project_period ON ro_risk_assessment (project_code, period_date);
