import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseRoom } from '#protocol/rooms';
import { noteBody, noteExcerpt, noteMeta, readNoteMeta, stampNote } from './notes';
import { projectRoom } from './projections';

const room = parseRoom('notes.client-one')!;

describe('client notes', () => {
	it('stamps the author and time, writing the author only when it changes', () => {
		const doc = new Y.Doc();
		stampNote(doc, { id: 'u1', name: 'Claire' }, Date.UTC(2026, 10, 22, 9));
		expect(readNoteMeta(doc)).toEqual({ updatedAt: '2026-11-22T09:00:00.000Z', updatedBy: 'u1', updatedByName: 'Claire' });
		const before = Y.encodeStateVector(doc);
		stampNote(doc, { id: 'u1', name: 'Claire' }, Date.UTC(2026, 10, 22, 10));
		// One more operation (the time), not three.
		expect(Y.getState(doc.store, doc.clientID) - Y.decodeStateVector(before).get(doc.clientID)!).toBe(1);
	});

	it('reads malformed metadata as missing', () => {
		const doc = new Y.Doc();
		noteMeta(doc).set('updatedAt', 'yesterday');
		noteMeta(doc).set('updatedBy', 42);
		expect(readNoteMeta(doc)).toEqual({ updatedAt: null, updatedBy: null, updatedByName: null });
	});

	it('makes an excerpt of the first non-blank line', () => {
		expect(noteExcerpt('\n  \n  Escalate to Marta  \nsecond')).toBe('Escalate to Marta');
		expect(noteExcerpt('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
		expect(noteExcerpt('')).toBe('');
	});

	it('projects to one client_note row, or none before anything was written', () => {
		const doc = new Y.Doc();
		expect(projectRoom(room, doc)).toEqual([{ table: 'client_note', scope: { client_id: 'client-one' }, rows: [] }]);
		noteBody(doc).insert(0, 'VIP: call before 10:00');
		stampNote(doc, { id: 'u2', name: 'Marcus' }, Date.UTC(2026, 0, 2));
		expect(projectRoom(room, doc)[0]!.rows).toEqual([
			{
				client_id: 'client-one',
				body: 'VIP: call before 10:00',
				updated_at: '2026-01-02T00:00:00.000Z',
				updated_by: 'u2',
				updated_by_name: 'Marcus'
			}
		]);
		expect(projectRoom(parseRoom('directory')!, doc)).toEqual([]);
	});
});
