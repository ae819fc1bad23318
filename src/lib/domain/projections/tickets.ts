import type * as Y from 'yjs';
import type { RoomName } from '#protocol/rooms';
import { readTickets } from '../tickets';
import type { TableRows } from './types';

/**
 * `tickets.<clientId>.<yyyy-mm-dd>` → one `ticket` row per ticket of that client's day. The
 * transcript stays in the room; the row keeps what lists, sampling and charts filter on.
 */
export function projectTickets(room: RoomName, doc: Y.Doc): TableRows[] {
	const day = room.part ?? '';
	return [
		{
			table: 'ticket',
			scope: { client_id: room.id, day },
			rows: readTickets(doc)
				// A ticket names its client; one filed under another client's room is not this room's.
				.filter((ticket) => ticket.clientId === room.id)
				.map((ticket) => ({
					id: ticket.id,
					client_id: ticket.clientId,
					day,
					source: ticket.source,
					external_id: ticket.externalId,
					channel: ticket.channel,
					language: ticket.language,
					subject: ticket.subject,
					created_at: ticket.createdAt,
					first_response_at: ticket.firstResponseAt,
					solved_at: ticket.solvedAt,
					hero_id: ticket.heroId,
					csat: ticket.csat,
					escalation: ticket.escalation,
					tags: JSON.stringify(ticket.tags),
					message_count: ticket.messages.length
				}))
		}
	];
}
