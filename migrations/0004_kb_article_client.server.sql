-- Which client a knowledge-base article belongs to: the sync server authorises `kb.<id>` and
-- `kb-published.<id>` rooms by the article's client. Minimal on purpose; the knowledge-base
-- issue adds the article's columns.
create table kb_article (
	id text primary key,
	client_id text not null references client (id) on delete cascade,
	created_at timestamptz not null default now()
);
create index kb_article_client on kb_article (client_id);
