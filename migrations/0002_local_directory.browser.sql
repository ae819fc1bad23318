-- The browser's copy of the clients the signed-in user may see, so lists and the command
-- palette work from local data (and offline once the console has been opened online).
create table client (
	id text primary key,
	name text not null,
	industry text not null,
	languages text[] not null,
	time_zone text not null,
	fetched_at timestamptz not null default now()
);
