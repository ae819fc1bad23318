import type { CalibrationSession } from '$lib/domain/qa/calibration-session';
import { toCsv } from '$lib/ui/csv';

/** Column and row labels of the results export, in the UI language. */
export interface ResultsLabels {
	table: string;
	item: string;
	agreement: string;
	meanDeviation: string;
	comparisons: string;
	spread: string;
	overall: string;
	category: string;
	reviewer: string;
	ticket: string;
}

/** A 0..1 share as a plain number for spreadsheets (9 decimals at most, as computed); '' for none. */
const cell = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/**
 * The revealed session's results tables as one CSV: a row for the whole session, one per
 * category, one per reviewer (with the mean deviation) and one per ticket (with the score spread).
 */
export function resultsCsv(session: CalibrationSession, labels: ResultsLabels): string {
	const results = session.results;
	if (!results) return toCsv([], []);
	const names = new Map(session.participants.map((p) => [p.id, p.name]));
	const categories = new Map(session.scorecard.categories.map((c) => [c.id, c.name]));
	const subjects = new Map(session.tickets.map((t) => [t.id, t.subject]));
	const { agreement } = results;
	const rows: string[][] = [
		[labels.overall, session.name, cell(agreement.agreement), '', String(agreement.comparisons), ''],
		...agreement.categories.map((c) => [labels.category, categories.get(c.categoryId) ?? c.categoryId, cell(c.agreement), '', String(c.comparisons), '']),
		...agreement.reviewers.map((r) => [labels.reviewer, names.get(r.reviewerId) ?? r.reviewerId, cell(r.agreement), cell(r.meanDeviation), String(r.comparisons), '']),
		...results.spread.map((s) => [labels.ticket, subjects.get(s.ticketId) ?? s.ticketId, '', '', String(s.scores.length), cell(s.spread)])
	];
	return toCsv([labels.table, labels.item, labels.agreement, labels.meanDeviation, labels.comparisons, labels.spread], rows);
}
