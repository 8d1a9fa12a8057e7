-- A certificate expected by the plan (registered PLANNED by 报建策划会) points at the plan node
-- that obtains it: its target date is that node's planned finish, and obtaining it completes the node.
ALTER TABLE ro_certificate ADD COLUMN plan_node_id BIGINT;
ALTER TABLE ro_certificate ADD CONSTRAINT fk_certificate_plan_node FOREIGN KEY (plan_node_id) REFERENCES ro_plan_node (id) ON DELETE SET NULL;
