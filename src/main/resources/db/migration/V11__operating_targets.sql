-- 年度经营目标分解 (issue 9). A decomposition is a version per region and year: its region totals,
-- its project × month × metric rows in ro_operating_target, the functions' reviews and the
-- president's decision. An approved version is frozen; a new one needs a new approval.
CREATE TABLE ro_target_version (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  region_code          VARCHAR(16)   NOT NULL,
  target_year          INT           NOT NULL,
  version_no           INT           NOT NULL,
  status               VARCHAR(16)   NOT NULL,
  process_instance_id  VARCHAR(64),
  submitted_by         VARCHAR(64)   NOT NULL,
  submitted_at         DATETIME(0)   NOT NULL DEFAULT CURRENT_TIMESTAMP,
  decided_by           VARCHAR(64),
  decided_at           DATETIME(0),
  decision_comment     VARCHAR(1000),
  PRIMARY KEY (id),
  CONSTRAINT uk_target_version UNIQUE (region_code, target_year, version_no),
  CONSTRAINT fk_target_version_region FOREIGN KEY (region_code) REFERENCES ro_region (code)
) ${table_options};

CREATE TABLE ro_target_region_total (
  version_id  BIGINT         NOT NULL,
  metric      VARCHAR(24)    NOT NULL,
  amount      DECIMAL(16, 2) NOT NULL,
  PRIMARY KEY (version_id, metric),
  CONSTRAINT fk_region_total_version FOREIGN KEY (version_id) REFERENCES ro_target_version (id)
) ${table_options};

CREATE TABLE ro_target_review (
  version_id      BIGINT        NOT NULL,
  function_group  VARCHAR(64)   NOT NULL,
  outcome         VARCHAR(16)   NOT NULL,
  comment_text    VARCHAR(1000),
  user_id         VARCHAR(64)   NOT NULL,
  decided_at      DATETIME(0)   NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (version_id, function_group),
  CONSTRAINT fk_target_review_version FOREIGN KEY (version_id) REFERENCES ro_target_version (id)
) ${table_options};

-- Plan rows belong to a version. Actuals are facts of a month, not of a version: they live in
-- ro_operating_actual, so a new version never copies or loses them.
ALTER TABLE ro_operating_target ADD COLUMN version_id BIGINT;
ALTER TABLE ro_operating_target ADD CONSTRAINT fk_target_version FOREIGN KEY (version_id) REFERENCES ro_target_version (id);
ALTER TABLE ro_operating_target DROP COLUMN actual_amount;
CREATE INDEX ix_target_version ON ro_operating_target (version_id, metric);

CREATE TABLE ro_operating_actual (
  project_code  VARCHAR(16)    NOT NULL,
  target_year   INT            NOT NULL,
  target_month  INT            NOT NULL,
  metric        VARCHAR(24)    NOT NULL,
  amount        DECIMAL(16, 2) NOT NULL,
  recorded_by   VARCHAR(64)    NOT NULL,
  recorded_at   DATETIME(0)    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (project_code, target_year, target_month, metric),
  CONSTRAINT fk_actual_project FOREIGN KEY (project_code) REFERENCES ro_project (code),
  CONSTRAINT ck_actual_month CHECK (target_month BETWEEN 1 AND 12)
) ${table_options};

-- 经营分析会: one per region × kind × period; each active project's 经营分析 submission.
CREATE TABLE ro_operating_review (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  region_code          VARCHAR(16)   NOT NULL,
  review_kind          VARCHAR(16)   NOT NULL,
  review_year          INT           NOT NULL,
  review_period        VARCHAR(8)    NOT NULL,
  period_end           DATE          NOT NULL,
  status               VARCHAR(16)   NOT NULL,
  process_instance_id  VARCHAR(64),
  pack_reference       VARCHAR(500),
  pack_summary         TEXT,
  started_by           VARCHAR(64),
  created_at           DATETIME(0)   NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  CONSTRAINT uk_operating_review UNIQUE (region_code, review_year, review_period),
  CONSTRAINT fk_operating_review_region FOREIGN KEY (region_code) REFERENCES ro_region (code)
) ${table_options};

CREATE TABLE ro_operating_submission (
  review_id         BIGINT        NOT NULL,
  project_code      VARCHAR(16)   NOT NULL,
  report_reference  VARCHAR(500)  NOT NULL,
  summary           VARCHAR(2000) NOT NULL,
  submitted_by      VARCHAR(64)   NOT NULL,
  submitted_at      DATETIME(0)   NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (review_id, project_code),
  CONSTRAINT fk_submission_review FOREIGN KEY (review_id) REFERENCES ro_operating_review (id),
  CONSTRAINT fk_submission_project FOREIGN KEY (project_code) REFERENCES ro_project (code)
) ${table_options};
