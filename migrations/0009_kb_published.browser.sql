-- Published knowledge-base articles this device holds, projected from their `kb-published.<id>`
-- rooms (src/lib/domain/projections/kb-published.ts) in the same transaction as the room's log
-- rows; never written by hand. What a hero reads offline, and what local search will index.
create table kb_published (
	article_id text primary key,
	client_id text not null,
	title text not null,
	language text not null,
	category text,
	translation_of text,
	body text not null
);
create index kb_published_client on kb_published (client_id, title);
