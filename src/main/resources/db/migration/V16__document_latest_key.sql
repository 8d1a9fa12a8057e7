-- One current version per owner, slot and file name, enforced by the database: two first uploads of
-- the same name at the same moment found no row to lock (READ COMMITTED takes no gap locks) and could
-- both become current. latest_key is the SHA-256 of owner type, owner id, slot and name while the row
-- is current and NULL otherwise (NULLs do not collide in a unique index, on MariaDB and H2 alike).
ALTER TABLE ro_document ADD COLUMN latest_key CHAR(64);
CREATE UNIQUE INDEX uk_document_latest ON ro_document (latest_key);
