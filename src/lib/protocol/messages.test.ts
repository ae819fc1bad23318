import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeAccess, encodeSaved, MESSAGE, readAccess, readSaved, unsavedCount } from './messages';

function body(frame: Uint8Array, type: number): decoding.Decoder {
	const decoder = decoding.createDecoder(frame);
	expect(decoding.readVarUint(decoder)).toBe(type);
	return decoder;
}

describe('project message types', () => {
	it('encodes and reads "saved" and "access"', () => {
		const doc = new Y.Doc();
		doc.getText('t').insert(0, 'abc');
		expect(readSaved(body(encodeSaved(Y.encodeStateVector(doc)), MESSAGE.saved))).toEqual(new Map([[doc.clientID, 3]]));
		expect(readAccess(body(encodeAccess('read-only'), MESSAGE.access))).toBe('read-only');
		expect(readAccess(body(encodeAccess('read-write'), MESSAGE.access))).toBe('read-write');
	});

	it('counts operations the server has not stored yet', () => {
		expect(unsavedCount(new Map([[1, 10], [2, 4]]), new Map([[1, 7]]))).toBe(7);
		expect(unsavedCount(new Map([[1, 10]]), new Map([[1, 12]]))).toBe(0);
	});
});
