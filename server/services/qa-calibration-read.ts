import type { CalibrationTicket } from '#domain/qa/calibration-session';
import { ticketsMap } from '#domain/tickets';
import { roomName } from '#protocol/rooms';
import type { Queryable } from '../db/store';
import type { RoomWriter } from './kb';

/** A `qa_calibration` row, with its client's and creator's names where joined. */
export interface SessionRow {
	id: string;
	client_id: string;
	client_name?: string;
	name: string;
	scorecard_id: string;
	scorecard_version: number;
	created_by: string;
	created_by_name?: string;
	created_at: Date | string;
	status: string;
	revealed_at: Date | string | null;
}

interface TicketRow {
	id: string;
	day: string | null;
	subject: string | null;
	language: string | null;
	channel: string | null;
	created_at: Date | string | null;
}

/**
 * A session's tickets in its order, each with its transcript read from its day room (the
 * `ticket` row keeps no messages). A ticket whose row is gone is listed by id, without messages.
 */
export async function readTicketsOf(
	db: Queryable,
	rooms: Pick<RoomWriter, 'readRoom'>,
	clientId: string,
	calibrationId: string
): Promise<CalibrationTicket[]> {
	const { rows } = await db.query<TicketRow>(
		`select t.ticket_id as id, k.day, k.subject, k.language, k.channel, k.created_at
		   from qa_calibration_ticket t left join ticket k on k.id = t.ticket_id
		  where t.calibration_id = $1 order by t.position`,
		[calibrationId]
	);
	const days = [...new Set(rows.flatMap((row) => (row.day ? [row.day] : [])))];
	const messages = new Map<string, CalibrationTicket['messages']>();
	// One room per day, read one after another: a session has at most 20 tickets.
	for (const day of days) {
		const wanted = rows.filter((row) => row.day === day).map((row) => row.id);
		await rooms.readRoom(roomName('tickets', clientId, day), (doc) => {
			const map = ticketsMap(doc);
			for (const id of wanted) messages.set(id, structuredClone(map.get(id)?.messages ?? []));
		});
	}
	return rows.map((row) => ({
		id: row.id,
		day: row.day ?? '',
		subject: row.subject ?? row.id,
		language: (row.language ?? 'en') as CalibrationTicket['language'],
		channel: (row.channel ?? 'email') as CalibrationTicket['channel'],
		createdAt: row.created_at === null ? '' : new Date(row.created_at).toISOString(),
		messages: messages.get(row.id) ?? []
	}));
}
