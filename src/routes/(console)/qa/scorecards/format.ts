import type { Category, CategoryField, Scale } from '$lib/domain/qa/scorecard';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime.js';

/** How the scorecards page writes scales, weights, dates and category fields. */

export function scaleLabel(scale: Scale): string {
	return scale === 'binary' ? m.qa_scorecard_scale_binary() : m.qa_scorecard_scale_points({ max: scale });
}

export function formatWeight(weight: number): string {
	return new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 2 }).format(weight);
}

export function formatWhen(iso: string): string {
	return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export const FIELD_LABELS: Record<CategoryField, () => string> = {
	name: () => m.qa_scorecard_category_name(),
	description: () => m.qa_scorecard_category_description(),
	weight: () => m.qa_scorecard_category_weight(),
	scale: () => m.qa_scorecard_category_scale(),
	allowNA: () => m.qa_scorecard_allow_na(),
	critical: () => m.qa_scorecard_critical(),
	bonus: () => m.qa_scorecard_bonus()
};

/** A field's value as a reader of the diff sees it; null for a description (too long to quote). */
export function fieldValue(category: Category, field: CategoryField): string | null {
	switch (field) {
		case 'name':
			return m.qa_scorecard_quoted({ text: category.name });
		case 'description':
			return null;
		case 'weight':
			return formatWeight(category.weight);
		case 'scale':
			return scaleLabel(category.scale);
		default:
			return category[field] ? m.qa_scorecard_yes() : m.qa_scorecard_no();
	}
}
