-- Verification: an article has an owner who re-checks it every `verify_interval_days`. It
-- "needs verification" when never verified, when the interval has passed, or when something
-- (a QA finding citing it) asked for it again; verifying records who and when.
alter table kb_article
	add column owner_id text references app_user (id),
	add column verify_interval_days int not null default 90 check (verify_interval_days between 1 and 730),
	add column verified_at timestamptz,
	add column verified_by text references app_user (id),
	add column reverify_reason text;
update kb_article set owner_id = created_by where owner_id is null;
