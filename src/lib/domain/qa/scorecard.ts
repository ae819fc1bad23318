import { z } from 'zod';

/**
 * QA scorecards: what reviewers grade a ticket against, per client and versioned. A director
 * edits a scorecard by submitting it whole (`scorecardInput`); `nextVersion` turns that into a new
 * version and never touches the previous one, so a review keeps scoring against the version it
 * was made with. Category ids stay the same across versions: reports follow a category through
 * renames and re-weightings by its id.
 */

/** `binary` is fail (0) / pass (1); an n-point scale runs from 1 to n. */
export const SCALES = ['binary', '3', '4', '5'] as const;
export type Scale = (typeof SCALES)[number];

export const MAX_CATEGORIES = 50;
export const MAX_NAME_LENGTH = 120;
export const MAX_DESCRIPTION_LENGTH = 2_000;
export const MAX_CATEGORY_ID_LENGTH = 64;
export const MAX_WEIGHT = 100;
/** Weights are typed by people: two decimals (12.5, 33.33) are plenty and keep them readable. */
export const WEIGHT_DECIMALS = 2;

export interface Category {
	/** Stable across versions: the same question keeps its id when renamed or re-weighted. */
	id: string;
	name: string;
	/** Guidance shown to reviewers; absent when there is none. */
	description?: string;
	/** Relative importance: > 0, at most MAX_WEIGHT, at most WEIGHT_DECIMALS decimals. */
	weight: number;
	scale: Scale;
	/** Reviewers may answer N/A, which leaves the category out of the review's score. */
	allowNA: boolean;
	/** Its lowest value fails the whole review (score 0). */
	critical: boolean;
	/** Adds to the score without counting against it (see SCORING_FORMULAS). */
	bonus: boolean;
}

export interface Scorecard {
	/** The scorecard's id, shared by all its versions: a version is named by (id, version). */
	id: string;
	clientId: string;
	/** 1 for the first version, then 2, 3, … */
	version: number;
	name: string;
	/** In display order. */
	categories: Category[];
	/** ISO timestamp. */
	createdAt: string;
	/** User id of the director who saved this version. */
	createdBy: string;
}

/** The lowest and highest value of a scale. */
export function scaleRange(scale: Scale): { min: number; max: number } {
	return scale === 'binary' ? { min: 0, max: 1 } : { min: 1, max: Number(scale) };
}

