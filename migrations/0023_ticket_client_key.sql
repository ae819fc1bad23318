-- A ticket is named by its client, source and external id (src/lib/domain/tickets.ts ticketId):
-- two clients' helpdesks both number their tickets from 1, so "csv, 1" alone is not one ticket.
alter table ticket drop constraint ticket_source_external_id_key;
alter table ticket add constraint ticket_client_source_external_id_key unique (client_id, source, external_id);
