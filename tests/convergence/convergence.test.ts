import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PGliteInterface } from '@electric-sql/pglite';
import { projectRoom } from '../../src/lib/domain/projections';
import { createRandom, type Random } from '../../src/lib/domain/random';
import { parseRoom } from '../../src/lib/protocol/rooms';
import type { SyncDb } from '../../src/lib/sync/db';
import { readStoredDoc } from '../../src/lib/sync/room-log';
import { startServer, type RunningServer } from '../helpers/server';
import { eventually, signIn, sleep, TestPeer, wsUrl, type Session } from '../sync/helpers';
import { browserPglite } from '../helpers/pglite';
import { Device, fingerprint } from './schedule';

/**
 * Randomized convergence, seeded: per schedule, 3–5 devices — real y-websocket providers through
 * the browser's room registry, against the real built server, each persisting into its own
 * PGlite — edit one fresh notes room while randomly going offline, coming back and restarting
 * from their stored state. At the end every device, a fresh reader of each device's PGlite, the
 * projected `client_note` row and the server must agree, and hold every edit made.
 *
 *   npm run test:convergence                          # 200 schedules (CI)
 *   SCHEDULES=2000 npm run test:convergence           # more, on demand
 *   SEED=1234 SCHEDULES=1 npm run test:convergence    # replay one schedule
 *
 * The seed fixes each schedule's plan (devices, edits, disconnects, restarts, pauses); the
 * network's timing is real, so a replay explores the same plan, not the same interleaving.
 */

const SCHEDULES = Number(process.env.SCHEDULES ?? 200);
const FIRST_SEED = Number(process.env.SEED ?? 1);
const MAX_DEVICES = 5;

let server: RunningServer;
let sessions: Session[];
let clientIds: string[];
let stores: { pg: PGliteInterface; db: SyncDb }[];
const timings: number[] = [];

beforeAll(async () => {
	server = await startServer({
		env: {
			SEED_DEMO: '1',
			// Short batches on the server, and compaction often: both paths get exercised.
			SYNC_FLUSH_DEBOUNCE_MS: '10',
			SYNC_FLUSH_MAX_WAIT_MS: '40',
			SYNC_COMPACT_ROWS: '6',
			SYNC_ROOM_IDLE_MS: '2000'
		}
	});
	const [director, director2, associate, admin] = await Promise.all(
		['director', 'director2', 'associate', 'admin'].map((who) => signIn(server.url, `${who}@demo.test`))
	);
	sessions = [director!, director2!, associate!];
	// A fresh client per schedule (a fresh room), assigned to the associate so all three may write.
	clientIds = [];
	const stamp = Date.now().toString(36);
	for (let start = 0; start < SCHEDULES; start += 10) {
		const batch = Array.from({ length: Math.min(10, SCHEDULES - start) }, async (_, k) => {
			const response = await director!.api.post('/api/clients', {
				name: `Convergence ${FIRST_SEED + start + k} ${stamp}`,
				industry: 'ecommerce',
				languages: ['en'],
				timeZone: 'UTC'
			});
			expect(response.status).toBe(201);
			return ((await response.json()) as { id: string }).id;
		});
		clientIds.push(...(await Promise.all(batch)));
	}
	const patch = await admin!.api.patch(`/api/admin/users/${associate!.me.id}`, {
		clientIds: [...associate!.me.clientIds, ...clientIds]
	});
	expect(patch.status).toBe(200);
	stores = await Promise.all(Array.from({ length: MAX_DEVICES }, () => browserPglite()));
}, 180_000);

afterAll(async () => {
	await Promise.all((stores ?? []).map(({ pg }) => pg.close()));
	if (server) expect(await server.stop()).toBe(0);
	if (timings.length > 0) {
		const total = timings.reduce((sum, ms) => sum + ms, 0);
		const sorted = [...timings].sort((a, b) => a - b);
		console.info(
			`convergence: ${timings.length} schedules in ${(total / 1000).toFixed(1)} s ` +
				`(median ${sorted[Math.floor(sorted.length / 2)]} ms, max ${sorted[sorted.length - 1]} ms per schedule)`
		);
	}
});

type Step = 'marker' | 'filler' | 'delete' | 'own-key' | 'shared-key' | 'offline' | 'online' | 'restart' | 'pause';
const STEPS: [Step, number][] = [
	['marker', 30],
	['filler', 12],
	['delete', 14],
	['own-key', 8],
	['shared-key', 6],
	['offline', 7],
	['online', 7],
	['restart', 5],
	['pause', 11]
];

