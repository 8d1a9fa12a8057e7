-- What the review-meeting and decision-followup processes record beyond V1.
ALTER TABLE ro_meeting ADD COLUMN attending_functions VARCHAR(500);
ALTER TABLE ro_meeting ADD COLUMN minutes_approved_by VARCHAR(64);
ALTER TABLE ro_meeting_decision ADD COLUMN completed_on DATE;
ALTER TABLE ro_meeting_decision ADD COLUMN review_comment VARCHAR(1000);
ALTER TABLE ro_gate_review ADD COLUMN planned_meeting_date DATE;
CREATE INDEX ix_gate_review_project ON ro_gate_review (project_code, gate_code, status);
