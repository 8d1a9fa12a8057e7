-- 巡检 (issue 22). An inspection's 巡检报告 and 整改 reuse the meeting tables: the report is a ro_meeting row of
-- kind INSPECTION and each finding's 整改 is a ro_meeting_decision row, followed up by decision-followup like a
-- meeting's decisions. The finding's own facts (severity, cause, what it concerns) are in ro_inspection_finding.

-- Who verifies a follow-up item: a named user (an inspection's lead inspector); null leaves it to region-ops.
ALTER TABLE ro_meeting_decision ADD COLUMN verifier_user VARCHAR(64);

CREATE TABLE ro_inspection (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  region_code          VARCHAR(16)   NOT NULL,
  project_code         VARCHAR(16)   NOT NULL,
  kind                 VARCHAR(16)   NOT NULL,
  planned_date         DATE          NOT NULL,
  stay_days            INT           NOT NULL DEFAULT 0,
  lead_inspector       VARCHAR(64)   NOT NULL,
  inspectors           VARCHAR(500),
  reason               VARCHAR(500),
  status               VARCHAR(16)   NOT NULL,
  meeting_id           BIGINT,
  process_instance_id  VARCHAR(64),
  created_by           VARCHAR(64)   NOT NULL,
  created_at           DATETIME(0)   NOT NULL DEFAULT CURRENT_TIMESTAMP,
  reported_at          DATETIME(0),
  closed_at            DATETIME(0),
  PRIMARY KEY (id),
  CONSTRAINT fk_inspection_region FOREIGN KEY (region_code) REFERENCES ro_region (code),
  CONSTRAINT fk_inspection_project FOREIGN KEY (project_code) REFERENCES ro_project (code),
  CONSTRAINT fk_inspection_meeting FOREIGN KEY (meeting_id) REFERENCES ro_meeting (id)
) ${table_options};
CREATE INDEX ix_inspection_project ON ro_inspection (project_code, planned_date);
CREATE INDEX ix_inspection_process ON ro_inspection (process_instance_id);

CREATE TABLE ro_inspection_finding (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  inspection_id        BIGINT        NOT NULL,
  seq                  INT           NOT NULL,
  category             VARCHAR(16)   NOT NULL,
  severity             VARCHAR(16)   NOT NULL,
  node_id              BIGINT,
  gate_code            VARCHAR(32),
  description          VARCHAR(1000) NOT NULL,
  cause                VARCHAR(1000),
  recommendation       VARCHAR(1000) NOT NULL,
  decision_id          BIGINT        NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_inspection_finding_seq UNIQUE (inspection_id, seq),
  CONSTRAINT fk_finding_inspection FOREIGN KEY (inspection_id) REFERENCES ro_inspection (id),
  CONSTRAINT fk_finding_node FOREIGN KEY (node_id) REFERENCES ro_plan_node (id) ON DELETE SET NULL,
  CONSTRAINT fk_finding_decision FOREIGN KEY (decision_id) REFERENCES ro_meeting_decision (id)
) ${table_options};
CREATE INDEX ix_finding_decision ON ro_inspection_finding (decision_id);

-- 巡检计划: a region's quarter, proposed by the DMN inspection-selection, edited by region-ops and approved by the
-- president; each included item becomes an inspection (ro_inspection.plan_id) on its date.
CREATE TABLE ro_inspection_plan (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  region_code          VARCHAR(16)   NOT NULL,
  quarter              VARCHAR(7)    NOT NULL,
  status               VARCHAR(16)   NOT NULL,
  process_instance_id  VARCHAR(64),
  approved_by          VARCHAR(64),
  approved_at          DATETIME(0),
  created_at           DATETIME(0)   NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  CONSTRAINT uk_inspection_plan_quarter UNIQUE (region_code, quarter),
  CONSTRAINT fk_inspection_plan_region FOREIGN KEY (region_code) REFERENCES ro_region (code)
) ${table_options};

CREATE TABLE ro_inspection_plan_item (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  plan_id              BIGINT        NOT NULL,
  seq                  INT           NOT NULL,
  project_code         VARCHAR(16)   NOT NULL,
  kind                 VARCHAR(16)   NOT NULL,
  planned_date         DATE          NOT NULL,
  stay_days            INT           NOT NULL DEFAULT 0,
  lead_inspector       VARCHAR(64),
  inspectors           VARCHAR(500),
  reason               VARCHAR(500),
  proposed             BOOLEAN       NOT NULL,
  included             BOOLEAN       NOT NULL,
  inspection_id        BIGINT,
  PRIMARY KEY (id),
  CONSTRAINT uk_inspection_plan_item_seq UNIQUE (plan_id, seq),
  CONSTRAINT fk_plan_item_plan FOREIGN KEY (plan_id) REFERENCES ro_inspection_plan (id),
  CONSTRAINT fk_plan_item_project FOREIGN KEY (project_code) REFERENCES ro_project (code),
  CONSTRAINT fk_plan_item_inspection FOREIGN KEY (inspection_id) REFERENCES ro_inspection (id)
) ${table_options};

ALTER TABLE ro_inspection ADD COLUMN plan_id BIGINT;
ALTER TABLE ro_inspection ADD CONSTRAINT fk_inspection_plan FOREIGN KEY (plan_id) REFERENCES ro_inspection_plan (id);

-- 巡检整改 in the monthly assessment, on a month's ALL row (null on level rows and in months snapshotted before):
-- the findings' 整改 due in the month, those of them verified by its end, and those due by its end not verified by then.
ALTER TABLE ro_kpi_snapshot ADD COLUMN rectifications_due INT;
ALTER TABLE ro_kpi_snapshot ADD COLUMN rectifications_done INT;
ALTER TABLE ro_kpi_snapshot ADD COLUMN overdue_findings INT;

-- 帮扶: a 重难点项目's support case, its visits and the leader's monthly progress reports. Guidance and
-- decisions of the visits are follow-up items of the case's meeting row (kind SUPPORT), chased by decision-followup.
CREATE TABLE ro_support_case (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  region_code          VARCHAR(16)   NOT NULL,
  project_code         VARCHAR(16)   NOT NULL,
  problem              VARCHAR(1000) NOT NULL,
  goal                 VARCHAR(1000) NOT NULL,
  mode                 VARCHAR(16)   NOT NULL,
  starts_on            DATE          NOT NULL,
  ends_on              DATE          NOT NULL,
  reason               VARCHAR(500),
  leader               VARCHAR(64),
  members              VARCHAR(500),
  support_plan         VARCHAR(4000),
  visits_planned       INT,
  goal_node_id         BIGINT,
  goal_gate_code       VARCHAR(32),
  status               VARCHAR(16)   NOT NULL,
  meeting_id           BIGINT,
  process_instance_id  VARCHAR(64),
  created_by           VARCHAR(64)   NOT NULL,
  created_at           DATETIME(0)   NOT NULL DEFAULT CURRENT_TIMESTAMP,
  closed_at            DATETIME(0),
  PRIMARY KEY (id),
  CONSTRAINT fk_support_region FOREIGN KEY (region_code) REFERENCES ro_region (code),
  CONSTRAINT fk_support_project FOREIGN KEY (project_code) REFERENCES ro_project (code),
  CONSTRAINT fk_support_goal_node FOREIGN KEY (goal_node_id) REFERENCES ro_plan_node (id) ON DELETE SET NULL,
  CONSTRAINT fk_support_meeting FOREIGN KEY (meeting_id) REFERENCES ro_meeting (id)
) ${table_options};
CREATE INDEX ix_support_project ON ro_support_case (project_code, status);

CREATE TABLE ro_support_visit (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  case_id              BIGINT        NOT NULL,
  visited_on           DATE          NOT NULL,
  mode                 VARCHAR(16)   NOT NULL,
  visitors             VARCHAR(500)  NOT NULL,
  issues               VARCHAR(2000) NOT NULL,
  guidance             VARCHAR(2000),
  logged_by            VARCHAR(64)   NOT NULL,
  logged_at            DATETIME(0)   NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  CONSTRAINT fk_visit_case FOREIGN KEY (case_id) REFERENCES ro_support_case (id)
) ${table_options};

CREATE TABLE ro_support_report (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  case_id              BIGINT        NOT NULL,
  reported_on          DATE          NOT NULL,
  progress             VARCHAR(4000) NOT NULL,
  goal_met             BOOLEAN       NOT NULL,
  reported_by          VARCHAR(64)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_report_case FOREIGN KEY (case_id) REFERENCES ro_support_case (id)
) ${table_options};
