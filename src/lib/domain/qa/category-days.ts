/**
 * `qa_category_day` (migrations/0026): the dashboard's category breakdown pre-added per client,
 * room month, UTC day of submission and category, from the very `qa_review_category` rows the
 * projection writes with it (projectQa), so the two cannot disagree. Only submitted answers.
 *
 * `score_nanos` is Σ round(score × 10⁹) — scores have 9 decimals, so each term is the integer
 * SQL's `round(score * 1000000000)` gives — added exactly (below 2⁵³ for any room).
 */
export interface AnswerRow {
	category_id: string;
	value: string;
	score: number | null;
	status: string;
	submitted_at: string | null;
	[column: string]: string | number | boolean | null;
}

export function categoryDays(scope: { client_id: string; month: string }, answers: readonly AnswerRow[]): Record<string, string | number>[] {
	const days = new Map<string, Record<string, string | number> & { answers: number; na: number; scored: number; failed: number; score_nanos: number }>();
	for (const answer of answers) {
		if (answer.status !== 'submitted' || answer.submitted_at === null) continue;
		const day = new Date(answer.submitted_at).toISOString().slice(0, 10);
		const key = `${day} ${answer.category_id}`;
		let row = days.get(key);
		if (!row) days.set(key, (row = { ...scope, day, category_id: answer.category_id, answers: 0, na: 0, scored: 0, failed: 0, score_nanos: 0 }));
		row.answers++;
		if (answer.value === 'na') row.na++;
		if (answer.score !== null) {
			row.scored++;
			if (answer.score === 0) row.failed++;
			row.score_nanos += Math.round(answer.score * 1e9);
		}
	}
	return [...days.values()];
}
