import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiClient, startServer, type RunningServer } from '../helpers/server';
import type { JobInfo, JobRun } from '../../server/jobs/types';

let server: RunningServer;
const signedIn = async (email: string) => {
	const api = new ApiClient(server.url);
	await api.login(email);
	return api;
};

beforeAll(async () => {
	server = await startServer({ env: { SEED_DEMO: '1' } });
});
afterAll(async () => {
	expect(await server.stop()).toBe(0);
});

describe('jobs API', () => {
	it('lists the jobs with their schedule for directors and admins', async () => {
		for (const email of ['director@demo.test', 'admin@demo.test']) {
			const response = await (await signedIn(email)).get('/api/jobs');
			expect(response.status).toBe(200);
			const jobs = (await response.json()) as JobInfo[];
			const cleanup = jobs.find((job) => job.name === 'sessions-cleanup');
			expect(cleanup).toMatchObject({ schedule: '17 3 * * *', timeZone: 'UTC' });
			expect(cleanup!.description).toBeTruthy();
			// Started with the server: the next run is the coming 03:17 UTC.
			const next = new Date(cleanup!.nextRunAt!);
			expect([next.getUTCHours(), next.getUTCMinutes()]).toEqual([3, 17]);
			expect(next.getTime()).toBeGreaterThan(Date.now());
		}
	});

	it('refuses the list to other roles (403) and to the signed-out (401)', async () => {
		expect((await (await signedIn('hero@demo.test')).get('/api/jobs')).status).toBe(403);
		expect((await (await signedIn('associate@demo.test')).get('/api/jobs')).status).toBe(403);
		expect((await new ApiClient(server.url).get('/api/jobs')).status).toBe(401);
	});

	it('runs a job for a director: 202 with a run id, followed until it succeeds', async () => {
		const director = await signedIn('director@demo.test');
		const response = await director.post('/api/jobs/sessions-cleanup/run');
		expect(response.status).toBe(202);
		const { runId } = (await response.json()) as { runId: string };
		expect(runId).toMatch(/^\w+$/);

		const run = await vi.waitFor(
			async () => {
				const polled = (await (await director.get(`/api/jobs/runs/${runId}`)).json()) as JobRun;
				if (polled.status === 'running') throw new Error('still running');
				return polled;
			},
			{ timeout: 10_000, interval: 100 }
		);
		expect(run).toMatchObject({
			id: runId,
			job: 'sessions-cleanup',
			trigger: 'manual',
			status: 'succeeded',
			progress: 1,
			error: null
		});
		expect(run.summary).toMatch(/^deleted \d+ expired sessions?$/);
		expect(Object.keys(run).sort()).toEqual(
			['error', 'finishedAt', 'id', 'inputsHash', 'job', 'note', 'outputsHash', 'progress', 'startedAt', 'status', 'summary', 'trigger'].sort()
		);

		// Admins may follow it and see it as the job's last run.
		const admin = await signedIn('admin@demo.test');
		expect((await admin.get(`/api/jobs/runs/${runId}`)).status).toBe(200);
		const jobs = (await (await admin.get('/api/jobs')).json()) as JobInfo[];
		expect(jobs.find((job) => job.name === 'sessions-cleanup')!.lastRun).toEqual(run);
	});

	it('lets directors only start a run (admin 403, hero 403, signed out 401)', async () => {
		expect((await (await signedIn('admin@demo.test')).post('/api/jobs/sessions-cleanup/run')).status).toBe(403);
		expect((await (await signedIn('hero@demo.test')).post('/api/jobs/sessions-cleanup/run')).status).toBe(403);
		expect((await new ApiClient(server.url).post('/api/jobs/sessions-cleanup/run')).status).toBe(401);
	});

	it('answers 404 with a message for an unknown job or run', async () => {
		const director = await signedIn('director@demo.test');
		const job = await director.post('/api/jobs/no-such-job/run');
		expect(job.status).toBe(404);
		expect(await job.json()).toEqual({ message: 'No such job.' });
		const run = await director.get('/api/jobs/runs/no-such-run');
		expect(run.status).toBe(404);
		expect(await run.json()).toEqual({ message: 'No such run.' });
		expect((await (await signedIn('hero@demo.test')).get('/api/jobs/runs/no-such-run')).status).toBe(403);
	});
});