/** Every value a reviewer may pick on a scale, lowest first. */
export function scaleValues(scale: Scale): number[] {
	const { min, max } = scaleRange(scale);
	return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

/** Answers, scorecards or submissions that cannot be scored; `issues` lists every problem found. */
export class QaInputError extends Error {
	override readonly name = 'QaInputError';
	readonly issues: readonly string[];

	constructor(issues: readonly string[]) {
		super(issues.join('; '));
		this.issues = [...issues];
	}
}

const WEIGHT_PATTERN = new RegExp(`^\\d+(\\.\\d{1,${WEIGHT_DECIMALS}})?$`);
const BAD_WEIGHT = `Weight must be a number above 0 and at most ${MAX_WEIGHT}`;

export const categoryInput = z.object({
	id: z
		.string('Category id is required')
		.trim()
		.min(1, 'Category id is required')
		.max(MAX_CATEGORY_ID_LENGTH, `Category id must have at most ${MAX_CATEGORY_ID_LENGTH} characters`),
	name: z
		.string('Category name is required')
		.trim()
		.min(1, 'Category name is required')
		.max(MAX_NAME_LENGTH, `Category name must have at most ${MAX_NAME_LENGTH} characters`),
	description: z
		.string()
		.trim()
		.max(MAX_DESCRIPTION_LENGTH, `Description must have at most ${MAX_DESCRIPTION_LENGTH} characters`)
		.transform((value) => value || undefined)
		.optional(),
	// z.number() refuses NaN and ±Infinity: a weight is always finite.
	weight: z
		.number(BAD_WEIGHT)
		.gt(0, BAD_WEIGHT)
		.max(MAX_WEIGHT, BAD_WEIGHT)
		.refine((weight) => WEIGHT_PATTERN.test(String(weight)), `Weight has at most ${WEIGHT_DECIMALS} decimals`),
	scale: z.enum(SCALES, 'Scale must be binary, 3, 4 or 5'),
	allowNA: z.boolean().default(false),
	critical: z.boolean().default(false),
	bonus: z.boolean().default(false)
});

/** What a director submits to create a scorecard or save its next version. */
export const scorecardInput = z
	.object({
		name: z
			.string('Name is required')
			.trim()
			.min(1, 'Name is required')
			.max(MAX_NAME_LENGTH, `Name must have at most ${MAX_NAME_LENGTH} characters`),
		categories: z
			.array(categoryInput, 'Categories are required')
			.min(1, 'A scorecard needs at least one category')
			.max(MAX_CATEGORIES, `A scorecard has at most ${MAX_CATEGORIES} categories`)
	})
	.superRefine(({ categories }, ctx) => {
		const ids = new Set<string>();
		const names = new Set<string>();
		categories.forEach((category, index) => {
			if (ids.has(category.id)) {
				ctx.addIssue({ code: 'custom', path: ['categories', index, 'id'], message: `Category id "${category.id}" is used twice` });
			}
			ids.add(category.id);
			// "Tone" and "tone" would read as the same question in reports.
			const key = category.name.normalize('NFC').toLowerCase();
			if (names.has(key)) {
				ctx.addIssue({ code: 'custom', path: ['categories', index, 'name'], message: `Two categories are named "${category.name}"` });
			}
			names.add(key);
			if (category.critical && category.bonus) {
				ctx.addIssue({
					code: 'custom',
					path: ['categories', index, 'bonus'],
					message: `"${category.name}" cannot be both critical and bonus`
				});
			}
		});
		if (categories.length > 0 && categories.every((category) => category.bonus)) {
			ctx.addIssue({ code: 'custom', path: ['categories'], message: 'At least one category must not be a bonus' });
		}
	});
export type ScorecardInput = z.input<typeof scorecardInput>;

export interface VersionMeta {
	/** The scorecard's id: a new one for a first version, the previous version's otherwise. */
	id: string;
	clientId: string;
	createdAt: Date | string;
	createdBy: string;
}

/**
 * The version that follows `previous` (or the first, when null) with the director's `input`.
 * Validates the input (throws the ZodError of `scorecardInput`) and returns a new object: the
 * previous version is left as it is, since reviews made with it keep scoring against it. A save
 * that changes nothing still makes a version; `diffScorecards(...).identical` lets the caller skip it.
 */
export function nextVersion(previous: Scorecard | null, input: ScorecardInput, meta: VersionMeta): Scorecard {
	if (previous && (previous.id !== meta.id || previous.clientId !== meta.clientId)) {
		throw new Error(
			`A version of scorecard "${meta.id}" (client "${meta.clientId}") cannot follow scorecard "${previous.id}" (client "${previous.clientId}")`
		);
	}
	const createdAt = new Date(meta.createdAt);
	if (Number.isNaN(createdAt.getTime())) throw new RangeError(`createdAt is not a date: ${String(meta.createdAt)}`);
	const parsed = scorecardInput.parse(input);
	return {
		id: meta.id,
		clientId: meta.clientId,
		version: previous ? previous.version + 1 : 1,
		name: parsed.name,
		categories: parsed.categories.map(({ description, ...category }) =>
			description === undefined ? category : { ...category, description }
		),
		createdAt: createdAt.toISOString(),
		createdBy: meta.createdBy
	};
}

/** The fields of a category a new version can change (its id cannot: that makes another category). */
export const CATEGORY_FIELDS = ['name', 'description', 'weight', 'scale', 'allowNA', 'critical', 'bonus'] as const;
export type CategoryField = (typeof CATEGORY_FIELDS)[number];

export interface CategoryChange {
	categoryId: string;
	/** In CATEGORY_FIELDS order. */
	fields: CategoryField[];
	before: Category;
	after: Category;
}

export interface ScorecardDiff {
	fromVersion: number;
	toVersion: number;
	/** The scorecard's new name; null when unchanged. */
	renamed: { before: string; after: string } | null;
	/** In `to`'s order. */
	added: Category[];
	/** In `from`'s order. */
	removed: Category[];
	/** Categories in both whose fields differ, in `to`'s order. */
	changed: CategoryChange[];
	/** The categories both versions have are listed in another order. */
	reordered: boolean;
	/** Nothing above differs. */
	identical: boolean;
}

/** What changed from one version of a scorecard to another, category by category (matched by id). */
export function diffScorecards(from: Scorecard, to: Scorecard): ScorecardDiff {
	const before = new Map(from.categories.map((category) => [category.id, category]));
	const after = new Map(to.categories.map((category) => [category.id, category]));
	const added = to.categories.filter((category) => !before.has(category.id));
	const removed = from.categories.filter((category) => !after.has(category.id));
	const changed: CategoryChange[] = [];
	for (const next of to.categories) {
		const prior = before.get(next.id);
		if (!prior) continue;
		const fields = CATEGORY_FIELDS.filter((field) =>
			// An empty description and none are the same thing to a reader.
			field === 'description' ? (prior.description || '') !== (next.description || '') : prior[field] !== next[field]
		);
		if (fields.length > 0) changed.push({ categoryId: next.id, fields, before: prior, after: next });
	}
	const keptBefore = from.categories.filter((category) => after.has(category.id)).map((category) => category.id);
	const keptAfter = to.categories.filter((category) => before.has(category.id)).map((category) => category.id);
	const reordered = keptBefore.some((id, index) => keptAfter[index] !== id);
	const renamed = from.name === to.name ? null : { before: from.name, after: to.name };
	return {
		fromVersion: from.version,
		toVersion: to.version,
		renamed,
		added,
		removed,
		changed,
		reordered,
		identical: !renamed && added.length === 0 && removed.length === 0 && changed.length === 0 && !reordered
	};
}
