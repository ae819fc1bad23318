-- The server's copy of each article's published text, the same table the browser projects from
-- the `kb-published.<id>` rooms (0009): written by the publish itself, in the transaction that
-- marks the article published, so the API's search (`GET /api/kb/search`) runs the very query
-- the browser runs offline. Only published text: drafts are never searched.
create table kb_published (
	article_id text primary key references kb_article (id),
	client_id text not null references client (id),
	title text not null,
	language text not null,
	category text,
	translation_of text,
	body text not null,
	revision int not null
);
create index kb_published_client on kb_published (client_id, title);
