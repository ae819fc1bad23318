import type { z } from 'zod';
import {
	MAX_CATEGORIES,
	MAX_DESCRIPTION_LENGTH,
	MAX_NAME_LENGTH,
	MAX_WEIGHT,
	WEIGHT_DECIMALS,
	type CategoryField
} from '$lib/domain/qa/scorecard';
import { m } from '$lib/paraglide/messages.js';

/**
 * `scorecardInput`'s issues in the director's language, placed where the editor shows them: the
 * scorecard's name, its list of categories, or one field of one category. The schema stays the
 * one judge (the server runs it too); only its English wording is replaced.
 */

export type CategoryIssueField = CategoryField | 'id';

export interface DraftIssues {
	name?: string;
	/** About the list as a whole: empty, too long, only bonuses. */
	categories?: string;
	/** By category index, then field: the first issue of each. */
	byCategory: Partial<Record<CategoryIssueField, string>>[];
	/** How many messages the editor shows (one per field at most). */
	count: number;
}

type Issue = Pick<z.core.$ZodIssue, 'code' | 'path' | 'message'>;

export function draftIssues(issues: readonly Issue[], categoryCount: number): DraftIssues {
	const result: DraftIssues = { byCategory: Array.from({ length: categoryCount }, () => ({})), count: 0 };
	for (const issue of issues) {
		const [head, index, field] = issue.path;
		if (head === 'name') result.name ??= m.qa_scorecard_error_name({ max: MAX_NAME_LENGTH });
		else if (head === 'categories' && typeof index === 'number' && typeof field === 'string') {
			const slot = result.byCategory[index];
			if (slot) slot[field as CategoryIssueField] ??= categoryMessage(issue, field);
		} else if (head === 'categories') result.categories ??= listMessage(issue);
	}
	const perCategory = result.byCategory.reduce((sum, fields) => sum + Object.keys(fields).length, 0);
	result.count = (result.name ? 1 : 0) + (result.categories ? 1 : 0) + perCategory;
	return result;
}

function listMessage(issue: Issue): string {
	if (issue.code === 'custom') return m.qa_scorecard_error_all_bonus();
	if (issue.code === 'too_big') return m.qa_scorecard_error_categories_max({ max: MAX_CATEGORIES });
	return m.qa_scorecard_error_categories_min();
}

function categoryMessage(issue: Issue, field: string): string {
	switch (field) {
		case 'name':
			return issue.code === 'custom' ? m.qa_scorecard_error_duplicate_name() : m.qa_scorecard_error_category_name({ max: MAX_NAME_LENGTH });
		case 'description':
			return m.qa_scorecard_error_description({ max: MAX_DESCRIPTION_LENGTH });
		case 'weight':
			return m.qa_scorecard_error_weight({ max: MAX_WEIGHT, decimals: WEIGHT_DECIMALS });
		case 'scale':
			return m.qa_scorecard_error_scale();
		case 'bonus':
			return issue.code === 'custom' ? m.qa_scorecard_error_critical_bonus() : issue.message;
		default:
			// Ids are drawn by the editor, flags are checkboxes: these cannot come from a person.
			return issue.message;
	}
}
