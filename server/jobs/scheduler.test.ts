import { PGlite } from '@electric-sql/pglite';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PGLITE_EXTENSIONS } from '../../src/lib/db/extensions';
import { migrate } from '../../src/lib/db/migrate';
import { readMigrationFiles } from '../db/open';
import { wrapPglite } from '../db/pglite-store';
import type { Store } from '../db/store';
import type { Logger } from '../log';
import { JobRunningError } from './errors';
import { INTERRUPTED } from './runs';
import { JobScheduler } from './scheduler';
import type { Job, JobContext, JobOutcome, JobRun } from './types';

// One migrated PGlite for the file, cloned for each test: migrating costs seconds, a clone not.
let template: PGlite;
beforeAll(async () => {
	template = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
	await migrate(wrapPglite(template), readMigrationFiles(), 'server');
});
afterAll(() => template.close());

const DIRECTOR = 'director-1';
let store: Store;
let scheduler: JobScheduler | undefined;
let logged: { level: string; message: string; error?: unknown }[];

beforeEach(async () => {
	store = wrapPglite(await template.clone());
	await store.query(
		`insert into app_user (id, email, name, role, password_hash) values ($1, 'd@demo.test', 'D', 'director', 'x')`,
		[DIRECTOR]
	);
	logged = [];
	scheduler = undefined;
});
afterEach(async () => {
	await scheduler?.stop();
	await store.close();
});

const log: Logger = {
	debug: () => {},
	info: (message) => logged.push({ level: 'info', message }),
	warn: (message) => logged.push({ level: 'warn', message }),
	error: (message, error) => logged.push({ level: 'error', message, error })
};

function job(name: string, run: (ctx: JobContext) => Promise<JobOutcome>, extra: Partial<Job> = {}): Job {
	return { name, description: `${name} for tests`, schedule: '17 3 * * *', timeZone: 'UTC', run, ...extra };
}

function schedulerWith(...jobs: Job[]): JobScheduler {
	scheduler = new JobScheduler({ store, log, jobs, stopGraceMs: 2_000 });
	return scheduler;
}

/** A promise the test settles: lets a job wait at a point the test chooses. */
function gate() {
	let open!: () => void;
	const opened = new Promise<void>((resolve) => (open = resolve));
	return { open, opened };
}

async function ended(jobs: JobScheduler, runId: string): Promise<JobRun> {
	return vi.waitFor(
		async () => {
			const run = await jobs.getRun(runId);
			if (run.status === 'running') throw new Error('still running');
			return run;
		},
		{ timeout: 5_000, interval: 20 }
	);
}

