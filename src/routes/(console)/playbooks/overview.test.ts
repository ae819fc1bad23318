import { describe, expect, it } from 'vitest';
import { applyFilters, behindOnDevice, filtersSearch, localSummaries, optionsOf, readFilters, roomsToKeep, type LocalState } from './overview';

const state = (id: string, clientId: string, timeZone: string | null, directorId: string | null = 'd1'): LocalState => ({
	onboarding_id: id,
	name: `Project ${id}`,
	client_id: clientId,
	client_name: `Client ${clientId}`,
	template_id: 't1',
	template_name: 'Standard',
	director_id: directorId,
	director_name: directorId ? `Director ${directorId}` : null,
	kickoff: '2026-12-01',
	go_live: null,
	status: 'active',
	version: 40,
	time_zone: timeZone
});

describe('playbooks overview', () => {
	it('reads and writes its filters in the address, ignoring an unknown status', () => {
		const filters = readFilters(new URLSearchParams('client=c1&director=d2&status=bogus'));
		expect(filters).toEqual({ clientId: 'c1', directorId: 'd2', status: '' });
		expect(filtersSearch(filters)).toBe('?client=c1&director=d2');
		expect(filtersSearch({ clientId: '', directorId: '', status: 'done' })).toBe('?status=done');
		expect(filtersSearch({ clientId: '', directorId: '', status: '' })).toBe('');
	});

	it('counts overdue against today in each client’s time zone, and this ISO week', () => {
		// 2026-12-08T23:30Z: still Tuesday 12-08 in New York, already Wednesday 12-09 in Tokyo.
		const now = new Date('2026-12-08T23:30:00Z');
		const tasks = [
			{ onboarding_id: 'ny', due: '2026-12-08', done: false },
			{ onboarding_id: 'ny', due: '2026-12-01', done: true },
			{ onboarding_id: 'tk', due: '2026-12-08', done: false },
			{ onboarding_id: 'tk', due: '2026-12-14', done: false }
		];
		const [ny, tk] = localSummaries([state('ny', 'c1', 'America/New_York'), state('tk', 'c2', 'Asia/Tokyo')], tasks, now);
		expect(ny).toMatchObject({ done: 1, total: 2, overdue: 0, dueThisWeek: 1, templateChanged: false });
		expect(tk).toMatchObject({ done: 0, total: 2, overdue: 1, dueThisWeek: 1 });
	});

	it('filters by client, director and status; offers each once, by name', () => {
		const rows = localSummaries([state('a', 'c1', 'UTC'), state('b', 'c2', 'UTC', 'd2'), state('c', 'c1', null, null)], [], new Date());
		expect(applyFilters(rows, { clientId: 'c1', directorId: '', status: '' }).map((r) => r.id)).toEqual(['a', 'c']);
		expect(applyFilters(rows, { clientId: '', directorId: 'd2', status: '' }).map((r) => r.id)).toEqual(['b']);
		expect(applyFilters(rows, { clientId: '', directorId: '', status: 'done' })).toEqual([]);
		expect(optionsOf(rows, (row) => [row.directorId, row.directorName])).toEqual([
			{ id: 'd1', name: 'Director d1' },
			{ id: 'd2', name: 'Director d2' }
		]);
	});

	it('keeps only the active projects this device does not hold as the server does', () => {
		const listed = [
			{ id: 'same', status: 'active', version: 40 },
			{ id: 'newer', status: 'active', version: 41 },
			{ id: 'missing', status: 'active', version: 12 },
			{ id: 'ahead', status: 'active', version: 39 },
			{ id: 'unknown-here', status: 'active', version: 40 },
			{ id: 'unknown-there', status: 'active', version: null },
			{ id: 'done-newer', status: 'done', version: 41 },
			{ id: 'done-same', status: 'cancelled', version: 40 }
		] as const;
		const local = [
			{ onboarding_id: 'same', version: 40 },
			{ onboarding_id: 'newer', version: 40 },
			{ onboarding_id: 'ahead', version: 40 },
			{ onboarding_id: 'unknown-here', version: null },
			{ onboarding_id: 'unknown-there', version: 40 },
			{ onboarding_id: 'done-newer', version: 40 },
			{ onboarding_id: 'done-same', version: 40 },
			{ onboarding_id: 'not-listed', version: 1 }
		];
		expect(roomsToKeep(listed, local)).toEqual(['onboarding.newer', 'onboarding.missing', 'onboarding.unknown-here', 'onboarding.unknown-there']);
		expect([...behindOnDevice(listed, local)].sort()).toEqual(['done-newer', 'missing', 'newer', 'unknown-here', 'unknown-there']);
		// A visit with nothing new keeps nothing; a device that holds nothing yet keeps every active project.
		const known = listed.filter((row) => row.version !== null);
		expect(roomsToKeep(known, known.map((row) => ({ onboarding_id: row.id, version: row.version })))).toEqual([]);
		expect(roomsToKeep(listed, [])).toHaveLength(6);
	});

	it('carries the device’s version into its summaries', () => {
		expect(localSummaries([state('a', 'c1', 'UTC')], [], new Date())[0]!.version).toBe(40);
	});
});