async function runSchedule(seed: number, clientId: string, trace: string[]): Promise<void> {
	const random = createRandom(seed);
	const room = `notes.${clientId}`;
	const devices = Array.from({ length: random.int(3, MAX_DEVICES) }, (_, index) => {
		const session = sessions[index % sessions.length]!;
		return new Device({
			index,
			db: stores[index]!.db,
			url: wsUrl(server.url),
			cookie: session.cookie,
			user: { id: session.me.id, name: session.me.name },
			room,
			compactRows: random.int(3, 12)
		});
	});
	try {
		await Promise.all(devices.map((device) => device.start(random.chance(0.8))));
		trace.push(`devices ${devices.map((d) => `${d.setup.index}:${d.online ? 'on' : 'off'}`).join(' ')}`);

		const steps = random.int(10, 24);
		for (let i = 0; i < steps; i++) {
			const device = random.pick(devices);
			const step = random.weighted(STEPS);
			trace.push(`${device.setup.index} ${step}${await act(device, step, random)}`);
			if (random.chance(0.5)) await sleep(random.int(0, 12));
		}

		// Everyone back online; wait until every device and the server hold everything.
		for (const device of devices) if (!device.online) device.setOnline(true);
		trace.push('all online');
		await eventually(() => {
			const expected = fingerprint(devices[0]!.doc);
			for (const device of devices) {
				expect(device.lease.room.status).toBe('online');
				expect(fingerprint(device.doc)).toBe(expected);
				// The server said it stored every edit of every device.
				expect(device.lease.room.pending).toBe(0);
			}
		}, 15_000);
		await Promise.all(devices.map((device) => device.lease.room.flush()));

		const reference = devices[0]!.doc;
		const text = reference.getText('body').toString();
		// What the pure projection makes of the converged doc: every device's table must hold it.
		const projected = projectRoom(parseRoom(room)!, reference)[0]!.rows;
		const meta = reference.getMap('meta').toJSON();
		for (const device of devices) {
			for (const marker of device.markers) expect(text.split(marker).length - 1, `marker ${marker}`).toBe(1);
			for (const key of device.keys) expect(meta, `key ${key}`).toHaveProperty(key);
		}

		// What each device stored restores to the same state, and its projection is in step.
		for (const device of devices) {
			const stored = await readStoredDoc(device.setup.db, room);
			expect(fingerprint(stored), `stored state of device ${device.setup.index}`).toBe(fingerprint(reference));
			stored.destroy();
			const rows = await device.setup.db.query<Record<string, unknown>>(
				'select client_id, body, updated_at::text is not null as stamped from client_note where client_id = $1',
				[clientId]
			);
			expect(rows, `projected rows of device ${device.setup.index}`).toEqual(
				projected.map((row) => ({ client_id: row.client_id, body: row.body, stamped: row.updated_at !== null }))
			);
		}

		// And the server holds the same.
		const reader = new TestPeer(server.url, room, sessions[0]!.cookie);
		try {
			await eventually(() => expect(fingerprint(reader.doc)).toBe(fingerprint(reference)), 10_000);
		} finally {
			reader.destroy();
		}
	} finally {
		await Promise.all(devices.map((device) => device.registry?.close()));
	}
}

async function act(device: Device, step: Step, random: Random): Promise<string> {
	switch (step) {
		case 'marker': {
			const marker = device.insertMarker(random);
			// An edit counts as waiting at once, until the server says it stored it.
			expect(device.lease.room.pending).toBeGreaterThan(0);
			return ` ${marker}`;
		}
		case 'filler':
			return ` ${device.insertFiller(random)}`;
		case 'delete':
			return ` ${JSON.stringify(device.deleteFiller(random))}`;
		case 'own-key':
			return ` ${device.setOwnKey()}`;
		case 'shared-key':
			return ` ${device.setSharedKey(random)}`;
		case 'offline':
			device.setOnline(false);
			return '';
		case 'online':
			device.setOnline(true);
			return '';
		case 'restart': {
			const online = random.chance(0.7);
			const pending = device.lease.room.pending;
			await device.restart(online);
			// The count survives the reload (own client ids and the last "saved" are stored).
			expect(device.lease.room.pending, 'changes waiting after a restart').toBe(pending);
			return `${online ? ' (online)' : ' (offline)'} pending ${pending}`;
		}
		case 'pause': {
			const ms = random.int(5, 40);
			await sleep(ms);
			return ` ${ms} ms`;
		}
	}
}

describe(`convergence over ${SCHEDULES} seeded schedules`, () => {
	for (let i = 0; i < SCHEDULES; i++) {
		const seed = FIRST_SEED + i;
		it(`seed ${seed}`, async () => {
			const trace: string[] = [];
			const started = Date.now();
			try {
				await runSchedule(seed, clientIds[i]!, trace);
			} catch (error) {
				const reason = error instanceof Error ? error.message : String(error);
				throw new Error(
					`Schedule with seed ${seed} failed — replay: SEED=${seed} SCHEDULES=1 npm run test:convergence\n` +
						`${reason}\nsteps:\n  ${trace.join('\n  ')}`,
					{ cause: error }
				);
			}
			timings.push(Date.now() - started);
		});
	}
});
