import { getLocale } from '$lib/paraglide/runtime.js';

/** 1.2 MB / 1,2 Mo: file sizes in the UI language (MiB, as the import limit counts them). */
export function fileSize(bytes: number): string {
	const mib = bytes / 1024 / 1024;
	return new Intl.NumberFormat(getLocale(), {
		style: 'unit',
		unit: mib < 1 ? 'kilobyte' : 'megabyte',
		maximumFractionDigits: mib < 1 ? 0 : 1
	}).format(mib < 1 ? Math.max(1, Math.ceil(bytes / 1024)) : mib);
}

export function percent(fraction: number): string {
	return new Intl.NumberFormat(getLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}
