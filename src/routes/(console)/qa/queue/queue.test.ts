import { describe, expect, it } from 'vitest';
import { groupByStatus, queueMonths, queueWeeks, reviewPath, roomsToKeep, type QueueRow } from './queue';

const row = (id: string, status: 'open' | 'submitted', assigned_at: string, ticket_day = '2026-11-20'): QueueRow => ({
	id,
	client_id: 'acme',
	month: '2026-11',
	ticket_id: `t-${id}`,
	ticket_day,
	hero_id: null,
	week: '2026-W48',
	assigned_at,
	language: 'en',
	channel: 'email',
	status,
	score: status === 'submitted' ? 0.5 : null,
	subject: null
});

describe('review queue', () => {
	it('lists the current and previous ISO weeks, across a year', () => {
		expect(queueWeeks('2026-11-23')).toEqual(['2026-W48', '2026-W47']);
		expect(queueWeeks('2027-01-04')).toEqual(['2027-W01', '2026-W53']);
	});

	it('keeps the current and previous months', () => {
		expect(queueMonths('2026-11-23')).toEqual(['2026-11', '2026-10']);
		expect(queueMonths('2027-01-02')).toEqual(['2027-01', '2026-12']);
	});

	it("keeps each client's month rooms and the open reviews' ticket days, once", () => {
		const rows = [row('a', 'open', '1'), row('b', 'open', '2'), row('c', 'submitted', '3', '2026-11-19')];
		expect(roomsToKeep(['acme'], ['2026-11', '2026-10'], rows)).toEqual(['qa.acme.2026-11', 'qa.acme.2026-10', 'tickets.acme.2026-11-20']);
	});

	it('puts open reviews first, oldest first, and leaves out empty groups', () => {
		const groups = groupByStatus([row('c', 'submitted', '1'), row('b', 'open', '3'), row('a', 'open', '2')]);
		expect(groups.map((g) => [g.status, g.rows.map((r) => r.id)])).toEqual([
			['open', ['a', 'b']],
			['submitted', ['c']]
		]);
		expect(groupByStatus([row('c', 'submitted', '1')]).map((g) => g.status)).toEqual(['submitted']);
	});

	it('addresses a review with its scope', () => {
		expect(reviewPath({ id: 'r 1', client_id: 'acme', month: '2026-11' })).toBe('/qa/review/r%201?client=acme&month=2026-11');
	});
});
