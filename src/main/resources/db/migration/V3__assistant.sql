-- The assistant's question log: questions with personal data masked, the reply, its confidence and the
-- resident's rating. No IP address, no account, nothing that identifies who asked.
CREATE SEQUENCE assistant_question_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE assistant_question (
  id               BIGINT         NOT NULL PRIMARY KEY,
  conversation_id  VARCHAR(40)    NOT NULL,
  asked_at         TIMESTAMP      NOT NULL,
  language         VARCHAR(2)     NOT NULL,
  question         VARCHAR(1000)  NOT NULL,
  topic_key        VARCHAR(200)   NOT NULL,
  answered         BOOLEAN        NOT NULL,
  answer_text      VARCHAR(400),
  confidence       DOUBLE PRECISION NOT NULL,
  document_id      VARCHAR(200),
  live_type        VARCHAR(16),
  helpful          BOOLEAN,
  rating_comment   VARCHAR(1000),
  rated_at         TIMESTAMP
);
CREATE INDEX assistant_question_asked ON assistant_question (asked_at);
CREATE INDEX assistant_question_unanswered ON assistant_question (answered, topic_key);
CREATE INDEX assistant_question_helpful ON assistant_question (helpful, topic_key);
