#!/usr/bin/env node
/**
 * Derives the arrival profile of the demo tickets from two public call-centre datasets and writes
 * it as a small TypeScript module: src/lib/domain/demo-tickets/arrival-profile.ts.
 *
 * Usage:  node scripts/derive-arrival-profile.mjs <dir-with-the-two-csvs>
 *
 * The directory must hold
 *   anonymous_bank_1999_calls_6min.csv  date,weekday,interval,start_time,calls (6-minute intervals)
 *   bank_calls_5min_2003.csv            rownames,DateTime,Calls (5-minute intervals)
 *
 * Why a generated module: the datasets (3 MB) stay out of the repository, and neither the app nor
 * the tests read them; the few numbers the demo needs (≈ 6 KB) are committed instead. Rerun this
 * script only when the derivation changes: its output is deterministic.
 *
 * Per dataset it computes, with weekdays Monday..Sunday:
 *   - intraday: the share of a weekday's arrivals in each 30-minute slot of the day (48 numbers),
 *     in millionths, rounded by largest remainder so each weekday sums to exactly 1; a weekday the
 *     data never covers keeps 48 zeros;
 *   - weekdayFactors: mean daily volume of each weekday / the mean of those weekday means (0 for a
 *     weekday absent from the data), so the open weekdays average to 1;
 *   - dailyCv: the coefficient of variation of daily totals once each is divided by its weekday's
 *     mean (the day-to-day noise that the weekday does not explain), over every day in the data;
 *     dailyCvTypical does the same without the days below half their weekday's mean (holidays).
 * Clock times are taken as the call centre's wall-clock time (see the notes on the 2003 file).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OUTPUT = new URL('../src/lib/domain/demo-tickets/arrival-profile.ts', import.meta.url);
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const SLOTS = 48;
const MILLION = 1_000_000;

const DATASETS = [
	{
		name: 'bank1999',
		file: 'anonymous_bank_1999_calls_6min.csv',
		read: readBank1999,
		notes: [
			'Calls per 6-minute interval, all 24 hours of every day of 1999.',
			'Its week is not a European one: Sunday to Thursday are full days, Friday stops in the early',
			'afternoon and Saturday only starts in the evening (the week of a bank in Israel). Holidays show',
			'as very low days. One day (1999-05-23) holds half-calls: it was filled in from other days.'
		]
	},
	{
		name: 'bank2003',
		file: 'bank_calls_5min_2003.csv',
		read: readBank2003,
		notes: [
			'Calls per 5-minute interval, weekdays only, 07:00 to 21:05.',
			'No Saturday or Sunday in the data: their shares and factors are zeros (the centre is closed).',
			"Times carry a 'Z' but run 07:00-21:00: they are the centre's wall-clock time and are read so.",
			'Some weekdays are missing, among them US holidays (Memorial Day, 4 July, Labor Day).'
		]
	}
];

function main() {
	const dir = process.argv[2];
	if (!dir) {
		console.error('usage: node scripts/derive-arrival-profile.mjs <dir-with-the-two-csvs>');
		process.exit(1);
	}
	const profiles = DATASETS.map((dataset) => {
		const rows = dataset.read(readFileSync(join(dir, dataset.file), 'utf8'));
		return { ...dataset, ...derive(rows) };
	});
	writeFileSync(OUTPUT, render(profiles));
	for (const profile of profiles) {
		console.log(
			`${profile.name}: ${profile.rows} rows, ${profile.days} days ${profile.from}..${profile.to}, ` +
				`factors ${profile.weekdayFactors.join(' ')}, cv ${profile.dailyCv} (typical ${profile.dailyCvTypical})`
		);
	}
	console.log(`wrote ${OUTPUT.pathname.split('/').slice(-5).join('/')}`);
}

/** Rows of `{ date: 'yyyy-mm-dd', minute: minutes after midnight, calls }`. */
function readBank1999(text) {
	return lines(text, 'date,weekday,interval,start_time,calls').map(([date, weekday, , start, calls]) => {
		// The file names the weekday itself: a mismatch would mean the dates are not what we think.
		if (weekday !== WEEKDAYS[weekdayIndex(date)]) throw new Error(`${date} is not a ${weekday}`);
		return { date, minute: minutes(start), calls: number(calls) };
	});
}

function readBank2003(text) {
	return lines(text, 'rownames,DateTime,Calls').map(([, dateTime, calls]) => {
		const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}):\d{2}Z?$/.exec(dateTime);
		if (!match) throw new Error(`unexpected DateTime ${dateTime}`);
		return { date: match[1], minute: minutes(match[2]), calls: number(calls) };
	});
}

function lines(text, header) {
	const [first, ...rest] = text.trim().split(/\r?\n/);
	if (first.replaceAll('"', '') !== header) throw new Error(`expected the header ${header}, got ${first}`);
	return rest.map((line) => line.replaceAll('"', '').split(','));
}

function minutes(hhmm) {
	const [h, m] = hhmm.split(':').map(Number);
	return h * 60 + m;
}

function number(text) {
	const value = Number(text);
	if (!Number.isFinite(value) || value < 0) throw new Error(`bad call count ${text}`);
	return value;
}

