import type { RequestEvent } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMigrationFiles } from '#server/db/open';
import { wrapPglite } from '#server/db/pglite-store';
import type { Store } from '#server/db/store';
import { JobScheduler } from '#server/jobs/scheduler';
import { freshPglite } from '../../../../tests/helpers/pglite';
import { migrate } from '$lib/db/migrate';
import { POST } from './[name]/run/+server';

/**
 * The 409 answer carries the running run's id. The built server cannot show it reliably: its
 * one job is done before the server reads the next request (PGlite answers without waiting on
 * I/O), so the endpoint is called here directly, over a real scheduler and store.
 */
describe('POST /api/jobs/:name/run', () => {
	let store: Store;
	let jobs: JobScheduler;
	let release: () => void;
	const log = { debug() {}, info() {}, warn() {}, error() {} };

	beforeAll(async () => {
		store = wrapPglite(await freshPglite());
		await migrate(store, readMigrationFiles(), 'server');
		await store.query(
			`insert into app_user (id, email, name, role, password_hash) values ('d1', 'd@demo.test', 'D', 'director', 'x')`
		);
		const gate = new Promise<void>((resolve) => (release = resolve));
		jobs = new JobScheduler({
			store,
			log,
			jobs: [
				{
					name: 'waits',
					description: 'Waits for the test.',
					schedule: '17 3 * * *',
					timeZone: 'UTC',
					run: async () => {
						await gate;
						return { summary: 'done' };
					}
				}
			]
		});
	});
	afterAll(async () => {
		release();
		await jobs.stop();
		await store.close();
	});

	const post = async (name: string) => {
		const event = {
			locals: { app: { jobs, log }, user: { id: 'd1', role: 'director' }, sessionId: 's1' },
			params: { name },
			request: new Request(`http://localhost/api/jobs/${name}/run`, { method: 'POST' }),
			url: new URL(`http://localhost/api/jobs/${name}/run`)
		} as unknown as RequestEvent;
		const response = await POST(event);
		return { status: response.status, body: (await response.json()) as Record<string, unknown> };
	};

	it('answers 202 { runId }, then 409 { message, runId } while that run goes on', async () => {
		const first = await post('waits');
		expect(first.status).toBe(202);
		const runId = first.body.runId as string;
		expect(runId).toMatch(/^\w+$/);

		const second = await post('waits');
		expect(second.status).toBe(409);
		expect(second.body).toEqual({ message: `Job waits is already running (run ${runId}).`, runId });
	});

	it('answers 404 with only a message for an unknown job', async () => {
		expect(await post('nope')).toEqual({ status: 404, body: { message: 'No such job.' } });
	});
});
