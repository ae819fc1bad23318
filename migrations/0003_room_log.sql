-- The room log: every replicated room's Yjs updates, in the order they were stored. Shared by
-- the server store and the browser store. A room's state is all its rows applied (in any order:
-- Yjs updates commute); compaction replaces a room's rows by one merged update in one
-- transaction. seq is only an order and a handle for compaction, not a version.
create table room_update (
	room text not null,
	seq bigint generated always as identity primary key,
	data bytea not null,
	created_at timestamptz not null default now()
);
create index room_update_room_seq on room_update (room, seq);
