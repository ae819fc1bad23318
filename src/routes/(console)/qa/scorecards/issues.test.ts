import { describe, expect, it } from 'vitest';
import { scorecardInput } from '$lib/domain/qa/scorecard';
import { draftIssues } from './issues';

const category = (over: Record<string, unknown> = {}) => ({ id: 'a', name: 'Greeting', description: '', weight: 1, scale: '3', allowNA: false, critical: false, bonus: false, ...over });
const issuesOf = (draft: unknown, count: number) => {
	const parsed = scorecardInput.safeParse(draft);
	return draftIssues(parsed.success ? [] : parsed.error.issues, count);
};

describe('draftIssues', () => {
	it('places each problem on its field, one message per field, in the UI language', () => {
		const issues = issuesOf({ name: ' ', categories: [category(), category({ id: 'b', weight: null }), category({ id: 'c', name: '', weight: 0.123 })] }, 3);
		expect(issues.name).toBe('Give the scorecard a name of at most 120 characters.');
		expect(issues.byCategory).toEqual([
			{},
			{ weight: 'Enter a number above 0 and at most 100, with at most 2 decimals.' },
			{ name: 'Give the category a name of at most 120 characters.', weight: 'Enter a number above 0 and at most 100, with at most 2 decimals.' }
		]);
		expect(issues.count).toBe(4);
	});

	it('words the checks across categories, which the schema runs once every field is valid', () => {
		const issues = issuesOf(
			{ name: 'x', categories: [category(), category({ id: 'b', name: 'greeting' }), category({ id: 'c', name: 'C', critical: true, bonus: true })] },
			3
		);
		expect(issues.byCategory).toEqual([{}, { name: 'Another category already has this name.' }, { bonus: 'A category cannot be both critical and bonus.' }]);
		expect(issues.count).toBe(2);
	});

	it('speaks of the list as a whole when it is empty or all bonus', () => {
		expect(issuesOf({ name: 'x', categories: [] }, 0).categories).toBe('A scorecard needs at least one category.');
		expect(issuesOf({ name: 'x', categories: [category({ bonus: true })] }, 1).categories).toBe('At least one category must not be a bonus.');
		expect(issuesOf({ name: 'x', categories: [category()] }, 1)).toEqual({ byCategory: [{}], count: 0 });
	});
});
