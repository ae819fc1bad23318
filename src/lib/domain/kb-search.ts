import { z } from 'zod';
import { LANGUAGES, type Language } from './access';

/**
 * Knowledge-base search and suggestions: one SQL query each, run unchanged by the server (its
 * `kb_published`, for `GET /api/kb/search`) and by the browser (the published articles the device
 * keeps, offline). The schema they rely on is migrations/0014_kb_search.sql: a weighted tsvector
 * per article in its language's configuration, and a trigram-indexed list of known words; and
 * 0017: the vector also holds its client's tag, and stays in the row.
 *
 * - Every word of the query must match (stemmed: "livraisons" finds "livraison"); articles that
 *   match only some words come after those that match all.
 * - A word no article contains also matches its nearest known words ("Rueckerstattung" finds
 *   "Rückerstattung"): pg_trgm similarity, the three nearest above pg_trgm's threshold (0.3).
 * - The last word matches as a prefix while it is being typed ("livr" finds "livraison") once it
 *   has four letters, and so do the five shortest known words it begins once it has three.
 * - Ranked by `ts_rank_cd` (title above category above body), then title, in two steps: the
 *   cheaper `ts_rank` (frequency without proximity) keeps the best RANK_CANDIDATES of the
 *   articles that match, and `ts_rank_cd` orders those (the benchmark measures how often the
 *   first twenty agree with ranking every match by `ts_rank_cd`).
 * - Snippets are `ts_headline` fragments of the body with the matches between `HIT_START` and
 *   `HIT_END`: callers split them (`snippetParts`) or escape them (`snippetHtml`), never inject.
 */

/** Private-use characters around each match in a raw snippet: they cannot occur in articles' text. */
export const HIT_START = '\uE000';
export const HIT_END = '\uE001';

export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 64;
/** Shorter last words are not expanded as prefixes ("a" would match everything). */
const MIN_PREFIX_LENGTH = 3;
/**
 * Shorter last words are not matched as stemmed prefixes, only completed into known words: three
 * letters ("con") begin the stems of half the articles of a multilingual knowledge base.
 */
const MIN_STEM_PREFIX_LENGTH = 4;

export const searchQuery = z.object({
	q: z.string().trim().min(1, 'q is required').max(MAX_QUERY_LENGTH, `q must have at most ${MAX_QUERY_LENGTH} characters`),
	clientId: z
		.string()
		.trim()
		.transform((value) => value || undefined)
		.optional(),
	language: z
		.enum(LANGUAGES, 'Unknown language')
		.optional()
		.or(z.literal('').transform(() => undefined)),
	limit: z.coerce.number().int().min(1).max(50).default(20)
});
export type SearchQuery = z.infer<typeof searchQuery>;

/** One search result: the article and where it matched. */
export interface KbSearchHit {
	id: string;
	clientId: string;
	title: string;
	/** The title with its matches marked like the snippet's. */
	markedTitle: string;
	language: Language;
	category: string | null;
	/** Raw: matches between HIT_START and HIT_END. */
	snippet: string;
	/** Whether every query word matched (otherwise only some did). */
	complete: boolean;
	rank: number;
}

/** What the API answers per result (`GET /api/kb/search`): the snippet as HTML with `<mark>`. */
export interface KbSearchResult {
	id: string;
	clientId: string;
	title: string;
	language: Language;
	category: string | null;
	snippet: string;
}

/**
 * The query's words: Unicode letters and digits, lower-cased (NFC, so "é" typed either way is one
 * word), at most 12 of at most 64 characters. Empty when the query has no word.
 */
export function searchTerms(q: string): string[] {
	return q
		.normalize('NFC')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word.length > 0)
		.slice(0, MAX_TERMS)
		.map((word) => word.slice(0, MAX_TERM_LENGTH));
}

