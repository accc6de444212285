-- Citizen feedback and requests, their public and internal timeline.
CREATE SEQUENCE feedback_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE feedback (
  id                     BIGINT         NOT NULL PRIMARY KEY,
  tracking_code          VARCHAR(20)    NOT NULL,
  kind                   VARCHAR(16)    NOT NULL,
  status                 VARCHAR(16)    NOT NULL,
  channel                VARCHAR(16)    NOT NULL,
  service_code           VARCHAR(40)    NOT NULL,
  department_code        VARCHAR(40)    NOT NULL,
  neighbourhood_code     VARCHAR(40),
  rating                 SMALLINT,
  comment_text           VARCHAR(4000),
  language               VARCHAR(2)     NOT NULL,
  contact_ciphertext     VARCHAR(4000),
  notify_email           BOOLEAN        NOT NULL,
  kvkk_notice_version    VARCHAR(20),
  kvkk_acknowledged_at   TIMESTAMP,
  created_at             TIMESTAMP      NOT NULL,
  due_date               DATE           NOT NULL,
  first_response_at      TIMESTAMP,
  resolved_at            TIMESTAMP,
  closed_at              TIMESTAMP,
  reopen_count           INTEGER        NOT NULL,
  public_response        VARCHAR(4000),
  assignee               VARCHAR(64),
  resolution_rating      SMALLINT,
  resolution_rated_at    TIMESTAMP,
  contact_erased_at      TIMESTAMP,
  idempotency_key        VARCHAR(128),
  opt_lock               BIGINT         NOT NULL
);
CREATE UNIQUE INDEX feedback_tracking_uq ON feedback (tracking_code);
CREATE UNIQUE INDEX feedback_idempotency_uq ON feedback (idempotency_key);
-- The inbox: one department, optionally one status, ordered by due date (keyset on due_date, id).
CREATE INDEX feedback_inbox_status_idx ON feedback (department_code, status, due_date, id);
CREATE INDEX feedback_inbox_due_idx ON feedback (department_code, due_date, id);
-- Retention: contact data erased a period after closure.
CREATE INDEX feedback_retention_idx ON feedback (closed_at);

CREATE SEQUENCE feedback_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE feedback_event (
  id               BIGINT         NOT NULL PRIMARY KEY,
  feedback_id      BIGINT         NOT NULL REFERENCES feedback (id),
  occurred_at      TIMESTAMP      NOT NULL,
  event_type       VARCHAR(24)    NOT NULL,
  status           VARCHAR(16),
  note             VARCHAR(4000),
  internal         BOOLEAN        NOT NULL,
  actor            VARCHAR(64),
  from_department  VARCHAR(40),
  to_department    VARCHAR(40)
);
CREATE INDEX feedback_event_feedback_idx ON feedback_event (feedback_id, occurred_at);
