-- Client account notes, projected from the `notes.<clientId>` rooms this device has opened
-- (src/lib/domain/projections/notes.ts). Rewritten by the sync core in the same transaction as
-- the room's log rows; never written by hand. No foreign key to `client`: a note may be
-- projected before the client directory is refreshed.
create table client_note (
	client_id text primary key,
	body text not null,
	updated_at timestamptz,
	updated_by text,
	updated_by_name text
);