export interface QueryDb {
	query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

interface HitRow {
	article_id: string;
	client_id: string;
	title: string;
	marked_title: string;
	language: Language;
	category: string | null;
	snippet: string;
	complete: boolean;
	rank: number;
}

const toHit = (row: HitRow): KbSearchHit => ({
	id: row.article_id,
	clientId: row.client_id,
	title: row.title,
	markedTitle: row.marked_title,
	language: row.language,
	category: row.category,
	snippet: row.snippet,
	complete: row.complete,
	rank: row.rank
});

const HEADLINE_OPTIONS = `StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=24, MinWords=10, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_OPTIONS = `StartSel=${HIT_START}, StopSel=${HIT_END}, HighlightAll=true`;
/** The title with its matches marked; `ts_headline` only for titles that match. */
const markedTitle = (query: string) =>
	`case when to_tsvector(kb_search_config(language), title) @@ ${query}
	      then ts_headline(kb_search_config(language), title, ${query}, '${TITLE_OPTIONS}') else title end`;
/**
 * `ts_headline` parses and stems all the text it is given (about 0.4 ms per hit on a 2,700
 * character body): it is given a window of the body instead, starting shortly before the first
 * place where one of `words` (their first five letters, so "livraisons" finds "livraison") occurs,
 * or at the beginning when none does. `words` is a SQL expression of a text[] column.
 */
const SNIPPET_WINDOW = 400;
/** How many articles the cheap first ranking keeps for the exact one (see SEARCH_SQL). */
const RANK_CANDIDATES = 200;
const SNIPPET_LEAD = 120;
const snippet = (query: string, words: string) => `ts_headline(kb_search_config(language),
	substr(body_text.text, coalesce((
		select case when min(at) <= ${SNIPPET_LEAD} then 1
		            else min(at) - ${SNIPPET_LEAD} + strpos(substr(body_text.text, min(at) - ${SNIPPET_LEAD}, 40), ' ') end
		  from (select nullif(strpos(body_text.lowered, left(w, 5)), 0) as at from unnest(${words}) as w) found
	), 1), ${SNIPPET_WINDOW}),
	${query}, '${HEADLINE_OPTIONS}')`;
/**
 * The body as the snippet reads it, decompressed once per hit (each use of the stored column
 * decompresses it again). \`hit\` is the alias of the row with the \`body\` column.
 */
const bodyText = (hit: string) => `cross join lateral (select ${hit}.body || '' as text, lower(${hit}.body) as lowered offset 0) body_text`;

/**
 * $1 words (text[]), $2 whether the last word is a prefix, $3 client ids (text[], null = all),
 * $4 languages to search (text[]), $5 limit, $6 candidates of the first ranking.
 *
 * Words reach to_tsquery only as letters and digits (searchTerms; the word list keeps no other),
 * each quoted, so no query can be malformed.
 */
const SEARCH_SQL = `
with term as (
	-- Known: some article has the word, or (the last word, being typed) a word that starts with it.
	select t.word, t.ord,
	       exists (select 1 from kb_search_word k
	                where k.word = t.word
	                   or ($2 and t.ord = cardinality($1::text[]) and length(t.word) >= ${MIN_PREFIX_LENGTH} and k.word like t.word || '%')) as known
	  from unnest($1::text[]) with ordinality as t(word, ord)
),
alternative as (
	select ord, word, $2 and ord = cardinality($1::text[]) and length(word) >= ${MIN_STEM_PREFIX_LENGTH} as prefix from term
	union
	-- A typo: the nearest known words.
	select term.ord, near.word, false
	  from term cross join lateral (
		select w.word from kb_search_word w
		 where not term.known and w.word % term.word
		 order by similarity(w.word, term.word) desc, w.word
		 limit 3
	  ) near
	union
	-- The word being typed: the shortest known words it begins (stemming a partial word is
	-- unreliable: French stems "expéd" to "exped", which no article has).
	select term.ord, completion.word, false
	  from term cross join lateral (
		select w.word from kb_search_word w
		 where $2 and term.ord = cardinality($1::text[]) and length(term.word) >= ${MIN_PREFIX_LENGTH}
		   and w.word like term.word || '%' and w.word <> term.word
		 order by length(w.word), w.word
		 limit 5
	  ) completion
),
term_query as (
	select a.ord,
	       '(' || string_agg('''' || replace(replace(a.word, '\\', '\\\\'), '''', '''''') || '''' || case when a.prefix then ':*' else '' end, ' | ' order by a.word) || ')' as expr
	  from alternative a
	 group by a.ord
),
query_text as (
	select string_agg(expr, ' & ' order by ord) as all_terms, string_agg(expr, ' | ' order by ord) as any_term from term_query
),
-- Materialised: each language's query is stemmed once.
language_query as materialized (
	select l.language, to_tsquery(kb_search_config(l.language), q.all_terms) as all_terms,
	       to_tsquery(kb_search_config(l.language), q.any_term) as any_term
	  from unnest($4::text[]) as l(language), query_text q
),
-- One index lookup for every language searched: the languages' stemmed queries or-ed (most stem
-- a word alike) and, for a caller who sees only some clients, one of the clients' tags
-- (migrations/0017), so no other client's article is fetched. Each article found is then held
-- to its own language's query. A language whose stemming drops every word (stop words) is left out.
scope as materialized (
	select (select string_agg('(' || kb_search_tag_query('client', c)::text || ')', ' | ')::tsquery from unnest($3::text[]) as c) as clients
),
lookup as materialized (
	select case when s.clients is null then l.all_terms else l.all_terms && s.clients end as all_terms,
	       case when s.clients is null then l.any_term else l.any_term && s.clients end as any_term
	  from scope s, (
		select string_agg(distinct '(' || all_terms::text || ')', ' | ')::tsquery as all_terms,
		       string_agg(distinct '(' || any_term::text || ')', ' | ')::tsquery as any_term
		  from language_query where numnode(any_term) > 0
	  ) l
),
-- Ranked in two steps: \`ts_rank\` (word frequency, far cheaper) keeps the best $6 (RANK_CANDIDATES),
-- which \`ts_rank_cd\` (frequency and proximity) orders.
-- (Only narrow rows are ranked and sorted: carrying each article's body and vector through the
-- sort cost more than ranking it.)
complete_hit as materialized (
	select p.article_id, p.title, ts_rank(p.search, lq.any_term, 32) as rough, lq.any_term, true as complete
	  from (select k.article_id, k.title, k.language, k.search from kb_published k where k.search @@ (select all_terms from lookup) offset 0) p
	  join language_query lq on lq.language = p.language
	 where p.search @@ lq.all_terms
	 order by rough desc, p.title, p.article_id
	 limit greatest($6::int, $5)
),
-- Articles with only some of the words, looked for only when too few have them all (and then
-- complete_hit holds every article that has them all).
partial_hit as materialized (
	select p.article_id, p.title, ts_rank(p.search, lq.any_term, 32) as rough, lq.any_term, false as complete
	  from (
		select k.article_id, k.title, k.language, k.search from kb_published k
		 where (select count(*) from complete_hit) < $5 and k.search @@ (select any_term from lookup)
		offset 0
	  ) p
	  join language_query lq on lq.language = p.language
	 where p.search @@ lq.any_term and p.article_id not in (select article_id from complete_hit)
	 order by rough desc, p.title, p.article_id
	 limit greatest($6::int, $5)
),
ranked as (
	select c.article_id, c.any_term, c.complete, ts_rank_cd(k.search, c.any_term, 32) as rank
	  from (select * from complete_hit union all select * from partial_hit) c
	  join kb_published k on k.article_id = c.article_id
	 order by c.complete desc, rank desc, k.title, k.article_id
	 limit $5
),
hit as (
	select k.article_id, k.client_id, k.title, k.language, k.category, k.body, r.any_term, r.complete, r.rank
	  from ranked r join kb_published k on k.article_id = r.article_id
)
select article_id, client_id, title, language, category, complete, rank::float8 as rank,
       ${markedTitle('any_term')} as marked_title,
       ${snippet('any_term', '(select array_agg(word) from alternative)')} as snippet
  from hit ${bodyText('hit')}
 order by complete desc, rank desc, title, article_id`;

