import type { CalibrationStatus, CalibrationSummary } from '$lib/domain/qa/calibration-session';
import { m } from '$lib/paraglide/messages.js';

export const statusLabel = (status: CalibrationStatus) => (status === 'open' ? m.qa_calibration_status_open() : m.qa_calibration_status_revealed());

export const mineLabel = (mine: CalibrationSummary['mine']) =>
	mine === 'open' ? m.qa_calibration_mine_open() : mine === 'submitted' ? m.qa_calibration_mine_submitted() : m.qa_calibration_mine_none();

/** A signed share as percentage points with one decimal ("+12.5%", "−3.0%" in English), "—" for null. */
export function formatSigned(value: number | null, locale: string): string {
	if (value === null) return '—';
	return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value);
}

/** Harsher below the group, more lenient above, in line within half a point. */
export function leaning(deviation: number | null): string {
	if (deviation === null || Math.abs(deviation) < 0.005) return m.qa_calibration_in_line();
	return deviation < 0 ? m.qa_calibration_harsher() : m.qa_calibration_lenient();
}
