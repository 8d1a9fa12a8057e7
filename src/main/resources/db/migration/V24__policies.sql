-- 制度宣贯 (policy-rollout). A policy is published once per number and version: by group-ops for the whole group
-- (scope GROUP, every region) or by a region's region-ops for its region (scope REGION). issuer keeps the two number
-- series apart ('GROUP', or the region's code): a higher version of the same number supersedes the earlier one.
-- audience_groups lists the Camunda groups it applies to (comma-separated); quiz holds the optional questions with
-- their answers (JSON, never shown to those who answer), pass_mark the number of right answers needed.

CREATE TABLE ro_policy (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  scope                VARCHAR(8)    NOT NULL,
  region_code          VARCHAR(16),
  issuer               VARCHAR(16)   NOT NULL,
  number               VARCHAR(64)   NOT NULL,
  version              INT           NOT NULL,
  title                VARCHAR(200)  NOT NULL,
  summary              VARCHAR(4000),
  effective_date       DATE          NOT NULL,
  acknowledge_by       DATE          NOT NULL,
  audience_groups      VARCHAR(1000) NOT NULL,
  quiz                 TEXT,
  pass_mark            INT,
  published_by         VARCHAR(64)   NOT NULL,
  published_at         DATETIME(0)   NOT NULL,
  superseded_by        BIGINT,
  superseded_at        DATETIME(0),
  PRIMARY KEY (id),
  CONSTRAINT uk_policy_version UNIQUE (issuer, number, version),
  CONSTRAINT fk_policy_region FOREIGN KEY (region_code) REFERENCES ro_region (code),
  CONSTRAINT fk_policy_superseded FOREIGN KEY (superseded_by) REFERENCES ro_policy (id)
) ${table_options};
CREATE INDEX ix_policy_region ON ro_policy (scope, region_code, published_at);

-- One row per person asked to read a version: PENDING until 已阅知悉 (ACKNOWLEDGED) or a passed quiz (PASSED);
-- SUPERSEDED when a newer version asked again first. Rows of earlier versions stay: they are the history of who
-- acknowledged which version when. project_code is set for a project office's member only.
CREATE TABLE ro_policy_acknowledgement (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  policy_id            BIGINT        NOT NULL,
  user_id              VARCHAR(64)   NOT NULL,
  region_code          VARCHAR(16)   NOT NULL,
  project_code         VARCHAR(16),
  group_id             VARCHAR(64)   NOT NULL,
  status               VARCHAR(16)   NOT NULL,
  attempts             INT           NOT NULL DEFAULT 0,
  score                INT,
  acknowledged_at      DATETIME(0),
  PRIMARY KEY (id),
  CONSTRAINT uk_policy_acknowledgement UNIQUE (policy_id, user_id),
  CONSTRAINT fk_acknowledgement_policy FOREIGN KEY (policy_id) REFERENCES ro_policy (id),
  CONSTRAINT fk_acknowledgement_region FOREIGN KEY (region_code) REFERENCES ro_region (code),
  CONSTRAINT fk_acknowledgement_project FOREIGN KEY (project_code) REFERENCES ro_project (code)
) ${table_options};
CREATE INDEX ix_acknowledgement_region ON ro_policy_acknowledgement (policy_id, region_code);
CREATE INDEX ix_acknowledgement_user ON ro_policy_acknowledgement (user_id, status);

-- Every quiz attempt with its score; a passed attempt is a training record (the knowledge and training issue reads them).
CREATE TABLE ro_policy_quiz_attempt (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  policy_id            BIGINT        NOT NULL,
  user_id              VARCHAR(64)   NOT NULL,
  attempt_no           INT           NOT NULL,
  score                INT           NOT NULL,
  question_count       INT           NOT NULL,
  passed               BOOLEAN       NOT NULL,
  answers              VARCHAR(64)   NOT NULL,
  answered_at          DATETIME(0)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_policy_quiz_attempt UNIQUE (policy_id, user_id, attempt_no),
  CONSTRAINT fk_attempt_policy FOREIGN KEY (policy_id) REFERENCES ro_policy (id)
) ${table_options};
CREATE INDEX ix_quiz_attempt_user ON ro_policy_quiz_attempt (user_id, passed);