export interface SearchOptions {
	q: string;
	/** Only these clients' articles; null for every client (callers check who may see what). */
	clientIds: readonly string[] | null;
	language?: Language;
	limit?: number;
	/** Match the last word as a prefix (search as you type). Default true. */
	prefix?: boolean;
	/**
	 * How many articles the first, cheaper ranking keeps for the exact one (default
	 * RANK_CANDIDATES); the benchmark sets it beyond the number of matches to rank every match
	 * exactly and measure how often the two agree.
	 */
	rankCandidates?: number;
}

/** Ranked published articles for a query; [] for a query with no word. */
export async function searchKb(db: QueryDb, options: SearchOptions): Promise<KbSearchHit[]> {
	const terms = searchTerms(options.q);
	if (terms.length === 0 || options.clientIds?.length === 0) return [];
	const languages = options.language ? [options.language] : [...LANGUAGES];
	const rows = await db.query<HitRow>(SEARCH_SQL, [
		terms,
		options.prefix ?? true,
		options.clientIds === null ? null : [...options.clientIds],
		languages,
		options.limit ?? 20,
		options.rankCandidates ?? RANK_CANDIDATES
	]);
	return rows.map(toHit);
}

/** Suggestions consider at most this many of the ticket's words (the most frequent first). */
const MAX_SUGGESTION_WORDS = 64;
export const MAX_SUGGESTIONS = 5;

