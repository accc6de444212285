-- Sessions remember the credential version of their account at login; a password change raises it, so sessions
-- begun before the change end on their next request.
ALTER TABLE account ADD COLUMN credential_version BIGINT DEFAULT 0 NOT NULL;
