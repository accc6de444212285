-- Citizen accounts (identity): the citizen side of an account, and one-time tokens for e-mail verification and
-- password reset (only their SHA-256 is stored).
CREATE TABLE citizen_profile (
  account_id            BIGINT        NOT NULL PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
  email_key             VARCHAR(254)  NOT NULL,
  neighbourhood_code    VARCHAR(40),
  language              VARCHAR(2)    NOT NULL,
  kvkk_notice_version   VARCHAR(20)   NOT NULL,
  kvkk_acknowledged_at  TIMESTAMP     NOT NULL,
  verified_at           TIMESTAMP
);
CREATE UNIQUE INDEX citizen_profile_email_uq ON citizen_profile (email_key);

CREATE SEQUENCE account_token_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE account_token (
  id          BIGINT        NOT NULL PRIMARY KEY,
  account_id  BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  purpose     VARCHAR(16)   NOT NULL,
  token_hash  VARCHAR(64)   NOT NULL,
  created_at  TIMESTAMP     NOT NULL,
  expires_at  TIMESTAMP     NOT NULL,
  used_at     TIMESTAMP
);
CREATE UNIQUE INDEX account_token_hash_uq ON account_token (token_hash);
CREATE INDEX account_token_account_idx ON account_token (account_id);

-- Participation proposals. author_id is NULL once the author deleted the account ("deleted account").
CREATE SEQUENCE proposal_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE proposal (
  id                     BIGINT         NOT NULL PRIMARY KEY,
  title                  VARCHAR(150)   NOT NULL,
  body                   VARCHAR(6000)  NOT NULL,
  department_code        VARCHAR(40),
  neighbourhood_code     VARCHAR(40),
  state                  VARCHAR(20)    NOT NULL,
  visibility             VARCHAR(10)    NOT NULL,
  moderation_note        VARCHAR(500),
  held_reason            VARCHAR(40),
  open_flags             INTEGER        NOT NULL,
  last_flagged_at        TIMESTAMP,
  author_id              BIGINT,
  author_name            VARCHAR(80),
  created_at             TIMESTAMP      NOT NULL,
  support_count          INTEGER        NOT NULL,
  threshold_reached_at   TIMESTAMP,
  answer_due_date        DATE,
  answered_at            TIMESTAMP,
  completed_at           TIMESTAMP,
  state_reason           VARCHAR(4000),
  opt_lock               BIGINT         NOT NULL
);
CREATE INDEX proposal_department_idx ON proposal (department_code, state);
CREATE INDEX proposal_author_idx ON proposal (author_id, created_at);
CREATE INDEX proposal_moderation_idx ON proposal (open_flags, visibility);
CREATE INDEX proposal_due_idx ON proposal (answer_due_date);

CREATE SEQUENCE proposal_support_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE proposal_support (
  id           BIGINT     NOT NULL PRIMARY KEY,
  proposal_id  BIGINT     NOT NULL REFERENCES proposal (id),
  account_id   BIGINT,
  created_at   TIMESTAMP  NOT NULL
);
-- One support per account per proposal (rows of deleted accounts keep counting with a NULL account).
CREATE UNIQUE INDEX proposal_support_uq ON proposal_support (proposal_id, account_id);
CREATE INDEX proposal_support_account_idx ON proposal_support (account_id);
CREATE INDEX proposal_support_recent_idx ON proposal_support (proposal_id, created_at);
CREATE INDEX proposal_support_time_idx ON proposal_support (created_at);

