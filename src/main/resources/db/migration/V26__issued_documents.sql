-- 下发文件 (issue 23): what group-ops issues belongs to no region, so a document's region may be empty. Such a
-- document's reader is decided by its owner (an instruction: whoever sees one of its copies), not by the region.
ALTER TABLE ro_document MODIFY region_code VARCHAR(16) NULL;
