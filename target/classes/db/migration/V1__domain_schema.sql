-- RegionOps domain schema. Runs unchanged on H2 (MySQL mode) and MySQL/MariaDB;
-- ${table_options} is empty on H2 and sets InnoDB + utf8mb4 on MySQL.
-- Times are DATETIME(0) (whole seconds): MySQL keeps no fractions here (PLATFORM-NOTES 6).

CREATE TABLE ro_region (
  code        VARCHAR(16)  NOT NULL,
  name        VARCHAR(64)  NOT NULL,
  created_at  DATETIME(0)     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (code)
) ${table_options};

CREATE TABLE ro_project (
  code          VARCHAR(16)  NOT NULL,
  name          VARCHAR(100) NOT NULL,
  region_code   VARCHAR(16)  NOT NULL,
  city          VARCHAR(50),
  company_name  VARCHAR(100),
  status        VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE',
  created_at    DATETIME(0)     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at    DATETIME(0)     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (code),
  CONSTRAINT fk_project_region FOREIGN KEY (region_code) REFERENCES ro_region (code)
) ${table_options};
CREATE INDEX ix_project_region ON ro_project (region_code);

-- Named people on a project (项目总, 运营经理 ...), for addressing reminders.
-- Access rights come from Camunda groups (office-{code}), not from this table.
CREATE TABLE ro_project_member (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  project_code  VARCHAR(16)  NOT NULL,
  user_id       VARCHAR(64)  NOT NULL,
  member_role   VARCHAR(32)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_project_member UNIQUE (project_code, user_id, member_role),
  CONSTRAINT fk_project_member_project FOREIGN KEY (project_code) REFERENCES ro_project (code)
) ${table_options};

CREATE TABLE ro_plan_node (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  project_code     VARCHAR(16)  NOT NULL,
  node_code        VARCHAR(32)  NOT NULL,
  name             VARCHAR(100) NOT NULL,
  node_level       VARCHAR(10)  NOT NULL,
  category         VARCHAR(16)  NOT NULL,
  owner_group      VARCHAR(64),
  baseline_start   DATE,
  baseline_finish  DATE,
  planned_start    DATE,
  planned_finish   DATE         NOT NULL,
  actual_start     DATE,
  actual_finish    DATE,
  progress_pct     INT          NOT NULL DEFAULT 0,
  created_at       DATETIME(0)     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at       DATETIME(0)     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  CONSTRAINT uk_plan_node_code UNIQUE (project_code, node_code),
  CONSTRAINT fk_plan_node_project FOREIGN KEY (project_code) REFERENCES ro_project (code),
  CONSTRAINT ck_plan_node_progress CHECK (progress_pct BETWEEN 0 AND 100)
) ${table_options};
-- The biweekly check reads open nodes by planned finish across all projects.
CREATE INDEX ix_plan_node_open ON ro_plan_node (actual_finish, planned_finish);
CREATE INDEX ix_plan_node_level ON ro_plan_node (project_code, node_level, category);

CREATE TABLE ro_plan_node_dependency (
  predecessor_id  BIGINT NOT NULL,
  successor_id    BIGINT NOT NULL,
  lag_days        INT    NOT NULL DEFAULT 0,
  PRIMARY KEY (predecessor_id, successor_id),
  CONSTRAINT fk_dependency_predecessor FOREIGN KEY (predecessor_id) REFERENCES ro_plan_node (id) ON DELETE CASCADE,
  CONSTRAINT fk_dependency_successor FOREIGN KEY (successor_id) REFERENCES ro_plan_node (id) ON DELETE CASCADE,
  CONSTRAINT ck_dependency_not_self CHECK (predecessor_id <> successor_id)
) ${table_options};
CREATE INDEX ix_dependency_successor ON ro_plan_node_dependency (successor_id);

CREATE TABLE ro_plan_adjustment (
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  project_code           VARCHAR(16)   NOT NULL,
  node_id                BIGINT        NOT NULL,
  process_instance_id    VARCHAR(64),
  old_planned_finish     DATE          NOT NULL,
  new_planned_finish     DATE          NOT NULL,
  delay_days             INT           NOT NULL,
  milestone_impact_days  INT           NOT NULL DEFAULT 0,
  reason                 VARCHAR(1000) NOT NULL,
  status                 VARCHAR(16)   NOT NULL,
  requested_by           VARCHAR(64)   NOT NULL,
  requested_at           DATETIME(0)      NOT NULL DEFAULT CURRENT_TIMESTAMP,
  decided_at             DATETIME(0),
  PRIMARY KEY (id),
  CONSTRAINT fk_adjustment_project FOREIGN KEY (project_code) REFERENCES ro_project (code),
  CONSTRAINT fk_adjustment_node FOREIGN KEY (node_id) REFERENCES ro_plan_node (id)
) ${table_options};
CREATE INDEX ix_adjustment_node_status ON ro_plan_adjustment (node_id, status);
CREATE INDEX ix_adjustment_process ON ro_plan_adjustment (process_instance_id);

