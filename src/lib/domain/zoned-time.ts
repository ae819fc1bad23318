/**
 * Wall-clock times in IANA time zones, with the platform's time-zone data (`Intl`): no tables
 * here. Shared by the ticket import (times written without an offset, in the client's zone) and
 * the demo (arrival slots laid out in the client's zone).
 */

const DAY_MS = 86_400_000;

// Formatters are costly to build (≈ 20 µs) and immutable: one per zone, kept for the process.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
	let format = formatters.get(timeZone);
	if (!format) {
		try {
			format = new Intl.DateTimeFormat('en-US', {
				timeZone,
				hourCycle: 'h23',
				year: 'numeric',
				month: 'numeric',
				day: 'numeric',
				hour: 'numeric',
				minute: 'numeric',
				second: 'numeric'
			});
		} catch {
			throw new RangeError(`unknown time zone: ${timeZone}`);
		}
		formatters.set(timeZone, format);
	}
	return format;
}

/** The wall clock in `timeZone` at `epoch` (whole seconds), written as epoch milliseconds as if it were UTC. */
export function wallClockAt(epoch: number, timeZone: string): number {
	const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
	for (const part of formatter(timeZone).formatToParts(epoch)) parts[part.type] = Number(part.value);
	return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

export interface WallTimeInstants {
	/** Ascending: none when the clocks skip the time (spring forward), two when they pass it twice. */
	instants: number[];
	/** The zone's offset (wall minus UTC, ms) a day before: what a skipped time is read with. */
	offsetBefore: number;
}

/**
 * The instants (epoch ms) of wall-clock time `wall` (whole seconds, epoch ms as if UTC) in
 * `timeZone`. The zone's offsets a day either side are the only ones it can have then (one
 * transition at most), so the candidates are `wall` minus each, kept when they read back as `wall`.
 */
export function instantsOfWallTime(wall: number, timeZone: string): WallTimeInstants {
	const offsetBefore = wallClockAt(wall - DAY_MS, timeZone) - (wall - DAY_MS);
	const offsetAfter = wallClockAt(wall + DAY_MS, timeZone) - (wall + DAY_MS);
	const instants = [...new Set([offsetBefore, offsetAfter])]
		.map((offset) => wall - offset)
		.filter((t) => wallClockAt(t, timeZone) === wall)
		.sort((a, b) => a - b);
	return { instants, offsetBefore };
}
