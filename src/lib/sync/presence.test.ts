import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { initials, othersIn, userColor } from './presence';
import { Throttle } from './throttle';

describe('presence', () => {
	it('lists other people once each, never this tab or the signed-in user', () => {
		const mine = new Awareness(new Y.Doc());
		mine.setLocalState({ user: { id: 'me', name: 'Me', color: '#000000' } });
		const peers = [
			{ user: { id: 'u2', name: 'Zoé', color: '#112233' }, cursor: { head: 1 } },
			{ user: { id: 'u2', name: 'Zoé', color: '#112233' } },
			{ user: { id: 'me', name: 'Me (other tab)' } },
			{ user: { id: 'u3', name: 'Ana', color: 'red' } },
			{ nobody: true }
		].map((state) => {
			const other = new Awareness(new Y.Doc());
			other.setLocalState(state);
			return other;
		});
		for (const other of peers) applyAwarenessUpdate(mine, encodeAwarenessUpdate(other, [other.clientID]), 'remote');
		const others = othersIn(mine, 'me');
		expect(others.map((peer) => [peer.name, peer.color])).toEqual([
			['Ana', userColor('u3')],
			['Zoé', '#112233']
		]);
		for (const awareness of [mine, ...peers]) awareness.destroy();
	});

	it('makes initials and stable colours', () => {
		expect(initials('Claire Dubois')).toBe('CD');
		expect(initials('  léa  ')).toBe('L');
		expect(initials('Jean Paul Sartre')).toBe('JS');
		expect(userColor('abc')).toBe(userColor('abc'));
	});
});

describe('Throttle', () => {
	it('calls at once, then once at the end of the window with the latest value', async () => {
		const calls: number[] = [];
		const throttle = new Throttle(40, (value: number) => calls.push(value));
		throttle.call(1);
		throttle.call(2);
		throttle.call(3);
		expect(calls).toEqual([1]);
		await new Promise((resolve) => setTimeout(resolve, 60));
		expect(calls).toEqual([1, 3]);
		throttle.call(4);
		throttle.cancel();
		await new Promise((resolve) => setTimeout(resolve, 60));
		expect(calls).toEqual([1, 3]);
	});
});
