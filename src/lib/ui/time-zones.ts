/** IANA time zones the browser knows, plus UTC (which `supportedValuesOf` may leave out). */
let zones: string[] | undefined;

export function timeZones(): string[] {
	zones ??= [...new Set(['UTC', ...Intl.supportedValuesOf('timeZone')])];
	return zones;
}

/** Current UTC offset of a zone, e.g. "UTC+01:00", for labels. */
export function utcOffset(timeZone: string, at = new Date()): string {
	try {
		const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
			.formatToParts(at)
			.find((p) => p.type === 'timeZoneName');
		const value = part?.value ?? 'GMT';
		return value === 'GMT' ? 'UTC' : value.replace('GMT', 'UTC');
	} catch {
		return '';
	}
}
