-- Publishing with history. Every publish stores a revision: the article's content at that
-- moment as one Yjs update (`articleSnapshot` in src/lib/domain/kb.ts: a fresh doc holding
-- exactly `meta` and `body`, so a revision never depends on the draft room's log), and the
-- server copies it into the read-only room `kb-published.<id>`. Revisions are never edited;
-- restoring one copies it back into the draft as a normal change.
--
-- revision counts from 1 per article (max + 1, under a lock on the article's row). author_id is
-- `not null`: every revision is written by a signed-in user, and users are deactivated, never
-- deleted.
create table kb_revision (
	article_id text not null references kb_article (id) on delete cascade,
	revision int not null check (revision > 0),
	author_id text not null references app_user (id),
	created_at timestamptz not null default now(),
	message text,
	title text not null,
	snapshot bytea not null,
	primary key (article_id, revision)
);

-- Which revision kb-published.<id> holds, and since when: null until the first publish (and
-- for every row from before this migration: nothing was ever published then).
alter table kb_article
	add column published_revision int,
	add column published_at timestamptz;
