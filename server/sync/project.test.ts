import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Projection, TableRows } from '#domain/projections/types';
import { projectQa } from '#domain/qa/room';
import { parseRoom } from '#protocol/rooms';
import { migrate } from '../../src/lib/db/migrate';
import { freshPglite } from '../../tests/helpers/pglite';
import { answerAndSubmit, assignReview } from '../../tests/sync/qa-helpers';
import { SessionService } from '../auth/sessions';
import { readMigrationFiles } from '../db/open';
import { wrapPglite } from '../db/pglite-store';
import type { Store } from '../db/store';
import type { Logger } from '../log';
import { roomProjector, RoomProjector } from './project';
import { SyncService } from './service';

/**
 * The projection step: in isolation (coalescing, errors), then inside a SyncService on a real
 * PGlite — the server's own writes and debounced batches of updates land in `qa_review`.
 */

let errors: string[] = [];
const logger: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: (message) => errors.push(message) };
beforeEach(() => {
	errors = [];
});

const qaRoom = parseRoom('qa.client-one.2021-02')!;
const rowsFor = (n: number): TableRows[] => [{ table: 't', scope: { k: 'x' }, rows: [{ n }] }];

/** An apply that records its calls and holds each until released. */
function gatedApply() {
	const applied: TableRows[][] = [];
	const gates: (() => void)[] = [];
	const apply = (tables: TableRows[]) => {
		applied.push(tables);
		return new Promise<void>((resolve) => gates.push(resolve));
	};
	const release = async () => {
		await Promise.resolve();
		gates.shift()?.();
		// Let the chain move on to the next application.
		await new Promise((resolve) => setTimeout(resolve, 0));
	};
	return { apply, applied, release };
}

describe('RoomProjector', () => {
	it('projects once per stored write and applies only the newest rows behind the running one', async () => {
		let n = 0;
		const projection: Projection = () => rowsFor(++n);
		const gate = gatedApply();
		const projector = new RoomProjector(qaRoom, new Y.Doc(), projection, gate.apply, logger);
		projector.stored();
		await Promise.resolve();
		projector.stored();
		projector.stored();
		projector.stored();
		expect(n).toBe(4);
		await gate.release();
		await gate.release();
		await projector.idle();
		// The first write's rows, then the fourth's: the second's and third's were superseded.
		expect(gate.applied).toEqual([rowsFor(1), rowsFor(4)]);
	});

	it('logs a failing projection or application with the room name, and tries again at the next write', async () => {
		let fail: 'projection' | 'apply' | null = 'projection';
		const applied: TableRows[][] = [];
		const projector = new RoomProjector(
			qaRoom,
			new Y.Doc(),
			() => {
				if (fail === 'projection') throw new Error('bad doc');
				return rowsFor(1);
			},
			async (tables) => {
				if (fail === 'apply') throw new Error('store down');
				applied.push(tables);
			},
			logger
		);
		expect(() => projector.stored()).not.toThrow();
		await projector.idle();
		fail = 'apply';
		projector.stored();
		await expect(projector.idle()).resolves.toBeUndefined();
		expect(errors).toEqual([
			'sync: could not project qa.client-one.2021-02 (tried again at its next write)',
			'sync: could not apply the projection of qa.client-one.2021-02 (tried again at its next write)'
		]);
		fail = null;
		projector.stored();
		await projector.idle();
		expect(applied).toEqual([rowsFor(1)]);
	});

	it('exists only for the kinds in the table', () => {
		const deps = { projections: { qa: projectQa }, apply: async () => {}, logger };
		expect(roomProjector('qa.client-one.2021-02', new Y.Doc(), deps)).toBeInstanceOf(RoomProjector);
		expect(roomProjector('tickets.client-one.2021-02-01', new Y.Doc(), deps)).toBeNull();
		expect(roomProjector('playbook.onboarding', new Y.Doc(), deps)).toBeNull();
	});
});

