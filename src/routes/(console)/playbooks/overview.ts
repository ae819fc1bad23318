import { ONBOARDING_STATUSES, type OnboardingStatus, type OnboardingSummary } from '$lib/domain/playbooks/model';
import { roomName } from '$lib/protocol/rooms';
import { isoWeekOf } from '$lib/domain/playbooks/onboarding';
import { dayIn } from '$lib/domain/tickets';

/**
 * The playbooks overview's pure parts: its filters (kept in the address), and the summaries it
 * builds from the device's projected tables when the server cannot be asked.
 */

export interface OverviewFilters {
	clientId: string;
	directorId: string;
	status: OnboardingStatus | '';
}

export function readFilters(params: URLSearchParams): OverviewFilters {
	const status = params.get('status') ?? '';
	return {
		clientId: params.get('client') ?? '',
		directorId: params.get('director') ?? '',
		status: ONBOARDING_STATUSES.includes(status as OnboardingStatus) ? (status as OnboardingStatus) : ''
	};
}

/** The overview's address for these filters (empty ones left out). */
export function filtersSearch(filters: OverviewFilters): string {
	const params = new URLSearchParams();
	if (filters.clientId) params.set('client', filters.clientId);
	if (filters.directorId) params.set('director', filters.directorId);
	if (filters.status) params.set('status', filters.status);
	const search = params.toString();
	return search ? `?${search}` : '';
}

/** The API's query for these filters. */
export function apiQuery(filters: OverviewFilters): string {
	const params = new URLSearchParams();
	if (filters.clientId) params.set('clientId', filters.clientId);
	if (filters.directorId) params.set('directorId', filters.directorId);
	if (filters.status) params.set('status', filters.status);
	const search = params.toString();
	return search ? `?${search}` : '';
}

export function applyFilters<T extends Pick<OnboardingSummary, 'clientId' | 'directorId' | 'status'>>(rows: readonly T[], filters: OverviewFilters): T[] {
	return rows.filter(
		(row) =>
			(!filters.clientId || row.clientId === filters.clientId) &&
			(!filters.directorId || row.directorId === filters.directorId) &&
			(!filters.status || row.status === filters.status)
	);
}

/** A row of the device's `onboarding_state`, with its client's time zone. */
export interface LocalState {
	onboarding_id: string;
	name: string;
	client_id: string;
	client_name: string | null;
	template_id: string;
	template_name: string | null;
	director_id: string | null;
	director_name: string | null;
	kickoff: string;
	go_live: string | null;
	status: string;
	/** How much of the room the device holds (roomVersion), null when projected before versions. */
	version: number | null;
	time_zone: string | null;
}

/** A row of the device's `onboarding_task` (removed tasks are not projected). */
export interface LocalTask {
	onboarding_id: string;
	due: string;
	done: boolean;
}

/**
 * Summaries as GET /api/onboardings gives them, from the projected tables: done / total, overdue
 * (not done, due before today in the client's time zone) and due this week (not done, due in
 * today's ISO week). Whether the template changed is a question for the server: false here.
 */
export function localSummaries(states: readonly LocalState[], tasks: readonly LocalTask[], now: Date): OnboardingSummary[] {
	const byProject = new Map<string, LocalTask[]>();
	for (const task of tasks) byProject.set(task.onboarding_id, [...(byProject.get(task.onboarding_id) ?? []), task]);
	return states.map((state) => {
		const today = dayIn(now.toISOString(), state.time_zone ?? 'UTC');
		const week = isoWeekOf(today);
		const own = byProject.get(state.onboarding_id) ?? [];
		const open = own.filter((task) => !task.done);
		return {
			id: state.onboarding_id,
			clientId: state.client_id,
			templateId: state.template_id,
			done: own.length - open.length,
			total: own.length,
			overdue: open.filter((task) => task.due < today).length,
			name: state.name,
			clientName: state.client_name ?? state.client_id,
			templateName: state.template_name ?? '',
			directorId: state.director_id,
			directorName: state.director_name,
			kickoff: state.kickoff,
			goLive: state.go_live,
			status: ONBOARDING_STATUSES.includes(state.status as OnboardingStatus) ? (state.status as OnboardingStatus) : 'active',
			dueThisWeek: open.filter((task) => task.due >= week.monday && task.due <= week.sunday).length,
			templateChanged: false,
			version: state.version
		};
	});
}

/**
 * The projects listed by the server whose room this device does not hold as the server does: the
 * device has no copy, or an older one (its version below the server's). Either version unknown
 * (a row projected before versions) counts as behind. A device ahead of the server holds edits
 * the server has not confirmed yet; the room registry keeps such rooms open until it has.
 */
export function behindOnDevice(
	listed: readonly Pick<OnboardingSummary, 'id' | 'version'>[],
	local: readonly Pick<LocalState, 'onboarding_id' | 'version'>[]
): Set<string> {
	const held = new Map(local.map((row) => [row.onboarding_id, row.version]));
	return new Set(
		listed
			.filter((row) => {
				const version = held.get(row.id);
				return version === undefined || version === null || row.version === null || version < row.version;
			})
			.map((row) => row.id)
	);
}

/**
 * The rooms the overview keeps on this device so they open offline: the active projects it does
 * not hold as the server does. A visit with nothing new keeps nothing.
 */
export function roomsToKeep(
	listed: readonly Pick<OnboardingSummary, 'id' | 'status' | 'version'>[],
	local: readonly Pick<LocalState, 'onboarding_id' | 'version'>[]
): string[] {
	const behind = behindOnDevice(listed, local);
	return listed.filter((row) => row.status === 'active' && behind.has(row.id)).map((row) => roomName('onboarding', row.id));
}

/** The choices of a filter: distinct ids with their names, by name. */
export function optionsOf(rows: readonly OnboardingSummary[], pick: (row: OnboardingSummary) => [string | null, string | null]): { id: string; name: string }[] {
	const seen = new Map<string, string>();
	for (const row of rows) {
		const [id, name] = pick(row);
		if (id) seen.set(id, name ?? id);
	}
	return [...seen].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
