import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { diffScorecards, nextVersion, scaleRange, scaleValues, scorecardInput, type Scorecard, type ScorecardInput } from './scorecard';

const category = (id: string, extra: Partial<ScorecardInput['categories'][number]> = {}) => ({
	id,
	name: `Category ${id}`,
	weight: 1,
	scale: '5' as const,
	...extra
});

const input: ScorecardInput = {
	name: 'Email quality',
	categories: [category('greeting', { name: 'Greeting', scale: 'binary' }), category('tone', { name: 'Tone', weight: 2 })]
};

const meta = { id: 'sc-1', clientId: 'client-1', createdAt: '2026-11-02T09:30:00+01:00', createdBy: 'director-1' };

/** The first message `scorecardInput` gives for `body`; undefined when it is valid. */
const firstMessage = (body: unknown) => scorecardInput.safeParse(body).error?.issues[0]?.message;

describe('scales', () => {
	it('runs binary from 0 to 1 and n-point scales from 1 to n', () => {
		expect(scaleRange('binary')).toEqual({ min: 0, max: 1 });
		expect(scaleRange('3')).toEqual({ min: 1, max: 3 });
		expect(scaleRange('4')).toEqual({ min: 1, max: 4 });
		expect(scaleRange('5')).toEqual({ min: 1, max: 5 });
		expect(scaleValues('binary')).toEqual([0, 1]);
		expect(scaleValues('4')).toEqual([1, 2, 3, 4]);
	});
});

describe('scorecardInput', () => {
	it('trims, drops empty descriptions and defaults the flags to false', () => {
		const parsed = scorecardInput.parse({
			name: '  Email quality ',
			categories: [{ id: ' tone ', name: ' Tone ', description: '   ', weight: 1.5, scale: '4' }]
		});
		expect(parsed).toEqual({
			name: 'Email quality',
			categories: [
				{ id: 'tone', name: 'Tone', description: undefined, weight: 1.5, scale: '4', allowNA: false, critical: false, bonus: false }
			]
		});
	});

	it('accepts the limits themselves', () => {
		expect(firstMessage({ name: 'x'.repeat(120), categories: [category('a', { weight: 100 })] })).toBeUndefined();
		expect(firstMessage({ name: 'x', categories: [category('a', { weight: 0.01, name: 'y'.repeat(120) })] })).toBeUndefined();
		const fifty = Array.from({ length: 50 }, (_, i) => category(`c${i}`));
		expect(firstMessage({ name: 'x', categories: fifty })).toBeUndefined();
	});

	it('explains each refusal', () => {
		const one = [category('a')];
		const cases: [unknown, string][] = [
			[{ name: '   ', categories: one }, 'Name is required'],
			[{ name: 'x'.repeat(121), categories: one }, 'Name must have at most 120 characters'],
			[{ name: 'x', categories: [] }, 'A scorecard needs at least one category'],
			[{ name: 'x', categories: Array.from({ length: 51 }, (_, i) => category(`c${i}`)) }, 'A scorecard has at most 50 categories'],
			[{ name: 'x', categories: [category('a', { name: ' ' })] }, 'Category name is required'],
			[{ name: 'x', categories: [category('a', { name: 'y'.repeat(121) })] }, 'Category name must have at most 120 characters'],
			[{ name: 'x', categories: [category('')] }, 'Category id is required'],
			[{ name: 'x', categories: [category('a'), category('a', { name: 'Other' })] }, 'Category id "a" is used twice'],
			[{ name: 'x', categories: [category('a', { name: 'Tone' }), category('b', { name: 'tone' })] }, 'Two categories are named "tone"'],
			[{ name: 'x', categories: [category('a', { weight: 0 })] }, 'Weight must be a number above 0 and at most 100'],
			[{ name: 'x', categories: [category('a', { weight: -1 })] }, 'Weight must be a number above 0 and at most 100'],
			[{ name: 'x', categories: [category('a', { weight: 100.01 })] }, 'Weight must be a number above 0 and at most 100'],
			[{ name: 'x', categories: [category('a', { weight: Infinity })] }, 'Weight must be a number above 0 and at most 100'],
			[{ name: 'x', categories: [category('a', { weight: NaN })] }, 'Weight must be a number above 0 and at most 100'],
			[{ name: 'x', categories: [category('a', { weight: 0.125 })] }, 'Weight has at most 2 decimals'],
			[{ name: 'x', categories: [category('a', { scale: '10' as '5' })] }, 'Scale must be binary, 3, 4 or 5'],
			[{ name: 'x', categories: [category('a', { critical: true, bonus: true }), category('b')] }, '"Category a" cannot be both critical and bonus'],
			[{ name: 'x', categories: [category('a', { bonus: true }), category('b', { bonus: true })] }, 'At least one category must not be a bonus']
		];
		for (const [body, message] of cases) expect(firstMessage(body), JSON.stringify(body)).toBe(message);
	});

	it('points at the offending category', () => {
		const issues = scorecardInput.safeParse({ name: 'x', categories: [category('a'), category('b'), category('a', { name: 'Z' })] }).error
			?.issues;
		expect(issues?.map((issue) => issue.path)).toEqual([['categories', 2, 'id']]);
	});
});

