-- 合同交楼时间审核 (issue 25). The contract handover date a project may sign its sales contracts with, once
-- handover-date-review approved it, and the 装修 contract's completion date when a 装修单位 was chosen with it.
-- Plan adjustments read the approved date: a push of the planned handover closer than the product type's buffer
-- goes to group-ops (plan-adjustment-approval).
ALTER TABLE ro_project ADD COLUMN contract_handover_date DATE;
ALTER TABLE ro_project ADD COLUMN contract_handover_approved_at DATETIME(0);
ALTER TABLE ro_project ADD COLUMN decoration_contractor VARCHAR(100);
ALTER TABLE ro_project ADD COLUMN decoration_completion_date DATE;

-- One row per submission. planned_handover_date is the latest planned finish of the plan's HANDOVER nodes when
-- submitted, margin_days the contract date minus it; result, reason and buffer_days are handover-date-check's
-- answer (OK / CONDITIONAL / REFUSED). status: IN_REVIEW while the process runs (at most one per project, checked
-- under the project's row lock), then APPROVED, RETURNED (with the reviewer's comment) or REFUSED (by the table).
CREATE TABLE ro_handover_date_review (
  id                          BIGINT        NOT NULL AUTO_INCREMENT,
  project_code                VARCHAR(16)   NOT NULL,
  contract_handover_date      DATE          NOT NULL,
  planned_handover_date       DATE          NOT NULL,
  margin_days                 INT           NOT NULL,
  product_type                VARCHAR(16)   NOT NULL,
  result                      VARCHAR(16),
  reason                      VARCHAR(500),
  buffer_days                 INT,
  decoration_contractor       VARCHAR(100),
  decoration_completion_date  DATE,
  presale_permit_no           VARCHAR(64),
  note                        VARCHAR(1000),
  status                      VARCHAR(16)   NOT NULL,
  requested_by                VARCHAR(64)   NOT NULL,
  requested_at                DATETIME(0)   NOT NULL,
  decided_by                  VARCHAR(64),
  decided_at                  DATETIME(0),
  comment                     VARCHAR(2000),
  process_instance_id         VARCHAR(64),
  PRIMARY KEY (id),
  CONSTRAINT fk_handover_review_project FOREIGN KEY (project_code) REFERENCES ro_project (code)
) ${table_options};
CREATE INDEX ix_handover_review_project ON ro_handover_date_review (project_code, status);
