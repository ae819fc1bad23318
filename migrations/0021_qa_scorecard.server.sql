-- QA scorecards, versioned (src/lib/domain/qa/scorecard.ts; written by server/services/scorecards.ts).
-- A version is never changed once written: reviews name the (id, version) they were made with
-- and keep scoring against it.
--
-- One scorecard per client: its first version draws the id, every later version of the client
-- reuses it, so (id, version) and (client_id, version) name the same row. The current scorecard
-- is the client's row with the highest version.
--
-- categories is the JSON array of Category objects, in display order.
-- created_by is the director who saved the version.
create table qa_scorecard (
	id text not null,
	client_id text not null references client (id),
	version int not null,
	name text not null,
	categories jsonb not null,
	created_at timestamptz not null,
	created_by text not null references app_user (id),
	primary key (id, version)
);

-- The current version (and the list of versions, newest first) of a client. Unique: two saves
-- at once cannot both write version n of a client, not even its first version, where the two
-- would each have drawn their own scorecard id.
create unique index qa_scorecard_client_version on qa_scorecard (client_id, version desc);