describe('nextVersion', () => {
	it('makes version 1 from nothing, with the validated input and an ISO UTC timestamp', () => {
		const first = nextVersion(null, input, meta);
		expect(first).toEqual({
			id: 'sc-1',
			clientId: 'client-1',
			version: 1,
			name: 'Email quality',
			categories: [
				{ id: 'greeting', name: 'Greeting', weight: 1, scale: 'binary', allowNA: false, critical: false, bonus: false },
				{ id: 'tone', name: 'Tone', weight: 2, scale: '5', allowNA: false, critical: false, bonus: false }
			],
			createdAt: '2026-11-02T08:30:00.000Z',
			createdBy: 'director-1'
		});
	});

	it('increments the version, keeps category ids and leaves the previous version untouched', () => {
		const first = nextVersion(null, input, meta);
		const snapshot = structuredClone(first);
		const second = nextVersion(
			first,
			{ name: 'Email quality', categories: [category('tone', { name: 'Tone of voice', weight: 3 }), category('empathy')] },
			{ ...meta, createdAt: new Date(Date.UTC(2026, 10, 3)), createdBy: 'director-2' }
		);
		expect(second.version).toBe(2);
		expect(second.categories.map((c) => c.id)).toEqual(['tone', 'empathy']);
		expect(second.categories[0]).toMatchObject({ id: 'tone', name: 'Tone of voice', weight: 3 });
		expect(second.createdAt).toBe('2026-11-03T00:00:00.000Z');
		expect(second.createdBy).toBe('director-2');
		expect(first).toEqual(snapshot);
		expect(nextVersion(second, input, meta).version).toBe(3);
	});

	it('keeps a description and refuses invalid input, another scorecard or a bad date', () => {
		const described = nextVersion(null, { name: 'x', categories: [category('a', { description: ' Be kind ' })] }, meta);
		expect(described.categories[0]?.description).toBe('Be kind');
		expect(() => nextVersion(null, { name: '', categories: [] }, meta)).toThrow(ZodError);
		const first = nextVersion(null, input, meta);
		expect(() => nextVersion(first, input, { ...meta, id: 'sc-2' })).toThrow(/cannot follow scorecard "sc-1"/);
		expect(() => nextVersion(first, input, { ...meta, clientId: 'client-2' })).toThrow(/cannot follow/);
		expect(() => nextVersion(null, input, { ...meta, createdAt: 'yesterday' })).toThrow(RangeError);
	});
});

describe('diffScorecards', () => {
	const v1: Scorecard = nextVersion(
		null,
		{
			name: 'Email quality',
			categories: [
				category('greeting', { name: 'Greeting', scale: 'binary' }),
				category('tone', { name: 'Tone' }),
				category('solution', { name: 'Solution', critical: true })
			]
		},
		meta
	);

	it('finds nothing between equal versions', () => {
		const same = nextVersion(v1, { name: v1.name, categories: v1.categories }, meta);
		expect(diffScorecards(v1, same)).toEqual({
			fromVersion: 1,
			toVersion: 2,
			renamed: null,
			added: [],
			removed: [],
			changed: [],
			reordered: false,
			identical: true
		});
	});

	it('lists added, removed and changed categories with the fields that changed', () => {
		const v2 = nextVersion(
			v1,
			{
				name: 'Email QA',
				categories: [
					category('greeting', { name: 'Greeting', scale: 'binary', description: 'Say hello' }),
					category('solution', { name: 'Resolution', critical: true, weight: 2.5, scale: '3', allowNA: true }),
					category('empathy', { name: 'Empathy', bonus: true })
				]
			},
			meta
		);
		const diff = diffScorecards(v1, v2);
		expect(diff.renamed).toEqual({ before: 'Email quality', after: 'Email QA' });
		expect(diff.added.map((c) => c.id)).toEqual(['empathy']);
		expect(diff.removed.map((c) => c.id)).toEqual(['tone']);
		expect(diff.changed.map(({ categoryId, fields }) => ({ categoryId, fields }))).toEqual([
			{ categoryId: 'greeting', fields: ['description'] },
			{ categoryId: 'solution', fields: ['name', 'weight', 'scale', 'allowNA'] }
		]);
		expect(diff.changed[1]?.before.name).toBe('Solution');
		expect(diff.changed[1]?.after.name).toBe('Resolution');
		expect(diff.reordered).toBe(false);
		expect(diff.identical).toBe(false);
	});

	it('notices a new order of the same categories', () => {
		const [greeting, tone, solution] = v1.categories;
		const v2 = nextVersion(v1, { name: v1.name, categories: [solution!, greeting!, tone!] }, meta);
		const diff = diffScorecards(v1, v2);
		expect(diff).toMatchObject({ added: [], removed: [], changed: [], reordered: true, identical: false });
	});
});
