import { addDays, isoWeek } from '$lib/domain/qa/sampling';
import type { ReviewStatus } from '$lib/domain/qa/room';
import { roomName } from '$lib/protocol/rooms';

/**
 * The review queue's pure parts: which weeks it lists, which rooms a device must keep to show
 * them offline, and how rows are grouped. The page feeds it the local `qa_review` rows.
 */

/** A `qa_review` row as the queue selects it (joined with the ticket row when the device has it). */
export interface QueueRow {
	id: string;
	client_id: string;
	month: string;
	ticket_id: string;
	ticket_day: string;
	hero_id: string | null;
	week: string;
	assigned_at: string;
	language: string;
	channel: string;
	status: ReviewStatus;
	score: number | null;
	subject: string | null;
}

/** The current ISO week of `today` (yyyy-mm-dd) and the one before, newest first. */
export function queueWeeks(today: string): string[] {
	return [isoWeek(today), isoWeek(addDays(today, -7))];
}

/**
 * The QA month rooms the queue may draw from: the current and previous months (a review of
 * last week may sit in last month's room, and a week spans two months).
 */
export function queueMonths(today: string): string[] {
	const [year, month] = today.split('-').map(Number) as [number, number];
	const previous = month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
	return [today.slice(0, 7), previous];
}

/** Every room the queue needs on the device: the clients' month rooms, open reviews' ticket days. */
export function roomsToKeep(clientIds: readonly string[], months: readonly string[], rows: readonly QueueRow[]): string[] {
	const qa = clientIds.flatMap((clientId) => months.map((month) => roomName('qa', clientId, month)));
	const days = rows.filter((row) => row.status === 'open').map((row) => roomName('tickets', row.client_id, row.ticket_day));
	return [...new Set([...qa, ...days])];
}

/** Open reviews first (oldest assignment first), then the submitted ones. */
export function groupByStatus(rows: readonly QueueRow[]): { status: ReviewStatus; rows: QueueRow[] }[] {
	const byAssignment = (a: QueueRow, b: QueueRow) => a.assigned_at.localeCompare(b.assigned_at) || a.id.localeCompare(b.id);
	return (['open', 'submitted'] as const)
		.map((status) => ({ status, rows: rows.filter((row) => row.status === status).sort(byAssignment) }))
		.filter((group) => group.rows.length > 0);
}

/** The review screen's address: the scope rides along so it opens without a lookup. */
export function reviewPath(row: Pick<QueueRow, 'id' | 'client_id' | 'month'>): string {
	return `/qa/review/${encodeURIComponent(row.id)}?client=${encodeURIComponent(row.client_id)}&month=${encodeURIComponent(row.month)}`;
}
