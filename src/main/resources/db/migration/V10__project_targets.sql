-- 项目运营目标, fixed when 项目启动会 passes: key dates and money targets (万元, two decimals).
ALTER TABLE ro_project ADD COLUMN target_construction_start DATE;
ALTER TABLE ro_project ADD COLUMN target_first_opening DATE;
ALTER TABLE ro_project ADD COLUMN target_handover DATE;
ALTER TABLE ro_project ADD COLUMN target_sales DECIMAL(16, 2);
ALTER TABLE ro_project ADD COLUMN target_net_profit DECIMAL(16, 2);
ALTER TABLE ro_project ADD COLUMN targets_fixed_at DATETIME(0);
