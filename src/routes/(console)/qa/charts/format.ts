import type { Dashboard, DashboardGroupBy } from '$lib/domain/qa/dashboard';
import { formatPercent } from '$lib/domain/qa/scoring';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime.js';
import { languageName } from '$lib/ui/labels';

/** How the charts write numbers and name things, in the user's language. */

export const percent = (value: number | null) => formatPercent(value, getLocale());

/** A deviation in percentage points with its sign: "+4.2%", "−3.0%". */
export function signedPercent(value: number | null): string {
	if (value === null) return '—';
	return new Intl.NumberFormat(getLocale(), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value);
}

export const count = (value: number) => new Intl.NumberFormat(getLocale()).format(value);

/** A score bucket's range, "70–80 %". */
export const bucketLabel = (from: number) => `${Math.round(from * 100)}–${Math.round(from * 100) + 10} %`;

/** A bucket's lower bound for the histogram's axis, "70%" ("70 %" in French). */
export const binStart = (from: number) => new Intl.NumberFormat(getLocale(), { style: 'percent' }).format(from);

export function groupLabel(groupBy: DashboardGroupBy): string {
	return groupBy === 'hero' ? m.qa_charts_group_hero() : groupBy === 'client' ? m.qa_charts_group_client() : m.qa_charts_group_language();
}

export interface Names {
	user: (id: string) => string;
	client: (id: string) => string;
	/** A key of the IQS series: a hero, a client or a language. */
	group: (key: string) => string;
}

/** Names from the dashboard's answer; an id it does not name stays an id. */
export function namesOf(board: Dashboard): Names {
	const user = (id: string) => (id === '' ? m.qa_charts_no_hero() : (board.names.users[id] ?? id));
	const client = (id: string) => board.names.clients[id] ?? id;
	const group = (key: string) => (board.groupBy === 'hero' ? user(key) : board.groupBy === 'client' ? client(key) : languageName(key));
	return { user, client, group };
}
