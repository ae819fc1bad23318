import { describe, expect, it } from 'vitest';
import type { Category } from '$lib/domain/qa/scorecard';
import { resultsPeriod } from '../results/results.svelte';
import { acceptValues } from './disputes.svelte';
import { categoryOf } from './format';

const category = (over: Partial<Category>): Category => ({ id: 'c', name: 'C', weight: 1, scale: '5', allowNA: false, critical: false, bonus: false, ...over });

describe('the disputes pages', () => {
	it('offers the scale of the category for an accept, and N/A only where allowed', () => {
		expect(acceptValues(category({ scale: 'binary' }))).toEqual([0, 1]);
		expect(acceptValues(category({ scale: '3', allowNA: true }))).toEqual([1, 2, 3, 'na']);
		expect(acceptValues(category({ scale: '5' }))).toEqual([1, 2, 3, 4, 5]);
		expect(acceptValues(null)).toEqual([]);
	});

	it('finds a category in the version the review used, not another', () => {
		const v1 = { id: 's', version: 1, categories: [category({ id: 'tone', name: 'Tone' })] };
		const v2 = { id: 's', version: 2, categories: [category({ id: 'tone', name: 'Tone and empathy' })] };
		const versions = [v2, v1].map((v) => ({ ...v, clientId: 'x', name: 'S', createdAt: '', createdBy: '' }));
		expect(categoryOf(versions, 's', 1, 'tone')?.name).toBe('Tone');
		expect(categoryOf(versions, 's', 2, 'tone')?.name).toBe('Tone and empathy');
		expect(categoryOf(versions, 's', 3, 'tone')).toBeNull();
		expect(categoryOf(versions, 's', 1, 'speed')).toBeNull();
	});

	it("asks for 90 days up to tomorrow, so today is in whatever the client's zone", () => {
		expect(resultsPeriod(Date.parse('2026-12-07T23:30:00Z'))).toEqual({ from: '2026-09-08', to: '2026-12-08' });
	});
});