CREATE SEQUENCE proposal_comment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE proposal_comment (
  id               BIGINT         NOT NULL PRIMARY KEY,
  proposal_id      BIGINT         NOT NULL REFERENCES proposal (id),
  parent_id        BIGINT         REFERENCES proposal_comment (id),
  author_id        BIGINT,
  author_name      VARCHAR(80),
  body             VARCHAR(2000)  NOT NULL,
  created_at       TIMESTAMP      NOT NULL,
  edited_at        TIMESTAMP,
  deleted          BOOLEAN        NOT NULL,
  visibility       VARCHAR(10)    NOT NULL,
  moderation_note  VARCHAR(500),
  held_reason      VARCHAR(40),
  open_flags       INTEGER        NOT NULL,
  last_flagged_at  TIMESTAMP,
  opt_lock         BIGINT         NOT NULL
);
CREATE INDEX proposal_comment_proposal_idx ON proposal_comment (proposal_id, created_at);
CREATE INDEX proposal_comment_author_idx ON proposal_comment (author_id, created_at);
CREATE INDEX proposal_comment_moderation_idx ON proposal_comment (open_flags, visibility);

-- The public history of a proposal: state changes, official answers, moderation notes.
CREATE SEQUENCE proposal_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE proposal_event (
  id           BIGINT         NOT NULL PRIMARY KEY,
  proposal_id  BIGINT         NOT NULL REFERENCES proposal (id),
  occurred_at  TIMESTAMP      NOT NULL,
  event_type   VARCHAR(20)    NOT NULL,
  state        VARCHAR(20),
  note         VARCHAR(4000)
);
CREATE INDEX proposal_event_proposal_idx ON proposal_event (proposal_id, occurred_at);

-- The accountability timeline of an accepted proposal.
CREATE SEQUENCE proposal_milestone_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE proposal_milestone (
  id           BIGINT         NOT NULL PRIMARY KEY,
  proposal_id  BIGINT         NOT NULL REFERENCES proposal (id),
  milestone_on DATE           NOT NULL,
  description  VARCHAR(2000)  NOT NULL,
  progress     SMALLINT       NOT NULL,
  created_at   TIMESTAMP      NOT NULL
);
CREATE INDEX proposal_milestone_proposal_idx ON proposal_milestone (proposal_id, milestone_on);

CREATE TABLE proposal_follow (
  proposal_id  BIGINT     NOT NULL REFERENCES proposal (id),
  account_id   BIGINT     NOT NULL,
  created_at   TIMESTAMP  NOT NULL,
  PRIMARY KEY (proposal_id, account_id)
);
CREATE INDEX proposal_follow_account_idx ON proposal_follow (account_id);

-- Flags on proposals and comments (target_type PROPOSAL or COMMENT), one per account and target.
CREATE SEQUENCE proposal_flag_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE proposal_flag (
  id           BIGINT        NOT NULL PRIMARY KEY,
  target_type  VARCHAR(10)   NOT NULL,
  target_id    BIGINT        NOT NULL,
  account_id   BIGINT,
  reason       VARCHAR(500)  NOT NULL,
  created_at   TIMESTAMP     NOT NULL
);
CREATE UNIQUE INDEX proposal_flag_uq ON proposal_flag (target_type, target_id, account_id);
CREATE INDEX proposal_flag_account_idx ON proposal_flag (account_id);

-- The editable list of abusive words (Turkish and English); matching text is held for moderation.
CREATE TABLE moderation_word (
  word      VARCHAR(60)  NOT NULL PRIMARY KEY,
  language  VARCHAR(2)   NOT NULL
);
INSERT INTO moderation_word (word, language) VALUES ('aptal', 'tr');
INSERT INTO moderation_word (word, language) VALUES ('salak', 'tr');
INSERT INTO moderation_word (word, language) VALUES ('gerizekali', 'tr');
INSERT INTO moderation_word (word, language) VALUES ('serefsiz', 'tr');
INSERT INTO moderation_word (word, language) VALUES ('haysiyetsiz', 'tr');
INSERT INTO moderation_word (word, language) VALUES ('alcak', 'tr');
INSERT INTO moderation_word (word, language) VALUES ('ahmak', 'tr');
INSERT INTO moderation_word (word, language) VALUES ('dangalak', 'tr');
INSERT INTO moderation_word (word, language) VALUES ('idiot', 'en');
INSERT INTO moderation_word (word, language) VALUES ('stupid', 'en');
INSERT INTO moderation_word (word, language) VALUES ('moron', 'en');
INSERT INTO moderation_word (word, language) VALUES ('scum', 'en');
