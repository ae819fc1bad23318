import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { CalibrationSession } from '$lib/domain/qa/calibration-session';
import { resultsCsv } from './results';

const labels = {
	table: 'Table',
	item: 'Item',
	agreement: 'Agreement',
	meanDeviation: 'Mean deviation',
	comparisons: 'Comparisons',
	spread: 'Score spread',
	overall: 'Session',
	category: 'Category',
	reviewer: 'Reviewer',
	ticket: 'Ticket'
};

const session = {
	name: 'Week 12',
	participants: [
		{ id: 'u1', name: 'Ann', submitted: true },
		{ id: 'u2', name: '=Bob', submitted: true }
	],
	scorecard: { categories: [{ id: 'greeting', name: 'Greeting' }] },
	tickets: [{ id: 't1', subject: 'Where, is "it"?' }],
	results: {
		agreement: {
			agreement: 0.5,
			comparisons: 1,
			categories: [{ categoryId: 'greeting', agreement: 0.5, comparisons: 1 }],
			reviewers: [
				{ reviewerId: 'u1', agreement: 0.5, meanDeviation: -0.5, comparisons: 1 },
				{ reviewerId: 'u2', agreement: 0.5, meanDeviation: 0.5, comparisons: 1 }
			]
		},
		spread: [{ ticketId: 't1', spread: 0.291666667, min: 0.333333333, max: 0.625, scores: [] }]
	}
} as unknown as CalibrationSession;

describe('resultsCsv', () => {
	it('writes the session, category, reviewer and ticket rows with exact numbers and safe cells', () => {
		const rows = parse(resultsCsv(session, labels), { bom: true }) as string[][];
		expect(rows).toEqual([
			['Table', 'Item', 'Agreement', 'Mean deviation', 'Comparisons', 'Score spread'],
			['Session', 'Week 12', '0.5', '', '1', ''],
			['Category', 'Greeting', '0.5', '', '1', ''],
			['Reviewer', 'Ann', '0.5', '-0.5', '1', ''],
			['Reviewer', "'=Bob", '0.5', '0.5', '1', ''],
			['Ticket', 'Where, is "it"?', '', '', '0', '0.291666667']
		]);
	});

	it('has no rows before the reveal', () => {
		expect(resultsCsv({ ...session, results: null }, labels)).toBe('\r\n');
	});
});
