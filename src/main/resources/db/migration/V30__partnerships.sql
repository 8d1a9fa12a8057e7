-- 合作方管理 (issue 25). How a project is run: operating_mode INDEPENDENT (独立操盘), JOINT (联合操盘) or
-- NOT_OPERATED (不操盘, run by a partner); consolidated: 并表 or not. Our share is what the partners' shares leave.
ALTER TABLE ro_project ADD COLUMN operating_mode VARCHAR(16) NOT NULL DEFAULT 'INDEPENDENT';
ALTER TABLE ro_project ADD COLUMN consolidated BOOLEAN NOT NULL DEFAULT TRUE;

-- The project's partners, in the order given: name, share in percent (two decimals), role (e.g. 操盘方, 财务投资方).
CREATE TABLE ro_project_partner (
  project_code         VARCHAR(16)   NOT NULL,
  seq                  INT           NOT NULL,
  name                 VARCHAR(100)  NOT NULL,
  share_pct            DECIMAL(5,2)  NOT NULL,
  partner_role         VARCHAR(50),
  PRIMARY KEY (project_code, seq),
  CONSTRAINT fk_partner_project FOREIGN KEY (project_code) REFERENCES ro_project (code)
) ${table_options};

-- 合作方事项 (partner-matter): a motion for the partners' 股东会/董事会, a partner's request, a capital call or a profit
-- distribution, with its amount in 万元 and the 操盘方式 when submitted; approver_chain is what DMN
-- partner-matter-approval named (comma-separated groups, region up).
CREATE TABLE ro_partner_matter (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  project_code         VARCHAR(16)   NOT NULL,
  region_code          VARCHAR(16)   NOT NULL,
  kind                 VARCHAR(24)   NOT NULL,
  title                VARCHAR(200)  NOT NULL,
  amount               DECIMAL(14,2) NOT NULL,
  meeting_date         DATE,
  description          VARCHAR(4000),
  operating_mode       VARCHAR(16)   NOT NULL,
  status               VARCHAR(16)   NOT NULL,
  approver_chain       VARCHAR(200),
  requested_by         VARCHAR(64)   NOT NULL,
  requested_at         DATETIME(0)   NOT NULL,
  decided_at           DATETIME(0),
  process_instance_id  VARCHAR(64),
  PRIMARY KEY (id),
  CONSTRAINT fk_partner_matter_project FOREIGN KEY (project_code) REFERENCES ro_project (code),
  CONSTRAINT fk_partner_matter_region FOREIGN KEY (region_code) REFERENCES ro_region (code)
) ${table_options};
CREATE INDEX ix_partner_matter_project ON ro_partner_matter (project_code, requested_at);

-- Each approver's answer, in the order of the chain.
CREATE TABLE ro_partner_matter_approval (
  matter_id            BIGINT        NOT NULL,
  step                 INT           NOT NULL,
  approver_group       VARCHAR(64)   NOT NULL,
  decision             VARCHAR(16)   NOT NULL,
  comment              VARCHAR(1000),
  decided_by           VARCHAR(64)   NOT NULL,
  decided_at           DATETIME(0)   NOT NULL,
  PRIMARY KEY (matter_id, step),
  CONSTRAINT fk_partner_approval_matter FOREIGN KEY (matter_id) REFERENCES ro_partner_matter (id)
) ${table_options};
