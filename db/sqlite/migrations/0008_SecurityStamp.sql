-- 0008_SecurityStamp: sign-out, a password change or reset, a new role or scope and disabling end the account's
-- sessions. The sign-in cookie carries the stamp it was issued with and every request compares it with this column
-- (read with the user by primary key, as the request already did); a new stamp refuses every older cookie.
-- Existing accounts get a random stamp each, so the cookies issued before this migration are refused once.

ALTER TABLE [User] ADD COLUMN SecurityStamp TEXT NOT NULL DEFAULT '';

UPDATE [User] SET SecurityStamp = lower(hex(randomblob(16)));
