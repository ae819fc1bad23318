import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/lib/db/migrate';
import { roomVersion } from '../../src/lib/domain/projections/onboarding';
import { pendingChanges, progressOf, readComments, readOnboardingTasks } from '../../src/lib/domain/playbooks/onboarding';
import { readTemplate, validateOutline } from '../../src/lib/domain/playbooks/template';
import { roomName } from '../../src/lib/protocol/rooms';
import { freshPglite } from '../../tests/helpers/pglite';
import { SessionService } from '../auth/sessions';
import { readMigrationFiles } from '../db/open';
import { wrapPglite } from '../db/pglite-store';
import type { Store } from '../db/store';
import { createLogger } from '../log';
import { OnboardingService } from '../services/onboardings';
import { PlaybookService } from '../services/playbooks';
import { SyncService } from '../sync/service';
import { seedDemoWorkspace } from './demo';
import { DEMO_TEMPLATES, seedDemoPlaybooks } from './demo-playbooks';

const SEED = 20261122;
const TODAY = '2026-12-07';

async function open(): Promise<{ store: Store; sync: SyncService }> {
	const store = wrapPglite(await freshPglite());
	await migrate(store, readMigrationFiles(), 'server');
	const sync = new SyncService({
		store,
		sessions: new SessionService(store, 10),
		logger: createLogger('warn'),
		options: { maxMessageBytes: 1 << 20, flushDebounceMs: 50, flushMaxWaitMs: 200, compactRows: 50, roomIdleMs: 60_000, awarenessThrottleMs: 20 }
	});
	return { store, sync };
}

let a: { store: Store; sync: SyncService };

beforeAll(async () => {
	a = await open();
});
afterAll(async () => {
	await a.sync.close();
	await a.store.close();
});

const rows = async <T>(sql: string) => (await a.store.query<T>(sql)).rows;

describe('seedDemoPlaybooks on a real PGlite and sync service', () => {
	it('does nothing without the demo workspace (no director)', async () => {
		expect(await seedDemoPlaybooks({ ...a, seed: SEED, today: TODAY })).toEqual({ seeded: false, templates: 0, onboardings: 0 });
		expect(await rows('select * from playbook_template')).toEqual([]);
	});

	it('seeds three sound templates and onboardings in progress, projected like any room', async () => {
		await seedDemoWorkspace(a.store, { seed: SEED, password: 'demo-password' });
		const result = await seedDemoPlaybooks({ ...a, seed: SEED, today: TODAY });
		expect(result.seeded).toBe(true);
		expect(result.templates).toBe(3);
		expect(result.onboardings).toBeGreaterThanOrEqual(3);
		const states = await rows<{ template_id: string; name: string; task_count: number; problem_count: number }>('select * from playbook_state order by name');
		expect(states.map((s) => s.name)).toEqual(DEMO_TEMPLATES.map((t) => t.name).sort());
		expect(states.every((s) => s.problem_count === 0 && s.task_count >= 5)).toBe(true);
		for (const state of states) {
			const outline = await a.sync.readRoom(roomName('playbook', state.template_id), readTemplate);
			expect(validateOutline(outline)).toEqual([]);
		}
		const projects = await rows<{ onboarding_id: string; template_id: string; client_id: string }>('select * from onboarding_state');
		expect(projects).toHaveLength(result.onboardings);
		const standard = states.find((s) => s.name === 'Standard onboarding')!.template_id;
		let done = 0;
		let overdue = 0;
		let comments = 0;
		let changed = 0;
		for (const project of projects) {
			const standardNow = await a.sync.readRoom(roomName('playbook', project.template_id), readTemplate);
			await a.sync.readRoom(roomName('onboarding', project.onboarding_id), (doc) => {
				const tasks = readOnboardingTasks(doc);
				const progress = progressOf(tasks, TODAY);
				done += progress.done;
				overdue += progress.overdue;
				comments += tasks.reduce((n, task) => n + readComments(doc, task.id).length, 0);
				if (pendingChanges(doc, standardNow).length > 0) changed++;
				if (project.template_id !== standard) expect(pendingChanges(doc, standardNow)).toEqual([]);
			});
		}
		expect(done).toBeGreaterThan(0);
		expect(overdue).toBeGreaterThan(0);
		expect(comments).toBeGreaterThan(0);
		expect(changed).toBeGreaterThan(0);
		// The associates' clients: each project is visible to an associate.
		const assigned = await rows<{ n: number }>(
			`select count(*)::int as n from onboarding o where exists (select 1 from client_assignment a join app_user u on u.id = a.user_id where a.client_id = o.client_id and u.role = 'associate')`
		);
		expect(assigned[0]!.n).toBe(result.onboardings);
	});

	it('seeds once, and the same seed gives the same templates and projects elsewhere', async () => {
		expect((await seedDemoPlaybooks({ ...a, seed: SEED, today: TODAY })).seeded).toBe(false);
		const b = await open();
		try {
			await seedDemoWorkspace(b.store, { seed: SEED, password: 'demo-password' });
			await seedDemoPlaybooks({ ...b, seed: SEED, today: TODAY });
			const ids = async (store: Store) => (await store.query<{ id: string; client_id: string }>('select id, client_id from onboarding order by id')).rows;
			expect(await ids(b.store)).toEqual(await ids(a.store));
			const tasks = async (store: Store) => (await store.query('select onboarding_id, task_id, due, done from onboarding_task order by 1, 2')).rows;
			expect(await tasks(b.store)).toEqual(await tasks(a.store));
		} finally {
			await b.sync.close();
			await b.store.close();
		}
	});

	it('gives projects carried over from before versions their room’s version at start-up', async () => {
		const projected = await rows<{ onboarding_id: string; version: string | number }>('select onboarding_id, version from onboarding_state order by onboarding_id');
		expect(projected.length).toBeGreaterThan(0);
		expect(projected.every((row) => Number(row.version) > 0)).toBe(true);
		await a.store.query('update onboarding_state set version = null');
		const onboardings = new OnboardingService(a.store, a.sync, new PlaybookService(a.store, a.sync));
		expect(await onboardings.backfillVersions()).toBe(projected.length);
		const after = await rows<{ onboarding_id: string; version: string | number }>('select onboarding_id, version from onboarding_state order by onboarding_id');
		for (const [index, row] of after.entries()) {
			expect(Number(row.version)).toBe(Number(projected[index]!.version));
			expect(Number(row.version)).toBe(await a.sync.readRoom(roomName('onboarding', row.onboarding_id), roomVersion));
		}
		expect(await onboardings.backfillVersions()).toBe(0);
	});
});
