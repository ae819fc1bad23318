import type { DisputeStatus } from '$lib/domain/qa/room';
import type { Category, Scorecard } from '$lib/domain/qa/scorecard';
import { NA } from '$lib/domain/qa/scoring';
import { m } from '$lib/paraglide/messages.js';

/** How the results and disputes pages name categories, values and outcomes. */

/** The category of a review's scorecard version; null when that version is not known here. */
export function categoryOf(versions: readonly Scorecard[], scorecardId: string, version: number, categoryId: string): Category | null {
	return versions.find((v) => v.id === scorecardId && v.version === version)?.categories.find((c) => c.id === categoryId) ?? null;
}

/** A value as people read it: N/A, fail / pass on binary categories, else the number. */
export function valueLabel(value: number | typeof NA | null, category: Pick<Category, 'scale'> | null): string {
	if (value === null) return '—';
	if (value === NA) return m.qa_dispute_na();
	if (category?.scale === 'binary') return value === 1 ? m.qa_dispute_pass() : m.qa_dispute_fail();
	return String(value);
}

export function statusLabel(status: DisputeStatus): string {
	return status === 'open' ? m.qa_dispute_status_open() : status === 'accepted' ? m.qa_dispute_status_accepted() : m.qa_dispute_status_rejected();
}

export const STATUS_BADGE: Record<DisputeStatus, string> = { open: 'badge-warning', accepted: 'badge-success', rejected: 'badge-danger' };
