-- A 不操盘 project's plan adjustment follows the partner's rules (issue 25): the partner approves it and region-ops
-- files it on the partner's approval, kept here as evidence (文号 or 会议纪要 name). Null for our own adjustments.
ALTER TABLE ro_plan_adjustment ADD COLUMN partner_approval VARCHAR(200);
