-- The approval trail of a plan adjustment and what the request looked like when it was made.
ALTER TABLE ro_plan_adjustment ADD COLUMN approver_chain VARCHAR(200);
ALTER TABLE ro_plan_adjustment ADD COLUMN affected_nodes INT NOT NULL DEFAULT 0;

CREATE TABLE ro_plan_adjustment_approval (
  adjustment_id   BIGINT        NOT NULL,
  step            INT           NOT NULL,
  approver_group  VARCHAR(64)   NOT NULL,
  user_id         VARCHAR(64)   NOT NULL,
  decision        VARCHAR(16)   NOT NULL,
  comment_text    VARCHAR(1000),
  decided_at      DATETIME(0)   NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (adjustment_id, step),
  CONSTRAINT fk_approval_adjustment FOREIGN KEY (adjustment_id) REFERENCES ro_plan_adjustment (id)
) ${table_options};
