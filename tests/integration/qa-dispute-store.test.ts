import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { wrapPglite } from '../../server/db/pglite-store';
import { applyToStore } from '../../server/sync/project';
import { migrate } from '../../src/lib/db/migrate';
import { raiseDispute, resolveDispute } from '../../src/lib/domain/qa/disputes';
import { projectQa } from '../../src/lib/domain/qa/room';
import { parseRoom } from '../../src/lib/protocol/rooms';
import { applyProjection } from '../../src/lib/sync/apply-projection';
import { browserPglite, freshPglite } from '../helpers/pglite';
import { answerAndSubmit, assignReview } from '../sync/qa-helpers';

/**
 * A month room with disputes projects into both stores' `qa_dispute` (migrations up to 0024):
 * the browser's (applyProjection in a PGlite with the browser schema) and the server's
 * (applyToStore), the same rows in each.
 */

const ROOM = parseRoom('qa.client-1.2021-04')!;
const AT = '2021-04-06T10:00:00.000Z';

function room(): Y.Doc {
	const doc = new Y.Doc();
	const base = { clientId: 'client-1', reviewerId: 'asso-1', week: '2021-W14', assignedAt: '2021-04-05T09:00:00.000Z' };
	assignReview(doc, { ...base, id: 'r1', heroId: 'hero-1' });
	answerAndSubmit(doc, 'r1', { greeting: 0, accuracy: 3, tone: 'na' }, 'asso-1', AT);
	raiseDispute(doc, { id: 'd1', reviewId: 'r1', categoryId: 'accuracy', heroId: 'hero-1', comment: 'It was right.', at: AT });
	raiseDispute(doc, { id: 'd2', reviewId: 'r1', categoryId: 'greeting', heroId: 'hero-1', comment: 'I greeted.', at: AT });
	raiseDispute(doc, { id: 'd3', reviewId: 'r1', categoryId: 'tone', heroId: 'hero-1', comment: 'It applies.', at: AT });
	resolveDispute(doc, 'd1', { decision: 'accept', newValue: 5, note: 'Agreed.' }, 'asso-1', AT);
	resolveDispute(doc, 'd2', { decision: 'reject', reason: 'No greeting in the transcript.' }, 'asso-1', AT);
	return doc;
}

const SELECT = `select id, review_id, category_id, status, comment, original_value, new_value, reason, resolved_by
                  from qa_dispute order by id`;
const EXPECTED = [
	{ id: 'd1', review_id: 'r1', category_id: 'accuracy', status: 'accepted', comment: 'It was right.', original_value: '3', new_value: '5', reason: 'Agreed.', resolved_by: 'asso-1' },
	{ id: 'd2', review_id: 'r1', category_id: 'greeting', status: 'rejected', comment: 'I greeted.', original_value: '0', new_value: null, reason: 'No greeting in the transcript.', resolved_by: 'asso-1' },
	{ id: 'd3', review_id: 'r1', category_id: 'tone', status: 'open', comment: 'It applies.', original_value: 'na', new_value: null, reason: null, resolved_by: null }
];

describe('qa_dispute in both stores', () => {
	const closing: (() => Promise<unknown>)[] = [];
	afterAll(async () => {
		for (const close of closing) await close();
	});

	it('the browser store takes the projection', async () => {
		const { pg, db } = await browserPglite();
		closing.push(() => pg.close());
		await db.transaction((tx) => applyProjection(tx, projectQa(ROOM, room())));
		expect(await db.query(SELECT)).toEqual(EXPECTED);
		expect(await db.query<{ value: string }>(`select value from qa_review_category where category_id = 'accuracy'`)).toEqual([{ value: '5' }]);
	});

	it('the server store takes the projection', async () => {
		const pg = await freshPglite();
		const dir = join(import.meta.dirname, '../../migrations');
		const files = readdirSync(dir).map((name) => ({ name, sql: readFileSync(join(dir, name), 'utf8') }));
		const store = wrapPglite(pg);
		closing.push(() => store.close());
		await migrate(
			{
				query: (sql, params) => pg.query(sql, params),
				exec: async (sql) => void (await pg.exec(sql)),
				transaction: (fn) => pg.transaction((tx) => fn({ query: (sql, params) => tx.query(sql, params), exec: async (sql) => void (await tx.exec(sql)) }))
			},
			files,
			'server'
		);
		await applyToStore(store)(projectQa(ROOM, room()));
		expect((await store.query(SELECT)).rows).toEqual(EXPECTED);
	});
});
