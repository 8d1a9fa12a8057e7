-- 计划模板 (issue 20): the library a project's plan is built from. A template is edited by publishing a
-- new version; a project records the template and version its plan came from.
CREATE TABLE ro_plan_template (
  code            VARCHAR(32)   NOT NULL,
  name            VARCHAR(100)  NOT NULL,
  current_version INT           NOT NULL,
  description     VARCHAR(500),
  PRIMARY KEY (code)
) ${table_options};

CREATE TABLE ro_plan_template_version (
  template_code   VARCHAR(32)   NOT NULL,
  version_no      INT           NOT NULL,
  created_by      VARCHAR(64)   NOT NULL,
  created_at      DATETIME(0)   NOT NULL DEFAULT CURRENT_TIMESTAMP,
  note            VARCHAR(500),
  PRIMARY KEY (template_code, version_no),
  CONSTRAINT fk_plan_template_version FOREIGN KEY (template_code) REFERENCES ro_plan_template (code)
) ${table_options};

-- A node is dated from its anchor: finish = the anchor's date (a project date, or another node's
-- finish) + offset_days; start = finish - duration_days. Dependencies then push it later if needed.
CREATE TABLE ro_plan_template_node (
  template_code   VARCHAR(32)   NOT NULL,
  version_no      INT           NOT NULL,
  node_code       VARCHAR(32)   NOT NULL,
  name            VARCHAR(100)  NOT NULL,
  node_level      VARCHAR(10)   NOT NULL,
  category        VARCHAR(16)   NOT NULL,
  responsible     VARCHAR(64)   NOT NULL,
  duration_days   INT           NOT NULL,
  anchor          VARCHAR(24)   NOT NULL,
  anchor_node     VARCHAR(32),
  offset_days     INT           NOT NULL,
  sort_order      INT           NOT NULL,
  PRIMARY KEY (template_code, version_no, node_code),
  CONSTRAINT fk_plan_template_node_version FOREIGN KEY (template_code, version_no)
    REFERENCES ro_plan_template_version (template_code, version_no),
  CONSTRAINT ck_plan_template_anchor CHECK (anchor IN ('LAND_ACQUIRED', 'CONSTRUCTION_START', 'FIRST_OPENING', 'HANDOVER', 'NODE'))
) ${table_options};

CREATE TABLE ro_plan_template_dependency (
  template_code    VARCHAR(32)  NOT NULL,
  version_no       INT          NOT NULL,
  predecessor_code VARCHAR(32)  NOT NULL,
  successor_code   VARCHAR(32)  NOT NULL,
  lag_days         INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (template_code, version_no, predecessor_code, successor_code),
  CONSTRAINT fk_plan_template_dep_version FOREIGN KEY (template_code, version_no)
    REFERENCES ro_plan_template_version (template_code, version_no)
) ${table_options};

-- The 阶段成果 a node's completion report must carry.
CREATE TABLE ro_plan_template_deliverable (
  template_code   VARCHAR(32)   NOT NULL,
  version_no      INT           NOT NULL,
  node_code       VARCHAR(32)   NOT NULL,
  seq             INT           NOT NULL,
  name            VARCHAR(100)  NOT NULL,
  mandatory       BOOLEAN       NOT NULL,
  PRIMARY KEY (template_code, version_no, node_code, seq),
  CONSTRAINT fk_plan_template_deliverable_node FOREIGN KEY (template_code, version_no, node_code)
    REFERENCES ro_plan_template_node (template_code, version_no, node_code)
) ${table_options};

ALTER TABLE ro_project ADD COLUMN plan_template_code VARCHAR(32);
ALTER TABLE ro_project ADD COLUMN plan_template_version INT;