describe('JobScheduler runs', () => {
	it('records a run as running, then succeeded with its summary and hashes', async () => {
		const release = gate();
		const jobs = schedulerWith(
			job('tidy', async () => {
				await release.opened;
				return { summary: 'tidied 3 things', inputsHash: 'in-1', outputsHash: 'out-1' };
			})
		);
		const { runId } = await jobs.runNow('tidy', { by: DIRECTOR });
		expect(await jobs.getRun(runId)).toMatchObject({ id: runId, job: 'tidy', status: 'running', finishedAt: null });

		release.open();
		const run = await ended(jobs, runId);
		expect(run).toMatchObject({
			trigger: 'manual',
			status: 'succeeded',
			progress: 1,
			summary: 'tidied 3 things',
			inputsHash: 'in-1',
			outputsHash: 'out-1',
			error: null
		});
		expect(Date.parse(run.finishedAt!)).toBeGreaterThanOrEqual(Date.parse(run.startedAt));
		const { rows } = await store.query<{ requested_by: string }>('select requested_by from job_run where id = $1', [runId]);
		expect(rows[0]!.requested_by).toBe(DIRECTOR);
		expect((await jobs.list())[0]!.lastRun).toEqual(run);
	});

	it('records a throwing job as failed with its message only, and logs the stack', async () => {
		const jobs = schedulerWith(
			job('broken', async () => {
				throw new Error('no such client: c-42');
			})
		);
		const { runId } = await jobs.runNow('broken', { by: DIRECTOR });
		const run = await ended(jobs, runId);
		expect(run.status).toBe('failed');
		expect(run.error).toBe('no such client: c-42');
		const entry = logged.find((e) => e.level === 'error' && e.message.includes(runId));
		expect((entry?.error as Error).stack).toMatch(/scheduler\.test\.ts/);
	});

	it('aborts a run that exceeds its timeout and records it timed out', async () => {
		let signal: AbortSignal | undefined;
		const jobs = schedulerWith(
			job(
				'slow',
				async (ctx) => {
					signal = ctx.signal;
					// Ignores its signal on purpose: the run is failed at the timeout anyway.
					await new Promise((resolve) => setTimeout(resolve, 400));
					return { summary: 'too late' };
				},
				{ timeoutMs: 50 }
			)
		);
		const { runId } = await jobs.runNow('slow', { by: DIRECTOR });
		const run = await ended(jobs, runId);
		expect(run).toMatchObject({ status: 'failed', error: 'timed out after 0.05 s', summary: null });
		expect(signal?.aborted).toBe(true);
		// Until the job really returns it still holds its name; then the record stays failed.
		await expect(jobs.runNow('slow', { by: DIRECTOR })).rejects.toMatchObject({ status: 409, runId });
		await vi.waitFor(async () => expect((await jobs.runNow('slow', { by: DIRECTOR })).runId).not.toBe(runId), {
			timeout: 2_000,
			interval: 50
		});
		expect((await jobs.getRun(runId)).status).toBe('failed');
	});

	it('never runs a job twice at once: the second ask is a 409 carrying the running run', async () => {
		const release = gate();
		let calls = 0;
		const jobs = schedulerWith(
			job('single', async () => {
				calls++;
				await release.opened;
				return { summary: 'done' };
			})
		);
		// Asked twice in the same tick: exactly one starts.
		const [a, b] = await Promise.allSettled([
			jobs.runNow('single', { by: DIRECTOR }),
			jobs.runNow('single', { by: DIRECTOR })
		]);
		expect(a.status).toBe('fulfilled');
		const first = (a as PromiseFulfilledResult<{ runId: string }>).value.runId;
		const refused = (b as PromiseRejectedResult).reason as JobRunningError;
		expect(JobRunningError.is(refused)).toBe(true);
		expect(refused.status).toBe(409);
		expect(refused.runId).toBe(first);
		expect(refused.message).toContain(first);

		const again = await jobs.runNow('single', { by: DIRECTOR }).catch((e: unknown) => e);
		expect(again).toMatchObject({ status: 409, runId: first });

		release.open();
		await ended(jobs, first);
		expect(calls).toBe(1);
		// Free again once it ended.
		await vi.waitFor(() => jobs.runNow('single', { by: DIRECTOR }), { timeout: 2_000, interval: 20 });
	});

	it('records progress clamped to [0, 1], and throttles the writes', async () => {
		const halfway = gate();
		const release = gate();
		let progressWrites = 0;
		const counting: Store = {
			...store,
			query: (sql, params) => {
				if (/set progress = \$2, note = \$3/.test(sql)) progressWrites++;
				return store.query(sql, params);
			}
		};
		scheduler = new JobScheduler({
			store: counting,
			log,
			jobs: [
				job('steps', async (ctx) => {
					await ctx.progress(0.25, 'client 1 of 4');
					await halfway.opened;
					// A burst: the first write waits out the interval, then only the latest goes out.
					for (let i = 0; i < 100; i++) await ctx.progress(0.25 + i / 100);
					await ctx.progress(-3, 'client 2 of 4');
					await release.opened;
					return { summary: 'all 4 clients' };
				})
			]
		});
		const { runId } = await scheduler.runNow('steps', { by: DIRECTOR });
		await vi.waitFor(async () =>
			expect(await scheduler!.getRun(runId)).toMatchObject({ status: 'running', progress: 0.25, note: 'client 1 of 4' })
		);
		const before = progressWrites;
		halfway.open();
		await vi.waitFor(
			async () => expect(await scheduler!.getRun(runId)).toMatchObject({ progress: 0, note: 'client 2 of 4' }),
			{ timeout: 2_000, interval: 20 }
		);
		expect(progressWrites - before).toBeLessThanOrEqual(2);

		release.open();
		expect(await ended(scheduler, runId)).toMatchObject({ status: 'succeeded', progress: 1, note: 'client 2 of 4' });
	});

	it('answers 404 for an unknown job or run', async () => {
		const jobs = schedulerWith(job('known', async () => ({ summary: 'ok' })));
		await expect(jobs.runNow('unknown', { by: DIRECTOR })).rejects.toMatchObject({ status: 404 });
		await expect(jobs.getRun('no-such-run')).rejects.toMatchObject({ status: 404 });
		await expect(jobs.runs('unknown')).rejects.toMatchObject({ status: 404 });
	});

	it('lists a job\'s runs newest first', async () => {
		let n = 0;
		const jobs = schedulerWith(job('count', async () => ({ summary: `run ${++n}` })));
		for (let i = 0; i < 3; i++) await ended(jobs, (await jobs.runNow('count', { by: DIRECTOR })).runId);
		expect((await jobs.runs('count', 2)).map((r) => r.summary)).toEqual(['run 3', 'run 2']);
	});
});

