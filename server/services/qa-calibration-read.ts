import { calibrationAgreement, reviewScoreSpread, type CalibrationSubmission } from '#domain/qa/calibration';
import type { CalibrationAnswer, CalibrationResults, CalibrationTicket } from '#domain/qa/calibration-session';
import type { Scorecard } from '#domain/qa/scorecard';
import { NA } from '#domain/qa/scoring';
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

/**
 * A session's answers (one participant's with `userId`), by user, ticket and category. A removed
 * participant's answers are kept in the table but count nowhere, so they are not returned.
 */
export async function answersOf(db: Queryable, id: string, userId?: string): Promise<CalibrationAnswer[]> {
	const { rows } = await db.query<{ user_id: string; ticket_id: string; category_id: string; value: string }>(
		`select a.user_id, a.ticket_id, a.category_id, a.value
		   from qa_calibration_answer a
		   join qa_calibration_participant p on p.calibration_id = a.calibration_id and p.user_id = a.user_id
		  where a.calibration_id = $1 and p.removed_at is null and ($2::text is null or a.user_id = $2)
		  order by a.user_id, a.ticket_id, a.category_id`,
		[id, userId ?? null]
	);
	return rows.map((row) => ({
		userId: row.user_id,
		ticketId: row.ticket_id,
		categoryId: row.category_id,
		value: row.value === NA ? NA : Number(row.value)
	}));
}

/** Agreement per category and reviewer, and each ticket's score spread, in the session's ticket order. */
export function results(scorecard: Scorecard, tickets: readonly CalibrationTicket[], answers: readonly CalibrationAnswer[]): CalibrationResults {
	const submissions = new Map<string, CalibrationSubmission>();
	for (const { userId, ticketId, categoryId, value } of answers) {
		const key = `${userId}\u0000${ticketId}`;
		const submission = submissions.get(key) ?? submissions.set(key, { reviewerId: userId, ticketId, answers: [] }).get(key)!;
		(submission.answers as { categoryId: string; value: number | typeof NA }[]).push({ categoryId, value });
	}
	const all = [...submissions.values()];
	const order = new Map(tickets.map((ticket, index) => [ticket.id, index]));
	return {
		agreement: calibrationAgreement(scorecard, all),
		spread: reviewScoreSpread(scorecard, all).sort((a, b) => (order.get(a.ticketId) ?? 0) - (order.get(b.ticketId) ?? 0))
	};
}
