import { describe, expect, it } from 'vitest';
import { calibrationInput, missingAnswers, partialAnswerProblems } from './calibration-session';
import type { Category } from './scorecard';

const category = (id: string, name: string, scale: Category['scale'], allowNA = false): Category => ({
	id,
	name,
	weight: 1,
	scale,
	allowNA,
	critical: false,
	bonus: false
});
const scorecard = { categories: [category('greeting', 'Greeting', 'binary'), category('tone', 'Tone', '3', true)] };

describe('calibration session input', () => {
	it('takes 1–20 distinct tickets and at least two distinct participants', () => {
		const ok = { clientId: 'c', name: ' Week 12 ', ticketIds: ['t1'], participantIds: ['a', 'b'] };
		expect(calibrationInput.parse(ok).name).toBe('Week 12');
		const fails = (patch: object) => !calibrationInput.safeParse({ ...ok, ...patch }).success;
		expect(fails({ ticketIds: [] })).toBe(true);
		expect(fails({ ticketIds: Array.from({ length: 21 }, (_, i) => `t${i}`) })).toBe(true);
		expect(fails({ ticketIds: ['t1', 't1'] })).toBe(true);
		expect(fails({ participantIds: ['a'] })).toBe(true);
		expect(fails({ participantIds: ['a', 'a'] })).toBe(true);
		expect(fails({ name: '  ' })).toBe(true);
	});
});

describe('partialAnswerProblems', () => {
	it('accepts some categories unanswered but not values off the scorecard', () => {
		expect(partialAnswerProblems(scorecard, [])).toEqual([]);
		expect(partialAnswerProblems(scorecard, [{ categoryId: 'tone', value: 'na' }])).toEqual([]);
		expect(partialAnswerProblems(scorecard, [{ categoryId: 'greeting', value: 'na' }])).toEqual(['Category "Greeting" cannot be N/A']);
		expect(partialAnswerProblems(scorecard, [{ categoryId: 'tone', value: 4 }])).toEqual(['Category "Tone" is scored 1 to 3, got 4']);
		expect(partialAnswerProblems(scorecard, [{ categoryId: 'speed', value: 1 }])).toEqual(['Unknown category "speed"']);
		expect(
			partialAnswerProblems(scorecard, [
				{ categoryId: 'greeting', value: 1 },
				{ categoryId: 'greeting', value: 0 }
			])
		).toEqual(['Category "Greeting" is answered more than once']);
	});
});

describe('missingAnswers', () => {
	it('names each ticket and what it still lacks', () => {
		const tickets = [
			{ id: 't1', subject: 'Refund' },
			{ id: 't2', subject: 'Delivery' }
		];
		const answers = [
			{ ticketId: 't1', categoryId: 'greeting', value: 1 },
			{ ticketId: 't1', categoryId: 'tone', value: 'na' as const },
			{ ticketId: 't2', categoryId: 'tone', value: 2 }
		];
		expect(missingAnswers(scorecard, tickets, answers)).toEqual(['Ticket "Delivery": Category "Greeting" has no answer']);
		expect(missingAnswers(scorecard, tickets, [...answers, { ticketId: 't2', categoryId: 'greeting', value: 0 }])).toEqual([]);
	});
});
