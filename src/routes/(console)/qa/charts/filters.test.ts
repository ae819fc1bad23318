import { describe, expect, it } from 'vitest';
import { dashboardPath, filtersSearch, readFilters } from './filters';

const TODAY = '2026-12-09';

describe('chart filters in the address', () => {
	it('defaults to every client, the last twelve weeks and heroes', () => {
		const filters = readFilters(new URLSearchParams(''), TODAY);
		expect(filters).toEqual({ clientId: '', from: '2026-09-21', to: TODAY, groupBy: 'hero' });
		expect(filtersSearch(filters, TODAY)).toBe('');
		expect(dashboardPath(filters)).toBe('/api/qa/dashboard?from=2026-09-21&to=2026-12-09&groupBy=hero');
	});

	it('reads and writes a linked view', () => {
		const filters = readFilters(new URLSearchParams('client=c1&from=2026-01-05&to=2026-03-01&groupBy=language'), TODAY);
		expect(filters).toEqual({ clientId: 'c1', from: '2026-01-05', to: '2026-03-01', groupBy: 'language' });
		expect(filtersSearch(filters, TODAY)).toBe('?client=c1&from=2026-01-05&to=2026-03-01&groupBy=language');
		expect(dashboardPath(filters)).toBe('/api/qa/dashboard?from=2026-01-05&to=2026-03-01&groupBy=language&clientId=c1');
	});

	it('ignores what it cannot read', () => {
		expect(readFilters(new URLSearchParams('from=yesterday&groupBy=team'), TODAY)).toMatchObject({ from: '2026-09-21', to: TODAY, groupBy: 'hero' });
	});
});
