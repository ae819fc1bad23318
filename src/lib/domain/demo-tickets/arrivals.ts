import type { Random } from '../random';
import { instantsOfWallTime } from '../zoned-time';
import { ARRIVAL_PROFILES, type ArrivalProfileName } from './arrival-profile';

/**
 * When a demo client's tickets arrive: day volumes and times of day drawn from a real call
 * centre's profile (arrival-profile.ts), laid out in the client's own time zone.
 */

export interface ArrivalOptions {
	random: Random;
	/** Calendar days (`yyyy-mm-dd`) in the client's time zone. */
	days: readonly string[];
	/** IANA zone whose wall clock the profile's slots are read in. */
	timeZone: string;
	/** Mean tickets per day over the weekdays the profile is open (its factors average 1 there). */
	dailyMean: number;
	profile: ArrivalProfileName;
	/**
	 * Moves the profile's week forward by this many days: with 1, a Monday gets the profile's
	 * Sunday. bank1999's busy days are Sunday to Thursday; shifted by one they fall on Monday to
	 * Friday, with a short Saturday and a quiet Sunday evening. Default 0.
	 */
	weekShift?: number;
}

const SLOT_SECONDS = 30 * 60;
const DAY_MS = 86_400_000;

/**
 * Creation instants (ISO 8601, UTC, ascending) of one client's tickets on `days`. Per day the
 * volume is Poisson around `dailyMean × weekday factor × noise`, the noise lognormal with mean 1
 * and the profile's day-to-day coefficient of variation; each ticket then takes a 30-minute slot
 * by that weekday's intraday shares and a uniform second within it. Same `random` state, same output.
 */
export function ticketArrivals(options: ArrivalOptions): string[] {
	const { random, days, timeZone, dailyMean, weekShift = 0 } = options;
	if (!(dailyMean >= 0)) throw new RangeError(`dailyMean must be ≥ 0, got ${dailyMean}`);
	const profile = ARRIVAL_PROFILES[options.profile];
	const cumulative = profile.intraday.map(cumulate);
	const instants: number[] = [];
	for (const day of days) {
		const weekday = (((weekdayOf(day) - weekShift) % 7) + 7) % 7;
		const factor = profile.weekdayFactors[weekday]!;
		if (factor === 0) continue;
		const count = poisson(random, dailyMean * factor * lognormalNoise(random, profile.dailyCv));
		const slots = cumulative[weekday]!;
		for (let i = 0; i < count; i++) {
			const slot = pickSlot(slots, random.float());
			const second = slot * SLOT_SECONDS + Math.floor(random.float() * SLOT_SECONDS);
			instants.push(zonedToEpoch(day, second, timeZone));
		}
	}
	return instants.sort((a, b) => a - b).map((ms) => new Date(ms).toISOString());
}

/**
 * The UTC instant (ISO 8601) of a wall-clock `time` (`HH:mm` or `HH:mm:ss`) on `date`
 * (`yyyy-mm-dd`) in `timeZone`. Across DST it behaves like Temporal's "compatible": a time the
 * clocks skip (02:30 on a spring-forward night) moves forward by the gap (03:30), and a time that
 * happens twice (02:30 on a fall-back night) is its first occurrence.
 */
export function zonedTimeToUtc(date: string, time: string, timeZone: string): string {
	const match = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time);
	if (!match) throw new RangeError(`time must be HH:mm or HH:mm:ss, got ${time}`);
	const [, h, m, s = '0'] = match;
	return new Date(zonedToEpoch(date, Number(h) * 3600 + Number(m) * 60 + Number(s), timeZone)).toISOString();
}

/** Epoch milliseconds of `secondOfDay` seconds after midnight of `date`, wall clock in `timeZone`. */
function zonedToEpoch(date: string, secondOfDay: number, timeZone: string): number {
	const wall = parseDay(date) + secondOfDay * 1000;
	const { instants, offsetBefore } = instantsOfWallTime(wall, timeZone);
	// A skipped time (spring forward) is read with the offset before the gap: pushed later by it.
	return instants[0] ?? wall - offsetBefore;
}

function parseDay(date: string): number {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!match) throw new RangeError(`date must be yyyy-mm-dd, got ${date}`);
	return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** Monday = 0 … Sunday = 6, as the profile lists weekdays. */
export function weekdayOf(date: string): number {
	return (new Date(parseDay(date)).getUTCDay() + 6) % 7;
}

function cumulate(shares: readonly number[]): number[] {
	let sum = 0;
	return shares.map((share) => (sum += share));
}

/** The first slot whose cumulative share exceeds `u × total` (binary search; empty slots never win). */
function pickSlot(cumulative: readonly number[], u: number): number {
	const target = u * cumulative[cumulative.length - 1]!;
	let low = 0;
	let high = cumulative.length - 1;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (cumulative[mid]! > target) high = mid;
		else low = mid + 1;
	}
	return low;
}

/** A lognormal factor with mean 1 and coefficient of variation `cv`. */
function lognormalNoise(random: Random, cv: number): number {
	const sigma2 = Math.log(1 + cv * cv);
	return Math.exp(Math.sqrt(sigma2) * standardNormal(random) - sigma2 / 2);
}

/** Box–Muller. */
function standardNormal(random: Random): number {
	const u = 1 - random.float(); // (0, 1]: the logarithm stays finite
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.float());
}

/**
 * Knuth's Poisson draw, in steps of at most 50 so `exp(-step)` stays far from underflow; a sum of
 * Poisson variables is Poisson, so the result is exact for any mean.
 */
function poisson(random: Random, mean: number): number {
	let count = 0;
	for (let rest = mean; rest > 0; rest -= 50) {
		const limit = Math.exp(-Math.min(rest, 50));
		for (let p = random.float(); p > limit; p *= random.float()) count++;
	}
	return count;
}

/** `count` calendar days (`yyyy-mm-dd`) ending with `endDay`, oldest first. */
export function lastDays(endDay: string, count: number): string[] {
	const end = parseDay(endDay);
	return Array.from({ length: count }, (_, i) => new Date(end - (count - 1 - i) * DAY_MS).toISOString().slice(0, 10));
}