/** Monday = 0 … Sunday = 6. */
function weekdayIndex(date) {
	return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

function derive(rows) {
	const slots = WEEKDAYS.map(() => new Array(SLOTS).fill(0));
	const totals = new Map();
	for (const { date, minute, calls } of rows) {
		// The 2003 file's last interval of a day starts at 21:00: it belongs to the 21:00 slot.
		slots[weekdayIndex(date)][Math.floor(minute / 30)] += calls;
		totals.set(date, (totals.get(date) ?? 0) + calls);
	}
	const byWeekday = WEEKDAYS.map(() => []);
	for (const [date, total] of totals) byWeekday[weekdayIndex(date)].push(total);
	const means = byWeekday.map((list) => (list.length === 0 ? null : mean(list)));
	const open = means.filter((value) => value !== null);
	const overall = mean(open);
	const ratios = [...totals].map(([date, total]) => total / means[weekdayIndex(date)]);
	const dates = [...totals.keys()].sort();
	return {
		rows: rows.length,
		days: totals.size,
		from: dates[0],
		to: dates.at(-1),
		dayCounts: byWeekday.map((list) => list.length),
		intraday: slots.map(shares),
		weekdayFactors: means.map((value) => (value === null ? 0 : round(value / overall, 5))),
		dailyCv: round(cv(ratios), 4),
		dailyCvTypical: round(cv(ratios.filter((ratio) => ratio >= 0.5)), 4)
	};
}

/** Shares of a day's arrivals per slot, in millionths that add up to exactly one million. */
function shares(counts) {
	const total = counts.reduce((sum, value) => sum + value, 0);
	if (total === 0) return counts.map(() => 0);
	const exact = counts.map((value) => (value / total) * MILLION);
	const units = exact.map(Math.floor);
	let missing = MILLION - units.reduce((sum, value) => sum + value, 0);
	const byRemainder = exact.map((value, i) => [value - Math.floor(value), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
	for (const [, i] of byRemainder) {
		if (missing-- <= 0) break;
		units[i] += 1;
	}
	return units.map((value) => value / MILLION);
}

function mean(values) {
	return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function cv(values) {
	const m = mean(values);
	return Math.sqrt(mean(values.map((value) => (value - m) ** 2))) / m;
}

function round(value, digits) {
	return Number(value.toPrecision(digits));
}

function render(profiles) {
	const out = [
		'// GENERATED by scripts/derive-arrival-profile.mjs from anonymous_bank_1999_calls_6min.csv and',
		'// bank_calls_5min_2003.csv (public call-centre datasets, not shipped with the repository). Do not edit by',
		'// hand; regenerate with: node scripts/derive-arrival-profile.mjs <dir-with-the-two-csvs>',
		'',
		'/** How calls reached a real call centre over a day and a week, as the demo tickets follow it. */',
		'export interface ArrivalProfile {',
		'\t/** Provenance: the file, its data rows and the days it covers. */',
		'\tsource: { file: string; rows: number; days: number; from: string; to: string };',
		'\t/** Days of each weekday in the data, Monday first. */',
		'\tdayCounts: readonly number[];',
		'\t/** Monday..Sunday: share of the day\'s arrivals in each 30-minute slot from 00:00 (48 numbers, sum 1, or all 0 when closed). */',
		'\tintraday: readonly (readonly number[])[];',
		'\t/** Monday..Sunday: mean daily volume / mean of the open weekdays\' means (0 when closed). */',
		'\tweekdayFactors: readonly number[];',
		'\t/** Coefficient of variation of daily totals after dividing each by its weekday\'s mean, all days. */',
		'\tdailyCv: number;',
		'\t/** The same without days below half their weekday\'s mean (holidays, outages). */',
		'\tdailyCvTypical: number;',
		'}',
		'',
		'export const ARRIVAL_PROFILES = {'
	];
	for (const profile of profiles) {
		out.push(...profile.notes.map((line, i) => `${i === 0 ? '\t/**\n\t * ' : '\t * '}${line}`), '\t */');
		out.push(`\t${profile.name}: {`);
		out.push(
			`\t\tsource: { file: '${profile.file}', rows: ${profile.rows}, days: ${profile.days}, from: '${profile.from}', to: '${profile.to}' },`
		);
		out.push(`\t\tdayCounts: [${profile.dayCounts.join(', ')}],`);
		out.push('\t\tintraday: [');
		profile.intraday.forEach((slots, i) => out.push(`\t\t\t// ${WEEKDAYS[i]}`, `\t\t\t[${slots.join(', ')}]${i < 6 ? ',' : ''}`));
		out.push('\t\t],');
		out.push(`\t\tweekdayFactors: [${profile.weekdayFactors.join(', ')}],`);
		out.push(`\t\tdailyCv: ${profile.dailyCv},`);
		out.push(`\t\tdailyCvTypical: ${profile.dailyCvTypical}`);
		out.push(`\t}${profile === profiles.at(-1) ? '' : ','}`);
	}
	out.push('} satisfies Record<string, ArrivalProfile>;', '', 'export type ArrivalProfileName = keyof typeof ARRIVAL_PROFILES;', '');
	return out.join('\n');
}

main();
