-- Knowledge-base search, the same on the server and in the browser (src/lib/domain/kb-search.ts).
--
-- Full text: each published article's title, category and body as a tsvector in its language's
-- text search configuration (stemming: "livraisons" finds "livraison"), title weighted above
-- category above body. Polish has no configuration in PostgreSQL: 'simple' (no stemming).
--
-- Typos: every word of every published article, unstemmed, with a trigram index; a query word
-- that no article contains is replaced by its nearest known words ("Rueckerstattung" →
-- "rückerstattung"). Words are only added: one that no article uses any more matches nothing.
create extension if not exists pg_trgm;

create function kb_search_config(language text) returns regconfig
	language sql immutable parallel safe
	return case language
		when 'en' then 'english'::regconfig
		when 'fr' then 'french'::regconfig
		when 'de' then 'german'::regconfig
		when 'es' then 'spanish'::regconfig
		when 'it' then 'italian'::regconfig
		when 'nl' then 'dutch'::regconfig
		when 'pt' then 'portuguese'::regconfig
		when 'sv' then 'swedish'::regconfig
		else 'simple'::regconfig
	end;

alter table kb_published add column search tsvector generated always as (
	setweight(to_tsvector(kb_search_config(language), title), 'A')
	|| setweight(to_tsvector(kb_search_config(language), coalesce(category, '')), 'B')
	|| setweight(to_tsvector(kb_search_config(language), body), 'C')
) stored;
create index kb_published_search on kb_published using gin (search);

create table kb_search_word (word text primary key);
create index kb_search_word_trigram on kb_search_word using gin (word gin_trgm_ops);

-- Words of letters and digits only ("e-mail" is also split into "e" and "mail").
create function kb_search_words_add() returns trigger language plpgsql as $$
begin
	insert into kb_search_word (word)
	select word from unnest(tsvector_to_array(to_tsvector('simple', new.title || ' ' || coalesce(new.category, '') || ' ' || new.body))) as word
	 where word !~ '[[:punct:][:space:]]' and length(word) between 2 and 64
	on conflict do nothing;
	return new;
end
$$;
create trigger kb_published_words after insert or update of title, category, body on kb_published
	for each row execute function kb_search_words_add();

insert into kb_search_word (word)
select word from kb_published, unnest(tsvector_to_array(to_tsvector('simple', title || ' ' || coalesce(category, '') || ' ' || body))) as word
 where word !~ '[[:punct:][:space:]]' and length(word) between 2 and 64
on conflict do nothing;
