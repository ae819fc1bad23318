import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { ARRIVAL_PROFILES } from './arrival-profile';
import { lastDays, ticketArrivals, weekdayOf, zonedTimeToUtc } from './arrivals';

describe('zonedTimeToUtc', () => {
	it('reads wall-clock time in the zone, across both DST changes', () => {
		expect(zonedTimeToUtc('2026-01-15', '09:30', 'Europe/Paris')).toBe('2026-01-15T08:30:00.000Z');
		expect(zonedTimeToUtc('2026-07-15', '09:30', 'Europe/Paris')).toBe('2026-07-15T07:30:00.000Z');
		// 29 March 2026, 02:00 → 03:00: 02:30 does not exist and moves forward by the gap.
		expect(zonedTimeToUtc('2026-03-29', '01:59:59', 'Europe/Paris')).toBe('2026-03-29T00:59:59.000Z');
		expect(zonedTimeToUtc('2026-03-29', '02:30', 'Europe/Paris')).toBe('2026-03-29T01:30:00.000Z');
		expect(zonedTimeToUtc('2026-03-29', '03:00', 'Europe/Paris')).toBe('2026-03-29T01:00:00.000Z');
		// 25 October 2026, 03:00 → 02:00: 02:30 happens twice; the first one.
		expect(zonedTimeToUtc('2026-10-25', '02:30', 'Europe/Paris')).toBe('2026-10-25T00:30:00.000Z');
		expect(zonedTimeToUtc('2026-10-25', '03:30', 'Europe/Paris')).toBe('2026-10-25T02:30:00.000Z');
		expect(zonedTimeToUtc('2026-11-02', '00:00', 'America/New_York')).toBe('2026-11-02T05:00:00.000Z');
	});
	it('refuses malformed input', () => {
		expect(() => zonedTimeToUtc('2026-13-01x', '09:00', 'UTC')).toThrow(RangeError);
		expect(() => zonedTimeToUtc('2026-01-01', '9h', 'UTC')).toThrow(RangeError);
	});
});

describe('ticketArrivals', () => {
	const days = lastDays('2026-11-22', 91);
	const arrivals = (seed: number, dailyMean = 40) =>
		ticketArrivals({ random: createRandom(seed), days, timeZone: 'UTC', dailyMean, profile: 'bank2003' });

	it('is the same for the same seed and sorted', () => {
		const a = arrivals(1);
		expect(a).toEqual(arrivals(1));
		expect(a).not.toEqual(arrivals(2));
		expect([...a].sort()).toEqual(a);
	});

	it('follows the profile: its weekdays, its hours, its mean', () => {
		const profile = ARRIVAL_PROFILES.bank2003;
		const a = arrivals(7, 200);
		const byWeekday = [0, 0, 0, 0, 0, 0, 0];
		const bySlot = Array.from({ length: 48 }, () => 0);
		for (const instant of a) {
			byWeekday[weekdayOf(instant.slice(0, 10))]!++;
			bySlot[Number(instant.slice(11, 13)) * 2 + (Number(instant.slice(14, 16)) >= 30 ? 1 : 0)]!++;
		}
		// A closed weekday gets nothing; an open one about dailyMean × factor per day (13 weeks).
		profile.weekdayFactors.forEach((factor, weekday) => {
			if (factor === 0) expect(byWeekday[weekday]).toBe(0);
			else expect(byWeekday[weekday]! / 13 / (200 * factor)).toBeCloseTo(1, 1);
		});
		// The hours: correlation with the Monday–Friday mean shape.
		const shape = bySlot.map((_, slot) => profile.intraday.slice(0, 5).reduce((sum, day) => sum + day[slot]!, 0) / 5);
		expect(pearson(bySlot, shape)).toBeGreaterThan(0.97);
	});

	it('lays the slots out in the client time zone', () => {
		const paris = ticketArrivals({ random: createRandom(3), days, timeZone: 'Europe/Paris', dailyMean: 40, profile: 'bank2003' });
		const utc = ticketArrivals({ random: createRandom(3), days, timeZone: 'UTC', dailyMean: 40, profile: 'bank2003' });
		// Same draws, earlier instants: Paris is one or two hours ahead of UTC.
		expect(paris.length).toBe(utc.length);
		const shift = (i: number) => (Date.parse(utc[i]!) - Date.parse(paris[i]!)) / 3_600_000;
		expect([shift(0), shift(paris.length - 1)].every((h) => h === 1 || h === 2)).toBe(true);
	});
});

function pearson(a: number[], b: number[]): number {
	const mean = (x: number[]) => x.reduce((s, v) => s + v, 0) / x.length;
	const ma = mean(a);
	const mb = mean(b);
	let num = 0;
	let da = 0;
	let db = 0;
	a.forEach((v, i) => {
		num += (v - ma) * (b[i]! - mb);
		da += (v - ma) ** 2;
		db += (b[i]! - mb) ** 2;
	});
	return num / Math.sqrt(da * db);
}
