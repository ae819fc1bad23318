-- Knowledge-base search looks articles up by client in the index itself: each article's search
-- vector also holds a tag for its client, a lexeme no text can produce (it contains a space,
-- which the parser never keeps in a lexeme). A caller who sees only some clients asks the index
-- for "the query and one of these clients' tags": the lookup returns only their articles, instead
-- of every client's, each fetched to be dropped.
--
-- The vector is also kept in the row (storage main): with the default, PostgreSQL moved it out
-- of line, to the TOAST table, whenever title, body and vector outgrew 2 kB together — nearly
-- always — so every article ranked cost a TOAST lookup (ranking 2,800 articles: 24 ms, 3.6 ms
-- in the row). The body, read only for the snippets of the results, goes out of line instead.
create function kb_search_tag(kind text, value text) returns text
	language sql immutable parallel safe
	return kind || ' ' || value;

-- The tag as a one-lexeme query (quoted: never parsed, never stemmed).
create function kb_search_tag_query(kind text, value text) returns tsquery
	language sql immutable parallel safe
	return ('''' || replace(replace(kb_search_tag(kind, value), '\', '\\'), '''', '''''') || '''')::tsquery;

create function kb_search_tags(client_id text) returns tsvector
	language sql immutable parallel safe
	return array_to_tsvector(array[kb_search_tag('client', client_id)]);

alter table kb_published drop column search;
alter table kb_published add column search tsvector generated always as (
	setweight(to_tsvector(kb_search_config(language), title), 'A')
	|| setweight(to_tsvector(kb_search_config(language), coalesce(category, '')), 'B')
	|| setweight(to_tsvector(kb_search_config(language), body), 'C')
	|| kb_search_tags(client_id)
) stored, alter column search set storage main;
create index kb_published_search on kb_published using gin (search) with (fastupdate = off);
