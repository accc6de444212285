-- Sequences start at their increment: EclipseLink reads NEXT VALUE as the end of a block of 50 ids.
-- Catalog: the municipality's structure, loaded from the versioned catalog file at start.
CREATE TABLE department (
  code            VARCHAR(40)   NOT NULL PRIMARY KEY,
  name_tr         VARCHAR(200)  NOT NULL,
  name_en         VARCHAR(200)  NOT NULL,
  description_tr  VARCHAR(2000),
  description_en  VARCHAR(2000),
  sort_order      INTEGER       NOT NULL,
  active          BOOLEAN       NOT NULL
);

CREATE TABLE public_service (
  code             VARCHAR(40)   NOT NULL PRIMARY KEY,
  department_code  VARCHAR(40)   NOT NULL REFERENCES department (code),
  name_tr          VARCHAR(200)  NOT NULL,
  name_en          VARCHAR(200)  NOT NULL,
  description_tr   VARCHAR(2000),
  description_en   VARCHAR(2000),
  keywords_tr      VARCHAR(1000),
  keywords_en      VARCHAR(1000),
  response_days    INTEGER       NOT NULL,
  working_days     BOOLEAN       NOT NULL,
  sort_order       INTEGER       NOT NULL,
  active           BOOLEAN       NOT NULL
);
CREATE INDEX public_service_department_idx ON public_service (department_code);

CREATE TABLE neighbourhood (
  code        VARCHAR(40)   NOT NULL PRIMARY KEY,
  name        VARCHAR(100)  NOT NULL,
  sort_order  INTEGER       NOT NULL,
  active      BOOLEAN       NOT NULL
);

CREATE TABLE public_holiday (
  holiday_date  DATE          NOT NULL PRIMARY KEY,
  name_tr       VARCHAR(200)  NOT NULL,
  name_en       VARCHAR(200)  NOT NULL,
  half_day      BOOLEAN       NOT NULL
);

CREATE TABLE catalog_state (
  id            INTEGER       NOT NULL PRIMARY KEY,
  version       VARCHAR(40)   NOT NULL,
  content_hash  VARCHAR(64)   NOT NULL,
  loaded_at     TIMESTAMP     NOT NULL
);

-- Identity: staff accounts, their roles and departments, and the audit log.
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE account (
  id             BIGINT        NOT NULL PRIMARY KEY,
  username       VARCHAR(64)   NOT NULL,
  password_hash  VARCHAR(512)  NOT NULL,
  display_name   VARCHAR(200)  NOT NULL,
  email          VARCHAR(254),
  active         BOOLEAN       NOT NULL,
  created_at     TIMESTAMP     NOT NULL,
  opt_lock       BIGINT        NOT NULL
);
CREATE UNIQUE INDEX account_username_uq ON account (username);

CREATE TABLE account_role (
  account_id  BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  role_name   VARCHAR(32)  NOT NULL,
  PRIMARY KEY (account_id, role_name)
);

CREATE TABLE account_department (
  account_id       BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  department_code  VARCHAR(40)  NOT NULL,
  PRIMARY KEY (account_id, department_code)
);

CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_event (
  id           BIGINT         NOT NULL PRIMARY KEY,
  occurred_at  TIMESTAMP      NOT NULL,
  actor        VARCHAR(64)    NOT NULL,
  action       VARCHAR(64)    NOT NULL,
  target_type  VARCHAR(64),
  target_id    VARCHAR(128),
  detail       VARCHAR(2000)
);
CREATE INDEX audit_event_target_idx ON audit_event (target_type, target_id);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);
