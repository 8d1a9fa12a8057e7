-- A decision follow-up finds its decision by its own process instance (MeetingService.decisionOf),
-- not by a variable its candidates could rewrite; that lookup runs at each report and review.
CREATE INDEX ix_decision_process ON ro_meeting_decision (process_instance_id);
