-- 资料与归档 (issue 19): every file the department exchanges, kept per project (or per region for
-- its reports), with versions, stored once per content and scope, and every upload and download recorded.

-- The bytes, once per scope (a project, or a region for region-wide reports) and SHA-256.
-- store DATABASE keeps them in ro_document_chunk; S3 keeps them under storage_key in the bucket.
CREATE TABLE ro_document_content (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  scope         VARCHAR(24)  NOT NULL,
  sha256        CHAR(64)     NOT NULL,
  size_bytes    BIGINT       NOT NULL,
  store         VARCHAR(16)  NOT NULL,
  storage_key   VARCHAR(200),
  created_at    DATETIME(0)  NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  CONSTRAINT uk_document_content UNIQUE (scope, sha256)
) ${table_options};

-- Content in the database travels in 1 MiB chunks: one row never has to fit in memory or in
-- MySQL's max_allowed_packet (16 MiB by default), and a Range request reads only its chunks.
CREATE TABLE ro_document_chunk (
  content_id    BIGINT       NOT NULL,
  seq           INT          NOT NULL,
  data          MEDIUMBLOB   NOT NULL,
  PRIMARY KEY (content_id, seq),
  CONSTRAINT fk_document_chunk_content FOREIGN KEY (content_id) REFERENCES ro_document_content (id)
) ${table_options};

-- One row per version of a file. chain_id is the first version's id; latest marks the current one.
CREATE TABLE ro_document (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  region_code   VARCHAR(16)   NOT NULL,
  project_code  VARCHAR(16),
  kind          VARCHAR(24)   NOT NULL,
  owner_type    VARCHAR(24)   NOT NULL,
  owner_id      VARCHAR(64)   NOT NULL,
  slot          VARCHAR(100)  NOT NULL DEFAULT '',
  file_name     VARCHAR(255)  NOT NULL,
  media_type    VARCHAR(127)  NOT NULL,
  size_bytes    BIGINT        NOT NULL,
  sha256        CHAR(64)      NOT NULL,
  content_id    BIGINT        NOT NULL,
  chain_id      BIGINT,
  version_no    INT           NOT NULL,
  latest        BOOLEAN       NOT NULL,
  task_id       VARCHAR(64),
  uploaded_by   VARCHAR(64)   NOT NULL,
  uploaded_at   DATETIME(0)   NOT NULL,
  deleted_by    VARCHAR(64),
  deleted_at    DATETIME(0),
  PRIMARY KEY (id),
  CONSTRAINT fk_document_content FOREIGN KEY (content_id) REFERENCES ro_document_content (id),
  CONSTRAINT fk_document_project FOREIGN KEY (project_code) REFERENCES ro_project (code),
  CONSTRAINT fk_document_region FOREIGN KEY (region_code) REFERENCES ro_region (code)
) ${table_options};
CREATE INDEX ix_document_owner ON ro_document (owner_type, owner_id, slot);
CREATE INDEX ix_document_project ON ro_document (project_code, kind);
CREATE INDEX ix_document_chain ON ro_document (chain_id, version_no);
CREATE INDEX ix_document_task ON ro_document (task_id);

-- Who uploaded, downloaded or deleted which document, when (readable by camunda-admin).
CREATE TABLE ro_document_access (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  document_id   BIGINT       NOT NULL,
  user_id       VARCHAR(64)  NOT NULL,
  action        VARCHAR(16)  NOT NULL,
  byte_range    VARCHAR(64),
  at            DATETIME(0)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_document_access_document FOREIGN KEY (document_id) REFERENCES ro_document (id)
) ${table_options};
CREATE INDEX ix_document_access_document ON ro_document_access (document_id, at);
CREATE INDEX ix_document_access_user ON ro_document_access (user_id, at);
