-- Tickets, projected from their day rooms `tickets.<clientId>.<yyyy-mm-dd>`
-- (src/lib/domain/projections/tickets.ts): in the browser by the sync core, on the server by the
-- import that writes the rooms, in the same way. One row per ticket; the transcript stays in the
-- room (a reviewer opens it there), the row keeps what lists, sampling and charts filter on.
create table ticket (
	id text primary key,
	client_id text not null,
	day text not null,
	source text not null,
	external_id text not null,
	channel text not null,
	language text not null,
	subject text not null,
	created_at timestamptz not null,
	first_response_at timestamptz,
	solved_at timestamptz,
	hero_id text,
	csat smallint,
	escalation smallint not null,
	-- A JSON array of strings.
	tags text not null,
	message_count int not null,
	unique (source, external_id)
);
-- A room's rows are replaced by its scope (client and day); lists read a client's recent tickets.
create index ticket_client_day on ticket (client_id, day);
create index ticket_client_created on ticket (client_id, created_at desc);
create index ticket_hero_created on ticket (hero_id, created_at desc);