/**
 * $1 client id, $2 language, $3 the ticket's text, $4 limit. The text's words are stemmed in the
 * ticket's language, the most frequent kept, and any of them may match: ts_rank (frequency in the
 * article, title words counting most, normalised by the article's length) orders the articles.
 */
const SUGGEST_SQL = `
with lexeme as (
	select v.lexeme from unnest(to_tsvector(kb_search_config($2), $3)) as v
	 where length(v.lexeme) > 1
	 order by coalesce(array_length(v.positions, 1), 1) desc, v.lexeme
	 limit ${MAX_SUGGESTION_WORDS}
),
query as (
	select string_agg('''' || replace(replace(lexeme, '\\', '\\\\'), '''', '''''') || '''', ' | ')::tsquery as q from lexeme
),
hit as (
	select p.article_id, p.client_id, p.title, p.language, p.category, p.body, query.q,
	       ts_rank(p.search, query.q, 1 | 32) as rank
	  from query join kb_published p on p.search @@ (query.q && kb_search_tag_query('client', $1))
	 where p.client_id = $1 and p.language = $2
	 order by rank desc, p.title, p.article_id
	 limit $4
)
select article_id, client_id, title, language, category, true as complete, rank::float8 as rank,
       ${markedTitle('q')} as marked_title,
       ${snippet('q', '(select array_agg(lexeme) from lexeme)')} as snippet
  from hit ${bodyText('hit')}
 order by rank desc, title, article_id`;

export const suggestInput = z.object({
	clientId: z.string().min(1, 'clientId is required'),
	language: z.enum(LANGUAGES, 'Unknown language'),
	subject: z.string().max(1_000).default(''),
	messages: z.array(z.string().max(100_000)).max(500).default([])
});
export type SuggestInput = z.infer<typeof suggestInput>;

/** The text of a ticket that suggestions read: the subject counts twice. */
export function ticketText(input: { subject: string; messages: readonly string[] }): string {
	return [input.subject, input.subject, ...input.messages].join('\n').slice(0, 200_000);
}

/** The most relevant published articles for a ticket, in its language and of its client. */
export async function suggestArticles(
	db: QueryDb,
	input: { clientId: string; language: Language; text: string; limit?: number }
): Promise<KbSearchHit[]> {
	if (input.text.trim() === '') return [];
	const rows = await db.query<HitRow>(SUGGEST_SQL, [input.clientId, input.language, input.text, input.limit ?? MAX_SUGGESTIONS]);
	return rows.map(toHit);
}

export interface SnippetPart {
	text: string;
	hit: boolean;
}

/** A raw snippet as runs of text, the matches marked: for rendering without HTML injection. */
export function snippetParts(snippet: string): SnippetPart[] {
	const parts: SnippetPart[] = [];
	for (const [index, piece] of snippet.split(HIT_START).entries()) {
		const end = piece.indexOf(HIT_END);
		if (index === 0 || end < 0) {
			if (piece) parts.push({ text: piece.replaceAll(HIT_END, ''), hit: false });
			continue;
		}
		if (end > 0) parts.push({ text: piece.slice(0, end), hit: true });
		const rest = piece.slice(end + 1).replaceAll(HIT_END, '');
		if (rest) parts.push({ text: rest, hit: false });
	}
	return parts;
}

const escapeHtml = (text: string) =>
	text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

/** A raw snippet as HTML: text escaped, matches in `<mark>`. What the API returns. */
export function snippetHtml(snippet: string): string {
	return snippetParts(snippet)
		.map((part) => (part.hit ? `<mark>${escapeHtml(part.text)}</mark>` : escapeHtml(part.text)))
		.join('');
}

export const toSearchResult = ({ id, clientId, title, language, category, snippet }: KbSearchHit): KbSearchResult => ({
	id,
	clientId,
	title,
	language,
	category,
	snippet: snippetHtml(snippet)
});
