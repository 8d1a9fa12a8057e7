-- 上传下达与督办 (issue 23). An instruction is issued once (by group-ops to regions, or by a region's region-ops to
-- its projects); each addressee has an item (a region's copy, and under it the projects it relays to), which is
-- what is acknowledged (签收), answered (反馈), returned (退回), extended and coloured (三色督办).

CREATE TABLE ro_instruction (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  issuer_level         VARCHAR(8)    NOT NULL,
  issuer_region        VARCHAR(16),
  title                VARCHAR(200)  NOT NULL,
  content              VARCHAR(4000) NOT NULL,
  category             VARCHAR(24)   NOT NULL,
  feedback_mode        VARCHAR(16)   NOT NULL,
  deadline             DATE          NOT NULL,
  source_meeting       VARCHAR(200),
  issued_by            VARCHAR(64)   NOT NULL,
  issued_at            DATETIME(0)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_instruction_region FOREIGN KEY (issuer_region) REFERENCES ro_region (code)
) ${table_options};

CREATE TABLE ro_instruction_item (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  instruction_id       BIGINT        NOT NULL,
  parent_id            BIGINT,
  level                VARCHAR(8)    NOT NULL,
  region_code          VARCHAR(16)   NOT NULL,
  project_code         VARCHAR(16),
  status               VARCHAR(16)   NOT NULL,
  ack_due              DATE          NOT NULL,
  deadline             DATE          NOT NULL,
  extended_deadline    DATE,
  acknowledged_by      VARCHAR(64),
  acknowledged_at      DATETIME(0),
  handling             VARCHAR(8),
  answer               VARCHAR(4000),
  answered_by          VARCHAR(64),
  first_answered_at    DATETIME(0),
  answered_at          DATETIME(0),
  returns              INT           NOT NULL DEFAULT 0,
  review_comment       VARCHAR(1000),
  closed_at            DATETIME(0),
  color                VARCHAR(8),
  process_instance_id  VARCHAR(64),
  PRIMARY KEY (id),
  CONSTRAINT uk_instruction_item UNIQUE (instruction_id, region_code, project_code),
  CONSTRAINT fk_item_instruction FOREIGN KEY (instruction_id) REFERENCES ro_instruction (id),
  CONSTRAINT fk_item_parent FOREIGN KEY (parent_id) REFERENCES ro_instruction_item (id),
  CONSTRAINT fk_item_region FOREIGN KEY (region_code) REFERENCES ro_region (code),
  CONSTRAINT fk_item_project FOREIGN KEY (project_code) REFERENCES ro_project (code)
) ${table_options};
CREATE INDEX ix_instruction_item_region ON ro_instruction_item (region_code, closed_at);
CREATE INDEX ix_instruction_item_project ON ro_instruction_item (project_code, closed_at);
CREATE INDEX ix_instruction_item_parent ON ro_instruction_item (parent_id);

-- 延期申请: asked before the deadline, decided by the issuer; only an approved one moves the deadline.
CREATE TABLE ro_instruction_extension (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  item_id              BIGINT        NOT NULL,
  reason               VARCHAR(1000) NOT NULL,
  requested_date       DATE          NOT NULL,
  previous_deadline    DATE          NOT NULL,
  requested_by         VARCHAR(64)   NOT NULL,
  requested_at         DATETIME(0)   NOT NULL,
  status               VARCHAR(16)   NOT NULL,
  decided_by           VARCHAR(64),
  decided_at           DATETIME(0),
  decision_comment     VARCHAR(1000),
  PRIMARY KEY (id),
  CONSTRAINT fk_extension_item FOREIGN KEY (item_id) REFERENCES ro_instruction_item (id)
) ${table_options};
CREATE INDEX ix_extension_item ON ro_instruction_extension (item_id, status);

-- 三色督办 of meeting decisions and 整改 items: how often the verifier sent one back, and its current colour.
ALTER TABLE ro_meeting_decision ADD COLUMN returns INT NOT NULL DEFAULT 0;
ALTER TABLE ro_meeting_decision ADD COLUMN color VARCHAR(8);
