-- The knowledge-base article's own columns (0004 created only id and client). The row is the
-- server's index of articles — lists, authorisation, the translation link; the text itself
-- lives in the `kb.<id>` room.
--
-- title and language are truly `not null`: data directories from before this migration may
-- already hold rows (made by hand or by tests; the product never created articles), so the two
-- columns are added with a default that fills those rows, the language is then set to the
-- client's first language (a better guess than a fixed one), and the defaults are dropped so
-- every new row must name both. Nullable columns with a check would have carried the "old row"
-- case into every query and type for good.
alter table kb_article
	add column title text not null default 'Untitled article',
	add column language text not null default 'en',
	add column category text,
	add column translation_of text references kb_article (id),
	add column status text not null default 'draft' check (status in ('draft', 'published')),
	-- Nullable: rows from before this migration have no known author.
	add column created_by text references app_user (id),
	add column updated_at timestamptz not null default now();

update kb_article k set language = c.languages[1] from client c where c.id = k.client_id;

alter table kb_article
	alter column title drop default,
	alter column language drop default;

-- Lists are per client and often per language; the old one-column index is this one's prefix.
create index kb_article_client_language on kb_article (client_id, language);
drop index kb_article_client;
