-- 反馈及时率 (上传下达, issue 23) in the monthly snapshot, beside 填报及时率 in 计划管理行为: the project's written
-- answers to instructions due in the month and those given by their deadline (an approved extension's). ALL row
-- only; NULL on level rows and in months snapshotted before it; feedback_rate NULL when no answer was due.
ALTER TABLE ro_kpi_snapshot ADD COLUMN feedback_due INT;
ALTER TABLE ro_kpi_snapshot ADD COLUMN feedback_on_time INT;
ALTER TABLE ro_kpi_snapshot ADD COLUMN feedback_rate DECIMAL(5, 1);
