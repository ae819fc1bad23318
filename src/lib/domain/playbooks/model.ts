import type * as Y from 'yjs';

/**
 * Onboarding playbooks: the shapes every part agrees on (template rooms, onboarding rooms, the
 * outline extracted from a template, the API's rows). Pure types and room accessors; the logic
 * lives beside this file (template.ts: extraction, validation, variables, scheduling, diffs).
 *
 * Rooms:
 *   playbook.<templateId>     a template, co-edited live by directors (Tiptap body + meta)
 *   onboarding.<onboardingId> one client's onboarding project: its outline, concrete tasks,
 *                             comments and activity (directors; associates of the client)
 */

/** Who does a task, in the company's or the client's team. */
export const OWNER_ROLES = ['director', 'associate', 'client'] as const;
export type OwnerRole = (typeof OWNER_ROLES)[number];

/** Due offsets are whole days, at most this far before or after their anchor. */
export const MAX_OFFSET_DAYS = 730;

/** The variables a template's text may use, `{{name}}`. */
export const VARIABLES = ['client.name', 'kickoff', 'go_live', 'director.name'] as const;
export type VariableName = (typeof VARIABLES)[number];

// ---------------------------------------------------------------------------------------------
// Template room `playbook.<templateId>`
// ---------------------------------------------------------------------------------------------

/** Y.XmlFragment of the Tiptap document (article schema + the `playbookTask` node). */
export const PLAYBOOK_BODY = 'body';
/** Y.Map: `name` (string), `description` (string), `updatedAt` (ISO), `updatedBy` (user id), `updatedByName`. */
export const PLAYBOOK_META = 'meta';

/**
 * The Tiptap node of a checklist task: a block whose inline content is the task's title, with
 * these attributes (stored as attributes of the Y.XmlElement `playbookTask`).
 */
export const TASK_NODE = 'playbookTask';
export interface TaskAttrs {
	/** Stable id (10 characters), set when the task is inserted; copies get a new one. */
	taskId: string;
	ownerRole: OwnerRole;
	/** Whole days after the anchor (negative: before). */
	offsetDays: number;
	/** The task whose due date is the anchor; null: the kick-off date. */
	after: string | null;
	required: boolean;
}

/**
 * A neutral JSON of rich text, the shape ProseMirror's `toJSON()` produces
 * (`{type, attrs?, content?, text?, marks?}`): what sections keep of a template's prose and
 * what the read-only renderer (src/lib/editor/ArticleView.svelte) shows.
 */
export interface RichNode {
	type: string;
	attrs?: Record<string, unknown>;
	content?: RichNode[];
	text?: string;
	marks?: { type: string; attrs?: Record<string, unknown> }[];
}

/** A task as the template defines it. */
export interface TemplateTask extends TaskAttrs {
	/** Plain text of the title (marks dropped), variables not filled. */
	title: string;
	sectionId: string;
}

/**
 * A block of a section, in document order: prose (one or more consecutive non-task blocks, as
 * a `doc` RichNode) or a reference to a task.
 */
export type SectionBlock = { kind: 'text'; doc: RichNode } | { kind: 'task'; taskId: string };

/**
 * A section starts at each level-1 or level-2 heading; content before the first heading is
 * the section with id `intro` and an empty title. A section's id is derived from its heading's
 * position among headings with the same title (`<slug>` or `<slug>-2`), so it is stable across
 * edits elsewhere and equal in a template and the projects started from it.
 */
export interface Section {
	id: string;
	title: string;
	blocks: SectionBlock[];
}

/** What a template says, extracted from its room: the unit that is validated, started and diffed. */
export interface TemplateOutline {
	name: string;
	sections: Section[];
	/** Every task, in document order. */
	tasks: TemplateTask[];
}

/** A reason a template cannot start an onboarding as it stands. */
export type TemplateProblem =
	| { kind: 'cycle'; taskIds: string[] }
	| { kind: 'unknown-dependency'; taskId: string; after: string }
	| { kind: 'bad-offset'; taskId: string; value: unknown }
	| { kind: 'unknown-variable'; name: string; where: string /* task id or section id */ }
	| { kind: 'empty-title'; taskId: string }
	| { kind: 'duplicate-task-id'; taskId: string };

// ---------------------------------------------------------------------------------------------
// Onboarding room `onboarding.<onboardingId>`
// ---------------------------------------------------------------------------------------------

