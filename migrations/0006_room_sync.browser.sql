-- Sync bookkeeping per room, kept by the browser's room registry (src/lib/sync) in the same
-- transaction as the room's log rows:
--   own_clients   every Yjs client id this device has edited the room with (a reload gets a new
--                 one), so "N changes waiting" counts this device's edits only, across reloads;
--   saved_vector  the last state vector the server said it stored durably (MESSAGE.saved), so
--                 the count is right offline, before the server answers again.
create table room_sync (
	room text primary key,
	own_clients bigint[] not null default '{}',
	saved_vector bytea,
	-- Unconfirmed operations of this device at the last write: rooms above 0 are reopened in
	-- the background at start-up until the server has them.
	pending integer not null default 0,
	updated_at timestamptz not null default now()
);