CREATE TABLE ro_gate_definition (
  code         VARCHAR(32)  NOT NULL,
  name         VARCHAR(64)  NOT NULL,
  phase        VARCHAR(8)   NOT NULL,
  sort_order   INT          NOT NULL,
  description  VARCHAR(500),
  PRIMARY KEY (code),
  CONSTRAINT uk_gate_definition_order UNIQUE (sort_order),
  CONSTRAINT ck_gate_phase CHECK (phase IN ('BEFORE', 'AFTER'))
) ${table_options};

CREATE TABLE ro_gate_predecessor (
  gate_code         VARCHAR(32) NOT NULL,
  predecessor_code  VARCHAR(32) NOT NULL,
  PRIMARY KEY (gate_code, predecessor_code),
  CONSTRAINT fk_gate_predecessor_gate FOREIGN KEY (gate_code) REFERENCES ro_gate_definition (code),
  CONSTRAINT fk_gate_predecessor_pred FOREIGN KEY (predecessor_code) REFERENCES ro_gate_definition (code)
) ${table_options};

CREATE TABLE ro_gate_material (
  gate_code  VARCHAR(32)  NOT NULL,
  seq        INT          NOT NULL,
  name       VARCHAR(100) NOT NULL,
  mandatory  BOOLEAN      NOT NULL DEFAULT TRUE,
  PRIMARY KEY (gate_code, seq),
  CONSTRAINT fk_gate_material_gate FOREIGN KEY (gate_code) REFERENCES ro_gate_definition (code)
) ${table_options};

CREATE TABLE ro_gate_attendee (
  gate_code       VARCHAR(32) NOT NULL,
  function_group  VARCHAR(64) NOT NULL,
  PRIMARY KEY (gate_code, function_group),
  CONSTRAINT fk_gate_attendee_gate FOREIGN KEY (gate_code) REFERENCES ro_gate_definition (code)
) ${table_options};

CREATE TABLE ro_gate_review (
  id                   BIGINT      NOT NULL AUTO_INCREMENT,
  project_code         VARCHAR(16) NOT NULL,
  gate_code            VARCHAR(32) NOT NULL,
  round_no             INT         NOT NULL,
  process_instance_id  VARCHAR(64),
  status               VARCHAR(24) NOT NULL,
  conclusion           VARCHAR(16),
  started_by           VARCHAR(64),
  started_at           DATETIME(0)    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  finished_at          DATETIME(0),
  PRIMARY KEY (id),
  CONSTRAINT uk_gate_review_round UNIQUE (project_code, gate_code, round_no),
  CONSTRAINT fk_gate_review_project FOREIGN KEY (project_code) REFERENCES ro_project (code),
  CONSTRAINT fk_gate_review_gate FOREIGN KEY (gate_code) REFERENCES ro_gate_definition (code)
) ${table_options};
CREATE INDEX ix_gate_review_process ON ro_gate_review (process_instance_id);

CREATE TABLE ro_meeting (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  kind                 VARCHAR(24)   NOT NULL,
  region_code          VARCHAR(16)   NOT NULL,
  project_code         VARCHAR(16),
  gate_review_id       BIGINT,
  title                VARCHAR(200)  NOT NULL,
  scheduled_at         DATETIME(0),
  location             VARCHAR(200),
  chair_user           VARCHAR(64),
  conclusion           VARCHAR(16),
  minutes              TEXT,
  process_instance_id  VARCHAR(64),
  created_at           DATETIME(0)      NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  CONSTRAINT fk_meeting_region FOREIGN KEY (region_code) REFERENCES ro_region (code),
  CONSTRAINT fk_meeting_project FOREIGN KEY (project_code) REFERENCES ro_project (code),
  CONSTRAINT fk_meeting_gate_review FOREIGN KEY (gate_review_id) REFERENCES ro_gate_review (id)
) ${table_options};
CREATE INDEX ix_meeting_process ON ro_meeting (process_instance_id);
CREATE INDEX ix_meeting_project ON ro_meeting (project_code);

CREATE TABLE ro_meeting_decision (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  meeting_id           BIGINT        NOT NULL,
  seq                  INT           NOT NULL,
  content              VARCHAR(1000) NOT NULL,
  owner_group          VARCHAR(64)   NOT NULL,
  owner_user           VARCHAR(64),
  due_date             DATE          NOT NULL,
  status               VARCHAR(16)   NOT NULL,
  evidence             VARCHAR(1000),
  process_instance_id  VARCHAR(64),
  verified_by          VARCHAR(64),
  verified_at          DATETIME(0),
  PRIMARY KEY (id),
  CONSTRAINT uk_meeting_decision_seq UNIQUE (meeting_id, seq),
  CONSTRAINT fk_decision_meeting FOREIGN KEY (meeting_id) REFERENCES ro_meeting (id)
) ${table_options};
CREATE INDEX ix_decision_open ON ro_meeting_decision (status, due_date);

