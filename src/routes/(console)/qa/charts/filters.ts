import { DASHBOARD_GROUPS, defaultFrom, type DashboardGroupBy } from '$lib/domain/qa/dashboard';

/**
 * The charts page's filters as they stand in its address (`?client=&from=&to=&groupBy=`), so a
 * view can be linked: no client = every client the viewer sees; the period defaults to the last
 * twelve ISO weeks up to today (UTC); group by hero by default.
 */
export interface ChartFilters {
	clientId: string;
	from: string;
	to: string;
	groupBy: DashboardGroupBy;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readFilters(params: URLSearchParams, today: string): ChartFilters {
	const to = DAY.test(params.get('to') ?? '') ? params.get('to')! : today;
	const from = DAY.test(params.get('from') ?? '') ? params.get('from')! : defaultFrom(to);
	const groupBy = params.get('groupBy');
	return {
		clientId: params.get('client') ?? '',
		from,
		to,
		groupBy: DASHBOARD_GROUPS.includes(groupBy as DashboardGroupBy) ? (groupBy as DashboardGroupBy) : 'hero'
	};
}

/** The page's own query string for `filters` (defaults left out, so plain /qa/charts stays plain). */
export function filtersSearch(filters: ChartFilters, today: string): string {
	const params = new URLSearchParams();
	if (filters.clientId) params.set('client', filters.clientId);
	if (filters.to !== today || filters.from !== defaultFrom(today)) {
		params.set('from', filters.from);
		params.set('to', filters.to);
	}
	if (filters.groupBy !== 'hero') params.set('groupBy', filters.groupBy);
	const search = params.toString();
	return search ? `?${search}` : '';
}

/** `GET /api/qa/dashboard` for `filters`. */
export function dashboardPath(filters: ChartFilters): string {
	const params = new URLSearchParams({ from: filters.from, to: filters.to, groupBy: filters.groupBy });
	if (filters.clientId) params.set('clientId', filters.clientId);
	return `/api/qa/dashboard?${params}`;
}
