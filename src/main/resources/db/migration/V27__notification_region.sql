-- A notification to a group (region-ops, region-president, a function) of one region's matter names that region:
-- e-mail then reaches the group's members in that region only, not every region's (issue 23 review).
ALTER TABLE ro_notification ADD COLUMN region_code VARCHAR(16);