/**
 * Y.Map `meta`: `name`, `clientId`, `clientName`, `templateId`, `templateName`, `directorId`,
 * `directorName`, `kickoff` and `goLive` (yyyy-mm-dd), `status` (OnboardingStatus), `createdAt`,
 * `createdBy`, and `base`: the TemplateOutline (JSON, variables NOT filled) the project follows —
 * the template as it was when the project started or last took changes; a template change is
 * `diffOutlines(base, template now)`. `baseAt`: the template's `updatedAt` that base reflects.
 */
export const ONBOARDING_META = 'meta';
/**
 * Y.Map `outline`: `sections` → Section[] (JSON, variables filled: what the project page renders)
 * and `source` → the same as written (variables unfilled, filled again when a date changes).
 */
export const ONBOARDING_OUTLINE = 'outline';
/** Y.Map taskId → Y.Map with the keys of OnboardingTask (each key merges on its own). */
export const ONBOARDING_TASKS = 'tasks';
/** Y.Map taskId → Y.Array<TaskComment>. */
export const ONBOARDING_COMMENTS = 'comments';
/** Y.Array<ActivityEntry>, appended, newest last. */
export const ONBOARDING_ACTIVITY = 'activity';

export const ONBOARDING_STATUSES = ['active', 'done', 'cancelled'] as const;
export type OnboardingStatus = (typeof ONBOARDING_STATUSES)[number];

export interface OnboardingTask {
	id: string;
	/** Variables filled. */
	title: string;
	sectionId: string;
	/** Position in the outline (document order), for sorting without the outline. */
	order: number;
	ownerRole: OwnerRole;
	/** A named person (user id) or null ("unassigned"); for `client` tasks, a free-text name. */
	ownerId: string | null;
	ownerName: string | null;
	offsetDays: number;
	after: string | null;
	/** yyyy-mm-dd, computed at start (and when kick-off or the task's schedule changes). */
	due: string;
	required: boolean;
	done: boolean;
	doneAt: string | null;
	doneBy: string | null;
	doneByName: string | null;
	/** Removed from the project (a template change taken, or by hand); kept for the trail. */
	removed: boolean;
}

export interface TaskComment {
	id: string;
	at: string;
	by: string;
	byName: string;
	text: string;
}

export type ActivityKind =
	| 'started'
	| 'task-done'
	| 'task-reopened'
	| 'task-owner'
	| 'task-due'
	| 'comment'
	| 'template-changes'
	| 'status';
export interface ActivityEntry {
	id: string;
	at: string;
	by: string;
	byName: string;
	kind: ActivityKind;
	taskId: string | null;
	/** Human-readable detail, e.g. the new owner's name or "3 changes taken". */
	detail: string;
}

// ---------------------------------------------------------------------------------------------
// API rows (GET /api/playbooks, GET /api/onboardings): the contract's fields first
// ---------------------------------------------------------------------------------------------

export interface PlaybookSummary {
	id: string;
	name: string;
	updatedAt: string;
	updatedByName: string | null;
	archived: boolean;
	taskCount: number;
	/** Onboardings started from it. */
	onboardings: number;
}

export interface OnboardingSummary {
	id: string;
	clientId: string;
	templateId: string;
	done: number;
	total: number;
	overdue: number;
	name: string;
	clientName: string;
	templateName: string;
	directorId: string | null;
	directorName: string | null;
	kickoff: string;
	goLive: string | null;
	status: OnboardingStatus;
	dueThisWeek: number;
	/** Required tasks (not removed) done and in all. */
	requiredDone?: number;
	requiredTotal?: number;
	/** The template changed since the project last took changes. */
	templateChanged: boolean;
	/**
	 * How much of the project's room this summary reflects (roomVersion: its operation count);
	 * the device compares it with its own copy's. Null when not known.
	 */
	version: number | null;
}

/** Room accessors: the same names everywhere. */
export const playbookBody = (doc: Y.Doc): Y.XmlFragment => doc.getXmlFragment(PLAYBOOK_BODY);
export const playbookMeta = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(PLAYBOOK_META);
export const onboardingMeta = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(ONBOARDING_META);
export const onboardingTasks = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => doc.getMap(ONBOARDING_TASKS);
export const onboardingComments = (doc: Y.Doc): Y.Map<Y.Array<TaskComment>> => doc.getMap(ONBOARDING_COMMENTS);
export const onboardingActivity = (doc: Y.Doc): Y.Array<ActivityEntry> => doc.getArray(ONBOARDING_ACTIVITY);
export const onboardingOutline = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(ONBOARDING_OUTLINE);
