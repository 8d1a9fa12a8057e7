-- Notification outbox: one row per notification and channel (MAIL, WEBHOOK), written in the transaction that
-- records the notification, so that what was recorded is delivered at least once even when a channel is down or
-- the node dies right after the commit. Notifications recorded before this migration have no rows: they were sent
-- at most once and stay as they are.
-- claimed_until is a lease: a node sends a row only after setting it where it was empty or run out, so two nodes
-- never send the same row at once; a node that dies mid-send leaves a lease that runs out and another node retries.
-- Times are China time from the application's clock (not the database's), whole seconds.
CREATE TABLE ro_notification_delivery (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  notification_id  BIGINT        NOT NULL,
  channel          VARCHAR(16)   NOT NULL,
  status           VARCHAR(16)   NOT NULL,
  attempts         INT           NOT NULL DEFAULT 0,
  next_attempt_at  DATETIME(0)   NOT NULL,
  claimed_until    DATETIME(0),
  last_error       VARCHAR(500),
  created_at       DATETIME(0)   NOT NULL,
  delivered_at     DATETIME(0),
  PRIMARY KEY (id),
  CONSTRAINT uk_notification_delivery UNIQUE (notification_id, channel),
  CONSTRAINT fk_delivery_notification FOREIGN KEY (notification_id) REFERENCES ro_notification (id),
  CONSTRAINT ck_delivery_status CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED'))
) ${table_options};
-- The poller's question: PENDING rows due by now.
CREATE INDEX ix_notification_delivery_due ON ro_notification_delivery (status, next_attempt_at);
