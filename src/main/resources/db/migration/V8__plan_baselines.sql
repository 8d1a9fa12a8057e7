-- A baselined node's planned dates move only through plan-adjustment (issue 7: 项目启动会 baselines
-- the milestone and L1 nodes, 工程策划会 the construction and supply nodes).
ALTER TABLE ro_plan_node ADD COLUMN baselined_at DATETIME(0);
