-- 培训管理 (training). A region's annual plan (年度培训计划: topics, audiences, months) is approved by the
-- president in process training-plan; each session (培训) runs in process training: invitations to the audience,
-- registration until the start, 签到 by the organiser, then each attendee's feedback and, when the session has a
-- quiz, the quiz. A person's training record reads the attended sessions and the passed quizzes from here, and the
-- passed policy quizzes from ro_policy_quiz_attempt.

-- One plan per region and year. status: IN_APPROVAL, RETURNED (退回修改, review_comment says why), APPROVED (frozen:
-- its items no longer change, and sessions may then refer to them). review_rounds counts the president's decisions.
CREATE TABLE ro_training_plan (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  region_code          VARCHAR(16)   NOT NULL,
  plan_year            INT           NOT NULL,
  title                VARCHAR(200)  NOT NULL,
  status               VARCHAR(16)   NOT NULL,
  process_instance_id  VARCHAR(64),
  submitted_by         VARCHAR(64)   NOT NULL,
  submitted_at         DATETIME(0)   NOT NULL,
  review_rounds        INT           NOT NULL DEFAULT 0,
  reviewed_by          VARCHAR(64),
  reviewed_at          DATETIME(0),
  review_comment       VARCHAR(1000),
  approved_by          VARCHAR(64),
  approved_at          DATETIME(0),
  PRIMARY KEY (id),
  CONSTRAINT uk_training_plan_year UNIQUE (region_code, plan_year),
  CONSTRAINT fk_training_plan_region FOREIGN KEY (region_code) REFERENCES ro_region (code)
) ${table_options};

-- A plan's topics in order: the month it is planned for, the Camunda groups it is for (comma-separated) and the
-- hours planned. A revision replaces a plan's items while it is not yet approved.
CREATE TABLE ro_training_plan_item (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  plan_id              BIGINT        NOT NULL,
  item_no              INT           NOT NULL,
  topic                VARCHAR(100)  NOT NULL,
  plan_month           INT           NOT NULL,
  audience_groups      VARCHAR(1000) NOT NULL,
  planned_hours        DECIMAL(4, 1) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_training_plan_item UNIQUE (plan_id, item_no),
  CONSTRAINT fk_training_item_plan FOREIGN KEY (plan_id) REFERENCES ro_training_plan (id),
  CONSTRAINT ck_training_item_month CHECK (plan_month BETWEEN 1 AND 12)
) ${table_options};

-- A session: place and/or an online link, the audience groups, its organiser (the region-ops user who arranged it)
-- and an optional quiz (JSON with the answers, never shown to those who answer; pass_mark right answers needed).
-- status: REGISTRATION (报名中, until starts_at), CHECK_IN (待签到), FEEDBACK (反馈中), CLOSED.
CREATE TABLE ro_training_session (
  id                      BIGINT        NOT NULL AUTO_INCREMENT,
  region_code             VARCHAR(16)   NOT NULL,
  plan_item_id            BIGINT,
  topic                   VARCHAR(200)  NOT NULL,
  trainer                 VARCHAR(100)  NOT NULL,
  starts_at               DATETIME(0)   NOT NULL,
  hours                   DECIMAL(4, 1) NOT NULL,
  place                   VARCHAR(200),
  link                    VARCHAR(500),
  audience_groups         VARCHAR(1000) NOT NULL,
  description             VARCHAR(2000),
  quiz                    TEXT,
  pass_mark               INT,
  question_count          INT,
  organiser               VARCHAR(64)   NOT NULL,
  status                  VARCHAR(16)   NOT NULL,
  process_instance_id     VARCHAR(64),
  created_at              DATETIME(0)   NOT NULL,
  attendance_recorded_by  VARCHAR(64),
  attendance_recorded_at  DATETIME(0),
  closed_at               DATETIME(0),
  PRIMARY KEY (id),
  CONSTRAINT fk_training_session_region FOREIGN KEY (region_code) REFERENCES ro_region (code),
  CONSTRAINT fk_training_session_item FOREIGN KEY (plan_item_id) REFERENCES ro_training_plan_item (id)
) ${table_options};
CREATE INDEX ix_training_session_region ON ro_training_session (region_code, starts_at);

-- One row per person invited: the audience group they were invited as and their project when they are a project
-- office's member. registration: PENDING, REGISTERED, DECLINED, NO_RESPONSE (unanswered at the start). attended is
-- the organiser's 签到. feedback_status: PENDING once they attended, GIVEN, EXPIRED (unanswered in time).
CREATE TABLE ro_training_participant (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  session_id           BIGINT        NOT NULL,
  user_id              VARCHAR(64)   NOT NULL,
  group_id             VARCHAR(64)   NOT NULL,
  project_code         VARCHAR(16),
  invited_at           DATETIME(0)   NOT NULL,
  registration         VARCHAR(16)   NOT NULL,
  answered_at          DATETIME(0),
  decline_reason       VARCHAR(500),
  attended             BOOLEAN       NOT NULL DEFAULT FALSE,
  checked_in_by        VARCHAR(64),
  checked_in_at        DATETIME(0),
  feedback_status      VARCHAR(16),
  feedback_score       INT,
  feedback_comment     VARCHAR(1000),
  feedback_at          DATETIME(0),
  quiz_attempts        INT           NOT NULL DEFAULT 0,
  quiz_score           INT,
  quiz_passed          BOOLEAN       NOT NULL DEFAULT FALSE,
  quiz_passed_at       DATETIME(0),
  PRIMARY KEY (id),
  CONSTRAINT uk_training_participant UNIQUE (session_id, user_id),
  CONSTRAINT fk_participant_session FOREIGN KEY (session_id) REFERENCES ro_training_session (id),
  CONSTRAINT fk_participant_project FOREIGN KEY (project_code) REFERENCES ro_project (code),
  CONSTRAINT ck_participant_score CHECK (feedback_score IS NULL OR feedback_score BETWEEN 1 AND 5)
) ${table_options};
CREATE INDEX ix_training_participant_user ON ro_training_participant (user_id, attended);

-- Every quiz attempt with its score, as for policies: a passed one is a training record.
CREATE TABLE ro_training_quiz_attempt (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  session_id           BIGINT        NOT NULL,
  user_id              VARCHAR(64)   NOT NULL,
  attempt_no           INT           NOT NULL,
  score                INT           NOT NULL,
  question_count       INT           NOT NULL,
  passed               BOOLEAN       NOT NULL,
  answers              VARCHAR(64)   NOT NULL,
  answered_at          DATETIME(0)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_training_quiz_attempt UNIQUE (session_id, user_id, attempt_no),
  CONSTRAINT fk_training_attempt_session FOREIGN KEY (session_id) REFERENCES ro_training_session (id)
) ${table_options};