describe('the projection step in the sync server', () => {
	let store: Store;
	const services: SyncService[] = [];
	let calls: string[] = [];
	let projection: Projection = projectQa;
	const counted: Projection = (room, doc) => {
		calls.push(room.name);
		return projection(room, doc);
	};

	function service(): SyncService {
		const sync = new SyncService({
			store,
			sessions: new SessionService(store, 10),
			logger,
			options: { maxMessageBytes: 1 << 20, flushDebounceMs: 30, flushMaxWaitMs: 100, compactRows: 10, roomIdleMs: 60_000, awarenessThrottleMs: 0 },
			projections: { qa: counted }
		});
		services.push(sync);
		return sync;
	}

	beforeEach(async () => {
		store = wrapPglite(await freshPglite());
		await migrate(store, readMigrationFiles(), 'server');
		calls = [];
		projection = projectQa;
	});
	afterEach(async () => {
		for (const sync of services.splice(0)) await sync.close();
		await store.close();
	});

	const room = 'qa.client-one.2021-02';
	const review = { id: 'rev-1', clientId: 'client-one', heroId: 'hero-1', reviewerId: 'asso-1', assignedAt: '2021-02-08T09:00:00.000Z', week: '2021-W06' };
	const reviews = async () =>
		(await store.query<{ id: string; status: string; score: number | null }>('select id, status, score from qa_review order by id')).rows;
	const logRows = async () =>
		Number((await store.query<{ n: number }>('select count(*)::int as n from room_update where room = $1', [room])).rows[0]!.n);

	it("has the server's own write projected when withRoom resolves", async () => {
		const sync = service();
		await sync.withRoom(room, (doc) => assignReview(doc, review));
		expect(await reviews()).toEqual([{ id: 'rev-1', status: 'open', score: null }]);
		// greeting 1 → 1, accuracy 4 → 0.75 (×2), tone 2 → 0.5: (1 + 1.5 + 0.5) / 4 = 0.75.
		await sync.withRoom(room, (doc) => answerAndSubmit(doc, 'rev-1', { greeting: 1, accuracy: 4, tone: 2 }, 'asso-1', '2021-02-09T10:00:00.000Z'));
		expect(await reviews()).toEqual([{ id: 'rev-1', status: 'submitted', score: 0.75 }]);
		const { rows } = await store.query<{ category_id: string; value: string; score: number }>(
			'select category_id, value, score from qa_review_category order by category_id'
		);
		expect(rows).toEqual([
			{ category_id: 'accuracy', value: '4', score: 0.75 },
			{ category_id: 'greeting', value: '1', score: 1 },
			{ category_id: 'tone', value: '2', score: 0.5 }
		]);
	});

	it('projects a batch of many updates once, and not kinds outside the table', async () => {
		const sync = service();
		await sync.withRoom(room, (doc) => assignReview(doc, review));
		calls = [];
		// Twenty separate updates, as a client's keystrokes would arrive: one debounced write.
		await sync.readRoom(room, (doc) => {
			for (let i = 0; i < 20; i++) doc.getText('scratch').insert(0, 'x');
		});
		await sync.withRoom('playbook.projected-not', (doc) => doc.getMap('m').set('a', 1));
		await sync.flush();
		expect(calls).toEqual([room]);
	});

	it('stores and resolves even when projecting fails, and projects the whole room at the next write', async () => {
		const sync = service();
		projection = () => {
			throw new Error('bad doc');
		};
		await sync.withRoom(room, (doc) => assignReview(doc, review));
		expect(await logRows()).toBe(1);
		expect(await reviews()).toEqual([]);
		// A projection whose rows the store refuses: rolled back whole, logged.
		projection = (r, doc) => [...projectQa(r, doc), { table: 'no_such_table', scope: { a: 1 }, rows: [] }];
		await sync.withRoom(room, (doc) => doc.getMap('m').set('touch', 1));
		expect(await logRows()).toBe(2);
		expect(await reviews()).toEqual([]);
		expect(errors).toEqual([
			`sync: could not project ${room} (tried again at its next write)`,
			`sync: could not apply the projection of ${room} (tried again at its next write)`
		]);
		projection = projectQa;
		await sync.withRoom(room, (doc) => doc.getMap('m').set('touch', 2));
		expect(await reviews()).toEqual([{ id: 'rev-1', status: 'open', score: null }]);
	});

	it('does nothing when a stored room is loaded again: the table persists', async () => {
		await service().withRoom(room, (doc) => assignReview(doc, review));
		await services.pop()!.close();
		calls = [];
		const again = service();
		expect(await again.readRoom(room, (doc) => doc.getMap('reviews').size)).toBe(1);
		await again.flush();
		expect(calls).toEqual([]);
		expect(await reviews()).toEqual([{ id: 'rev-1', status: 'open', score: null }]);
	});
});