describe('JobScheduler lifecycle', () => {
	it('marks runs a previous process left running as interrupted when it starts', async () => {
		const hourAgo = new Date(Date.now() - 3_600_000);
		await store.query(
			`insert into job_run (id, job, trigger, status, progress, started_at) values
			   ('left-1', 'tidy', 'schedule', 'running', 0.4, $1),
			   ('left-2', 'retired-job', 'manual', 'running', 0, $1)`,
			[hourAgo]
		);
		await store.query(
			`insert into job_run (id, job, trigger, status, started_at, finished_at, summary)
			 values ('done-1', 'tidy', 'schedule', 'succeeded', $1, $1, 'fine')`,
			[hourAgo]
		);
		const jobs = schedulerWith(job('tidy', async () => ({ summary: 'ok' })));
		await jobs.start();

		for (const id of ['left-1', 'left-2']) {
			const run = await jobs.getRun(id);
			expect(run).toMatchObject({ status: 'failed', error: INTERRUPTED });
			expect(run.finishedAt).not.toBeNull();
		}
		expect(await jobs.getRun('left-1')).toMatchObject({ progress: expect.closeTo(0.4, 5) });
		expect(await jobs.getRun('done-1')).toMatchObject({ status: 'succeeded', error: null });
	});

	it('stop() aborts running runs, records them interrupted and waits for them', async () => {
		let finished = false;
		const jobs = schedulerWith(
			job('long', async (ctx) => {
				await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve));
				await new Promise((resolve) => setTimeout(resolve, 50));
				finished = true;
				throw ctx.signal.reason;
			})
		);
		await jobs.start();
		const { runId } = await jobs.runNow('long', { by: DIRECTOR });
		await jobs.stop();
		expect(finished).toBe(true);
		expect(await jobs.getRun(runId)).toMatchObject({ status: 'failed', error: INTERRUPTED });
		await expect(jobs.runNow('long', { by: DIRECTOR })).rejects.toMatchObject({ status: 409 });
	});

	it('refuses a bad cron expression or time zone when built, naming the job', () => {
		const ok = async () => ({ summary: 'ok' });
		expect(() => schedulerWith(job('bad-cron', ok, { schedule: '61 * * * *' }))).toThrow(
			/Job "bad-cron": invalid cron expression "61 \* \* \* \*"/
		);
		expect(() => schedulerWith(job('bad-fields', ok, { schedule: 'every day' }))).toThrow(/Job "bad-fields"/);
		expect(() => schedulerWith(job('bad-zone', ok, { timeZone: 'Mars/Olympus_Mons' }))).toThrow(
			'Job "bad-zone": unknown time zone "Mars/Olympus_Mons".'
		);
		expect(() => schedulerWith(job('twice', ok), job('twice', ok))).toThrow(/registered twice/);
		scheduler = undefined;
	});

	it('fires a job on its schedule through node-cron (every second)', async () => {
		const jobs = schedulerWith(job('tick', async () => ({ summary: 'tick' }), { schedule: '* * * * * *' }));
		expect((await jobs.list())[0]!.nextRunAt).toBeNull();
		await jobs.start();
		const next = (await jobs.list())[0]!.nextRunAt!;
		expect(Date.parse(next) - Date.now()).toBeLessThanOrEqual(1_000);

		const run = await vi.waitFor(
			async () => {
				const [latest] = await jobs.runs('tick', 1);
				if (latest?.status !== 'succeeded') throw new Error('no scheduled run yet');
				return latest;
			},
			{ timeout: 3_000, interval: 50 }
		);
		expect(run).toMatchObject({ trigger: 'schedule', summary: 'tick' });
		const { rows } = await store.query<{ requested_by: string | null }>('select requested_by from job_run where id = $1', [
			run.id
		]);
		expect(rows[0]!.requested_by).toBeNull();
		await jobs.stop();
		expect((await jobs.list())[0]!.nextRunAt).toBeNull();
	});
});
