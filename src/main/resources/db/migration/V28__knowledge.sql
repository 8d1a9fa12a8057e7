-- 知识库 (issue 24). A project's type (住宅/商业/综合体/写字楼): lessons and templates are matched to it.
ALTER TABLE ro_project ADD COLUMN project_type VARCHAR(16) NOT NULL DEFAULT 'RESIDENTIAL';

-- An entry of the library. Every entry has a home region (the tenant its knowledge-review runs in); scope GROUP
-- makes its published version visible to every region, REGION to its home region only. gate_review_id and
-- origin_slot name the 后评估会 round and the lesson number of its minutes it was drafted from (at most one entry
-- per slot, so re-recorded minutes update their drafts). author_function is the author's 职能 group (fn-…) when
-- drafting: what the function's 知识指标 counts. published_version is what search and readers see; a
-- later version under review does not hide it.
CREATE TABLE ro_knowledge_entry (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  kind                 VARCHAR(16)   NOT NULL,
  scope                VARCHAR(8)    NOT NULL,
  region_code          VARCHAR(16)   NOT NULL,
  project_code         VARCHAR(16),
  gate_review_id       BIGINT,
  origin_slot          INT,
  policy_id            BIGINT,
  author               VARCHAR(64)   NOT NULL,
  author_function      VARCHAR(64),
  latest_version       INT           NOT NULL,
  published_version    INT,
  created_at           DATETIME(0)   NOT NULL,
  published_at         DATETIME(0),
  PRIMARY KEY (id),
  CONSTRAINT uk_knowledge_origin UNIQUE (gate_review_id, origin_slot),
  CONSTRAINT fk_knowledge_region FOREIGN KEY (region_code) REFERENCES ro_region (code),
  CONSTRAINT fk_knowledge_project FOREIGN KEY (project_code) REFERENCES ro_project (code),
  CONSTRAINT fk_knowledge_policy FOREIGN KEY (policy_id) REFERENCES ro_policy (id)
) ${table_options};
CREATE INDEX ix_knowledge_region ON ro_knowledge_entry (region_code, kind, published_at);
CREATE INDEX ix_knowledge_author ON ro_knowledge_entry (author);

-- Every version of an entry: DRAFT (being written), IN_REVIEW (knowledge-review runs), PUBLISHED (the one readers
-- see), SUPERSEDED (an earlier published one). tags are vocabulary codes, comma-separated.
CREATE TABLE ro_knowledge_version (
  entry_id             BIGINT        NOT NULL,
  version_no           INT           NOT NULL,
  title                VARCHAR(200)  NOT NULL,
  body                 MEDIUMTEXT    NOT NULL,
  tags                 VARCHAR(1000) NOT NULL,
  status               VARCHAR(16)   NOT NULL,
  edited_by            VARCHAR(64)   NOT NULL,
  created_at           DATETIME(0)   NOT NULL,
  process_instance_id  VARCHAR(64),
  review_comment       VARCHAR(2000),
  reviewed_by          VARCHAR(64),
  published_at         DATETIME(0),
  PRIMARY KEY (entry_id, version_no),
  CONSTRAINT fk_knowledge_version_entry FOREIGN KEY (entry_id) REFERENCES ro_knowledge_entry (id)
) ${table_options};

-- One row per publication or withdrawal, in the same transaction: every node's search index reads the rows after
-- the last it applied (and those of the last minute again: a row with a lower seq may commit after a higher one).
CREATE TABLE ro_knowledge_change (
  seq                  BIGINT        NOT NULL AUTO_INCREMENT,
  entry_id             BIGINT        NOT NULL,
  changed_at           DATETIME(3)   NOT NULL,
  PRIMARY KEY (seq)
) ${table_options};
CREATE INDEX ix_knowledge_change_time ON ro_knowledge_change (changed_at);

-- 知识指标: region-ops sets, per year, how many published entries a project (owner_type PROJECT, its code) or a
-- function (FUNCTION, its group id) should contribute; achievement is counted from published entries.
CREATE TABLE ro_knowledge_target (
  region_code          VARCHAR(16)   NOT NULL,
  target_year          INT           NOT NULL,
  owner_type           VARCHAR(8)    NOT NULL,
  owner_code           VARCHAR(64)   NOT NULL,
  target               INT           NOT NULL,
  set_by               VARCHAR(64)   NOT NULL,
  set_at               DATETIME(0)   NOT NULL,
  PRIMARY KEY (region_code, target_year, owner_type, owner_code),
  CONSTRAINT fk_knowledge_target_region FOREIGN KEY (region_code) REFERENCES ro_region (code)
) ${table_options};
