-- 节点填报 (issue 20): a node is done only when its completion report is confirmed. The report is
-- kept with every round of confirmation; the node's actual finish is written on confirmation.
CREATE TABLE ro_node_completion (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  project_code        VARCHAR(32)   NOT NULL,
  node_id             BIGINT        NOT NULL,
  node_code           VARCHAR(32)   NOT NULL,
  -- OFFICE (the project office reported it) or CERTIFICATE (a planned certificate was entered as obtained)
  source              VARCHAR(16)   NOT NULL,
  actual_finish       DATE          NOT NULL,
  note                VARCHAR(1000),
  -- REPORTED, RETURNED, CONFIRMED, WITHDRAWN
  status              VARCHAR(16)   NOT NULL,
  round_no            INT           NOT NULL DEFAULT 1,
  process_instance_id VARCHAR(64),
  confirmer_chain     VARCHAR(200),
  return_reason       VARCHAR(1000),
  reported_by         VARCHAR(64)   NOT NULL,
  -- the first submission: what 填报及时率 measures against the actual finish
  reported_at         DATETIME(0)   NOT NULL,
  -- reported_at's date minus actual_finish, kept so a month's timeliness is one indexed query
  report_delay_days   INT           NOT NULL,
  resubmitted_at      DATETIME(0),
  decided_at          DATETIME(0),
  -- the node's id while the report is open (REPORTED or RETURNED), NULL after: one open report per node
  open_node_id        BIGINT,
  PRIMARY KEY (id),
  CONSTRAINT uk_node_completion_open UNIQUE (open_node_id),
  CONSTRAINT fk_node_completion_node FOREIGN KEY (node_id) REFERENCES ro_plan_node (id),
  CONSTRAINT ck_node_completion_status CHECK (status IN ('REPORTED', 'RETURNED', 'CONFIRMED', 'WITHDRAWN'))
) ${table_options};

CREATE INDEX ix_node_completion_node ON ro_node_completion (node_id, id);
CREATE INDEX ix_node_completion_project ON ro_node_completion (project_code, actual_finish);
CREATE INDEX ix_node_completion_process ON ro_node_completion (process_instance_id);

-- One confirmer's answer, per round (a returned report is confirmed again from the first step).
CREATE TABLE ro_node_completion_step (
  completion_id   BIGINT        NOT NULL,
  round_no        INT           NOT NULL,
  step            INT           NOT NULL,
  confirmer_group VARCHAR(64)   NOT NULL,
  user_id         VARCHAR(64)   NOT NULL,
  decision        VARCHAR(16)   NOT NULL,
  comment_text    VARCHAR(1000),
  decided_at      DATETIME(0)   NOT NULL,
  PRIMARY KEY (completion_id, round_no, step),
  CONSTRAINT fk_node_completion_step FOREIGN KEY (completion_id) REFERENCES ro_node_completion (id)
) ${table_options};
