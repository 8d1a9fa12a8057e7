-- 三/五年业绩规划 (issue 25, performance-plan). A region's rolling plan, one version after another: start_year
-- (this or next year when submitted) and horizon (3 or 5 years). status IN_REVIEW → APPROVED (frozen; a newer
-- approved version makes it SUPERSEDED) or RETURNED (by the president or group-ops, with decision_comment).
CREATE TABLE ro_performance_plan (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  region_code          VARCHAR(16)   NOT NULL,
  version_no           INT           NOT NULL,
  start_year           INT           NOT NULL,
  horizon              INT           NOT NULL,
  status               VARCHAR(16)   NOT NULL,
  process_instance_id  VARCHAR(64),
  submitted_by         VARCHAR(64)   NOT NULL,
  submitted_at         DATETIME(0)   NOT NULL,
  decided_by           VARCHAR(64),
  decided_at           DATETIME(0),
  decision_comment     VARCHAR(1000),
  PRIMARY KEY (id),
  CONSTRAINT uk_performance_plan_version UNIQUE (region_code, version_no),
  CONSTRAINT fk_performance_plan_region FOREIGN KEY (region_code) REFERENCES ro_region (code),
  CONSTRAINT ck_performance_plan_horizon CHECK (horizon IN (3, 5))
) ${table_options};
CREATE INDEX ix_performance_plan_status ON ro_performance_plan (region_code, status);

-- Per plan year and metric (SALES 销售, COLLECTION 回款, REVENUE_RECOGNITION 确收, SUPPLY 供货, NET_PROFIT 净利润,
-- CASH_FLOW 现金流, INVESTMENT 投资), in 万元: the group's issued 保底/控制 (null when not issued) and the region's.
CREATE TABLE ro_performance_plan_line (
  plan_id              BIGINT        NOT NULL,
  plan_year            INT           NOT NULL,
  metric               VARCHAR(24)   NOT NULL,
  group_floor          DECIMAL(16,2),
  group_control        DECIMAL(16,2),
  floor_amount         DECIMAL(16,2) NOT NULL,
  control_amount       DECIMAL(16,2) NOT NULL,
  PRIMARY KEY (plan_id, plan_year, metric),
  CONSTRAINT fk_performance_line_plan FOREIGN KEY (plan_id) REFERENCES ro_performance_plan (id)
) ${table_options};

-- Who said what: stage REVIEW (one row per function, from function-review), PRESIDENT or GROUP_OPS; outcome
-- APPROVED, COMMENTED (a function's 意见) or RETURNED. Kept once per stage and group.
CREATE TABLE ro_performance_plan_opinion (
  plan_id              BIGINT        NOT NULL,
  stage                VARCHAR(16)   NOT NULL,
  actor_group          VARCHAR(64)   NOT NULL,
  outcome              VARCHAR(16)   NOT NULL,
  comment_text         VARCHAR(1000),
  user_id              VARCHAR(64)   NOT NULL,
  decided_at           DATETIME(0)   NOT NULL,
  PRIMARY KEY (plan_id, stage, actor_group),
  CONSTRAINT fk_performance_opinion_plan FOREIGN KEY (plan_id) REFERENCES ro_performance_plan (id)
) ${table_options};