-- Certificate types carry their chase rules as data so the department can edit them.
CREATE TABLE ro_certificate_type (
  code                 VARCHAR(32)  NOT NULL,
  name                 VARCHAR(64)  NOT NULL,
  scope                VARCHAR(8)   NOT NULL,
  chain_order          INT,
  validity_months      INT,
  annual_report        BOOLEAN      NOT NULL DEFAULT FALSE,
  review_window_start  CHAR(5),
  review_window_end    CHAR(5),
  description          VARCHAR(500),
  PRIMARY KEY (code),
  CONSTRAINT ck_certificate_scope CHECK (scope IN ('COMPANY', 'PROJECT'))
) ${table_options};

CREATE TABLE ro_certificate (
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  type_code          VARCHAR(32)   NOT NULL,
  cert_no            VARCHAR(64),
  holder_company     VARCHAR(100)  NOT NULL,
  project_code       VARCHAR(16),
  region_code        VARCHAR(16)   NOT NULL,
  issue_date         DATE,
  valid_until        DATE,
  next_review_due    DATE,
  responsible_group  VARCHAR(64)   NOT NULL,
  status             VARCHAR(16)   NOT NULL,
  remarks            VARCHAR(1000),
  created_at         DATETIME(0)      NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at         DATETIME(0)      NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  CONSTRAINT uk_certificate_no UNIQUE (type_code, cert_no),
  CONSTRAINT fk_certificate_type FOREIGN KEY (type_code) REFERENCES ro_certificate_type (code),
  CONSTRAINT fk_certificate_project FOREIGN KEY (project_code) REFERENCES ro_project (code),
  CONSTRAINT fk_certificate_region FOREIGN KEY (region_code) REFERENCES ro_region (code)
) ${table_options};
CREATE INDEX ix_certificate_project ON ro_certificate (project_code);
CREATE INDEX ix_certificate_region_valid ON ro_certificate (region_code, valid_until);
CREATE INDEX ix_certificate_review_due ON ro_certificate (status, next_review_due);

CREATE TABLE ro_certificate_review (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  certificate_id       BIGINT        NOT NULL,
  kind                 VARCHAR(16)   NOT NULL,
  due_date             DATE          NOT NULL,
  status               VARCHAR(16)   NOT NULL,
  process_instance_id  VARCHAR(64),
  completed_at         DATETIME(0),
  new_valid_until      DATE,
  remarks              VARCHAR(1000),
  PRIMARY KEY (id),
  -- one chase per certificate, kind and due date: the daily sweep may run twice
  CONSTRAINT uk_certificate_review UNIQUE (certificate_id, kind, due_date),
  CONSTRAINT fk_certificate_review_cert FOREIGN KEY (certificate_id) REFERENCES ro_certificate (id)
) ${table_options};

CREATE TABLE ro_risk_assessment (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  node_id              BIGINT       NOT NULL,
  period_date          DATE         NOT NULL,
  grade                VARCHAR(8)   NOT NULL,
  reason               VARCHAR(500),
  days_overdue         INT          NOT NULL DEFAULT 0,
  forecast_delay_days  INT          NOT NULL DEFAULT 0,
  progress_lag_pct     INT          NOT NULL DEFAULT 0,
  created_at           DATETIME(0)     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  CONSTRAINT uk_risk_assessment UNIQUE (node_id, period_date),
  CONSTRAINT fk_risk_node FOREIGN KEY (node_id) REFERENCES ro_plan_node (id) ON DELETE CASCADE
) ${table_options};
CREATE INDEX ix_risk_period_grade ON ro_risk_assessment (period_date, grade);

-- Amounts in 万元 with two decimals; never floating point.
CREATE TABLE ro_operating_target (
  id             BIGINT         NOT NULL AUTO_INCREMENT,
  project_code   VARCHAR(16)    NOT NULL,
  target_year    INT            NOT NULL,
  target_month   INT            NOT NULL,
  metric         VARCHAR(24)    NOT NULL,
  version_no     INT            NOT NULL,
  plan_amount    DECIMAL(16, 2) NOT NULL,
  actual_amount  DECIMAL(16, 2),
  frozen         BOOLEAN        NOT NULL DEFAULT FALSE,
  PRIMARY KEY (id),
  CONSTRAINT uk_operating_target UNIQUE (project_code, target_year, target_month, metric, version_no),
  CONSTRAINT fk_target_project FOREIGN KEY (project_code) REFERENCES ro_project (code),
  CONSTRAINT ck_target_month CHECK (target_month BETWEEN 1 AND 12)
) ${table_options};

-- What was sent to whom, once: dedup_key makes a repeated job a no-op.
CREATE TABLE ro_notification (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  dedup_key     VARCHAR(200)  NOT NULL,
  recipient     VARCHAR(64)   NOT NULL,
  channel       VARCHAR(16)   NOT NULL,
  subject       VARCHAR(200)  NOT NULL,
  body          VARCHAR(2000),
  business_key  VARCHAR(100),
  sent_at       DATETIME(0)      NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  CONSTRAINT uk_notification_dedup UNIQUE (dedup_key)
) ${table_options};
CREATE INDEX ix_notification_recipient ON ro_notification (recipient, sent_at);
