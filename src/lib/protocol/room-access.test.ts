import { describe, expect, it } from 'vitest';
import { decideRoomAccess, needsAssignment, roomAccessMarkdown } from './room-access';

describe('room access table', () => {
	it('decides from role, kind and assignment', () => {
		expect(decideRoomAccess('associate', 'qa', true)).toBe('read-write');
		expect(decideRoomAccess('associate', 'qa', false)).toBeNull();
		expect(decideRoomAccess('hero', 'qa', true)).toBeNull();
		expect(decideRoomAccess('hero', 'schedule', true)).toBe('read-only');
		expect(decideRoomAccess('hero', 'kb', true)).toBeNull();
		expect(decideRoomAccess('director', 'billing', false)).toBe('read-write');
		expect(decideRoomAccess('admin', 'directory', false)).toBe('read-only');
		expect(needsAssignment('director', 'qa')).toBe(false);
		expect(needsAssignment('hero', 'kb-published')).toBe(true);
		expect(decideRoomAccess('associate', 'notes', true)).toBe('read-write');
		expect(decideRoomAccess('associate', 'notes', false)).toBeNull();
		expect(decideRoomAccess('hero', 'notes', true)).toBeNull();
		expect(decideRoomAccess('admin', 'notes', false)).toBeNull();
	});

	it('renders as a Markdown table for the README', () => {
		const table = roomAccessMarkdown();
		expect(table.split('\n')).toHaveLength(2 + 10);
		expect(table).toContain('| `onboarding` | — | rw | rw if assigned | — |');
		expect(table).toContain('| `kb-published` | — | ro | ro if assigned | ro if assigned |');
	});
});
