-- An annual-review instance finds its chase by its own process instance (CertificateChaseService.chaseOf),
-- not by a variable its candidates could rewrite; that lookup runs at each daily notice and at the end.
CREATE INDEX ix_certificate_review_process ON ro_certificate_review (process_instance_id);
