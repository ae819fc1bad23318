import { describe, expect, it } from 'vitest';
import { parseRoom, roomName } from './rooms';

describe('room names', () => {
	it('parses every kind of the contract', () => {
		expect(parseRoom('kb.abc123')).toEqual({ name: 'kb.abc123', kind: 'kb', id: 'abc123', part: null });
		expect(parseRoom('qa.client-1.2026-11')?.part).toBe('2026-11');
		expect(parseRoom('schedule.client-1.2026-W47')?.kind).toBe('schedule');
		expect(parseRoom('tickets.client-1.2026-02-28')?.part).toBe('2026-02-28');
		expect(parseRoom('directory')?.kind).toBe('directory');
		expect(parseRoom('notes.client-1')).toEqual({ name: 'notes.client-1', kind: 'notes', id: 'client-1', part: null });
	});

	it('refuses anything else', () => {
		for (const name of ['', 'kb', 'kb.', 'kb.ab', 'KB.abc', 'kb.abc.x', 'qa.abc', 'qa.abc.2026-13', 'schedule.abc.2026-W54', 'tickets.abc.2026-02-30x', 'directory.x', 'notes.abc.2026-11', 'nope.abc', `kb.${'a'.repeat(200)}`]) {
			expect(parseRoom(name)).toBeNull();
		}
	});

	it('round-trips through roomName', () => {
		expect(parseRoom(roomName('billing', 'client-1', '2026-11'))?.name).toBe('billing.client-1.2026-11');
		expect(roomName('directory')).toBe('directory');
	});
});
