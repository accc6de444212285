-- Issue 16, finding 8: the fingerprint of the request an Idempotency-Key came with, so that the same key sent with
-- another body is refused (422) instead of silently answered with the first submission. Rows stored before keep
-- NULL and replay as before.
ALTER TABLE feedback ADD COLUMN idempotency_fingerprint VARCHAR(64);
