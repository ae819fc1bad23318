import { describe, expect, it } from 'vitest';
import { instantsOfWallTime, wallClockAt } from './zoned-time';

const wall = (iso: string) => Date.parse(`${iso}Z`);
const iso = (ms: number) => new Date(ms).toISOString();

describe('instantsOfWallTime', () => {
	it('has one instant for an ordinary time', () => {
		expect(instantsOfWallTime(wall('2026-01-15T09:30:00'), 'Europe/Paris').instants.map(iso)).toEqual(['2026-01-15T08:30:00.000Z']);
		expect(instantsOfWallTime(wall('2026-07-15T09:30:00'), 'America/New_York').instants.map(iso)).toEqual(['2026-07-15T13:30:00.000Z']);
	});
	it('has none for a time the clocks skip, and says the offset before the gap', () => {
		const skipped = instantsOfWallTime(wall('2026-03-29T02:30:00'), 'Europe/Paris');
		expect(skipped.instants).toEqual([]);
		expect(skipped.offsetBefore).toBe(3_600_000);
	});
	it('has two, in order, for a time the clocks pass twice', () => {
		expect(instantsOfWallTime(wall('2026-10-25T02:30:00'), 'Europe/Paris').instants.map(iso)).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z']);
	});
	it('refuses an unknown zone', () => {
		expect(() => wallClockAt(0, 'Mars/Olympus_Mons')).toThrow('unknown time zone: Mars/Olympus_Mons');
	});
});
