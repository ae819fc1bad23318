import * as Y from 'yjs';
import {
	MAX_OFFSET_DAYS,
	OWNER_ROLES,
	TASK_NODE,
	VARIABLES,
	playbookBody,
	playbookMeta,
	type OwnerRole,
	type RichNode,
	type Section,
	type SectionBlock,
	type TemplateOutline,
	type TemplateProblem,
	type TemplateTask,
	type VariableName
} from './model';

/**
 * Templates: what a template room says (its outline), whether it can start an onboarding
 * (validation), how its text is filled and its tasks scheduled, and what changed between two
 * outlines. Pure: no clock, no IO; the same in the editor, the server and the tests.
 */

// ---------------------------------------------------------------------------------------------
// Rich text from the room
// ---------------------------------------------------------------------------------------------

type YChild = Y.XmlElement | Y.XmlText | Y.XmlHook;

/**
 * The Tiptap document of a Y.XmlFragment as ProseMirror's `toJSON()` would give it:
 * y-prosemirror stores one Y.XmlElement per node (attributes = the node's non-null attributes)
 * and each run of text as a Y.XmlText whose delta attributes are the marks.
 */
export function richFromFragment(fragment: Y.XmlFragment): RichNode {
	return { type: 'doc', content: fragment.toArray().flatMap(richFromChild) };
}

function richFromChild(child: YChild): RichNode[] {
	if (child instanceof Y.XmlText) return richFromText(child);
	if (!(child instanceof Y.XmlElement)) return [];
	const node: RichNode = { type: child.nodeName };
	const attrs = child.getAttributes() as Record<string, unknown>;
	if (Object.keys(attrs).length > 0) node.attrs = { ...attrs };
	const content = child.toArray().flatMap(richFromChild);
	if (content.length > 0) node.content = content;
	return [node];
}

function richFromText(text: Y.XmlText): RichNode[] {
	const out: RichNode[] = [];
	for (const op of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
		if (typeof op.insert !== 'string' || op.insert === '') continue;
		const node: RichNode = { type: 'text', text: op.insert };
		const marks = Object.entries(op.attributes ?? {}).map(([key, value]) => {
			// y-prosemirror names a second mark of one type `<type>--<hash>`.
			const mark: { type: string; attrs?: Record<string, unknown> } = { type: key.replace(/--.*$/, '') };
			if (value && typeof value === 'object' && Object.keys(value).length > 0) mark.attrs = { ...(value as Record<string, unknown>) };
			return mark;
		});
		if (marks.length > 0) node.marks = marks;
		out.push(node);
	}
	return out;
}

/** Plain text of a rich node: text runs joined, hard breaks as line breaks, blocks separated by a line. */
export function plainText(node: RichNode): string {
	if (node.type === 'text') return node.text ?? '';
	if (node.type === 'hardBreak') return '\n';
	const parts = (node.content ?? []).map(plainText);
	const inline = (node.content ?? []).every((child) => child.type === 'text' || child.type === 'hardBreak');
	return parts.join(inline ? '' : '\n');
}

// ---------------------------------------------------------------------------------------------
// The outline
// ---------------------------------------------------------------------------------------------

const INTRO = 'intro';

/** A section id's base: the title in lowercase ASCII words joined by dashes; `section` when none. */
export function slugify(title: string): string {
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return slug || 'section';
}

const isSectionHeading = (node: RichNode) => node.type === 'heading' && [1, 2, '1', '2'].includes(node.attrs?.level as number | string);

const isEmptyParagraph = (node: RichNode) => node.type === 'paragraph' && (node.content ?? []).every((child) => child.type === 'text' && !child.text?.trim());

/**
 * A template's outline from its document: sections at each level-1/2 heading (see `Section`),
 * tasks (`playbookTask` nodes) in document order, prose grouped between them. A task nested in
 * another block (a list, a callout) is lifted out after that block's prose. Empty paragraphs are
 * not prose. Attributes are read leniently (see `taskFromNode`): validation reports what is wrong.
 */
export function extractOutline(name: string, doc: RichNode): TemplateOutline {
	const sections: Section[] = [];
	const tasks: TemplateTask[] = [];
	const used = new Map<string, number>([[INTRO, 1]]);
	let current: Section = { id: INTRO, title: '', blocks: [] };
	let prose: RichNode[] = [];
	const flush = () => {
		if (prose.length > 0) current.blocks.push({ kind: 'text', doc: { type: 'doc', content: prose } });
		prose = [];
	};
	const close = () => {
		flush();
		if (current.id !== INTRO || current.blocks.length > 0) sections.push(current);
	};
	for (const block of doc.content ?? []) {
		if (isSectionHeading(block)) {
			close();
			const title = plainText(block).trim();
			const slug = slugify(title);
			const count = (used.get(slug) ?? 0) + 1;
			used.set(slug, count);
			current = { id: count === 1 ? slug : `${slug}-${count}`, title, blocks: [] };
			continue;
		}
		const { rest, lifted } = liftTasks(block);
		if (rest && !isEmptyParagraph(rest)) prose.push(rest);
		for (const node of lifted) {
			flush();
			const task = taskFromNode(node, current.id);
			tasks.push(task);
			current.blocks.push({ kind: 'task', taskId: task.taskId });
		}
	}
	close();
	return { name, sections, tasks };
}

/** A block without the task nodes inside it (null when it is one), and those tasks in order. */
function liftTasks(node: RichNode): { rest: RichNode | null; lifted: RichNode[] } {
	if (node.type === TASK_NODE) return { rest: null, lifted: [node] };
	if (!node.content) return { rest: node, lifted: [] };
	const lifted: RichNode[] = [];
	const content: RichNode[] = [];
	for (const child of node.content) {
		const inner = liftTasks(child);
		lifted.push(...inner.lifted);
		if (inner.rest) content.push(inner.rest);
	}
	if (lifted.length === 0) return { rest: node, lifted };
	const rest: RichNode = { ...node };
	if (content.length > 0) rest.content = content;
	else delete rest.content;
	// A list or callout left empty by the lift is no prose.
	const empty = content.length === 0 && !['paragraph', 'heading'].includes(node.type);
	return { rest: empty ? null : rest, lifted };
}

/**
 * A task from its node. Numbers may arrive as strings from older or foreign writers: a string
 * that is a number counts as that number; anything else is kept as NaN (a `bad-offset`).
 * Missing attributes take the node's defaults: associate, 0 days after kick-off, required.
 */
function taskFromNode(node: RichNode, sectionId: string): TemplateTask {
	const attrs = node.attrs ?? {};
	const role = attrs.ownerRole;
	const after = attrs.after;
	const required = attrs.required;
	return {
		taskId: typeof attrs.taskId === 'string' ? attrs.taskId : '',
		title: plainText(node).replace(/\s+/g, ' ').trim(),
		sectionId,
		ownerRole: OWNER_ROLES.includes(role as OwnerRole) ? (role as OwnerRole) : 'associate',
		offsetDays: readOffset(attrs.offsetDays),
		after: typeof after === 'string' && after !== '' ? after : null,
		required: !(required === false || required === 'false')
	};
}

function readOffset(value: unknown): number {
	if (value === undefined || value === null || value === '') return 0;
	if (typeof value === 'number') return value;
	if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
	return Number.NaN;
}

/** The outline of a template room: its `meta.name` and `body`. */
export function readTemplate(doc: Y.Doc): TemplateOutline {
	const name = playbookMeta(doc).get('name');
	return extractOutline(typeof name === 'string' ? name : '', richFromFragment(playbookBody(doc)));
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

/** Whether `value` is a whole number of days within ±MAX_OFFSET_DAYS. */
export const isValidOffset = (value: unknown): value is number =>
	typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= MAX_OFFSET_DAYS;

/**
 * Everything that keeps a template from starting an onboarding, in a stable order: per task in
 * document order (duplicate id, empty title, bad offset, unknown dependency, unknown variables),
 * then each cycle once (its ids from the first task of the cycle in document order), then
 * unknown variables of sections' titles and prose.
 */
export function validateOutline(outline: TemplateOutline): TemplateProblem[] {
	const problems: TemplateProblem[] = [];
	const seen = new Set<string>();
	const ids = new Set(outline.tasks.map((task) => task.taskId));
	for (const task of outline.tasks) {
		if (task.taskId === '' || seen.has(task.taskId)) {
			if (!problems.some((p) => p.kind === 'duplicate-task-id' && p.taskId === task.taskId)) {
				problems.push({ kind: 'duplicate-task-id', taskId: task.taskId });
			}
		}
		seen.add(task.taskId);
		if (task.title.trim() === '') problems.push({ kind: 'empty-title', taskId: task.taskId });
		if (!isValidOffset(task.offsetDays)) problems.push({ kind: 'bad-offset', taskId: task.taskId, value: task.offsetDays });
		if (task.after !== null && !ids.has(task.after)) problems.push({ kind: 'unknown-dependency', taskId: task.taskId, after: task.after });
		for (const name of unknownVariables(task.title)) problems.push({ kind: 'unknown-variable', name, where: task.taskId });
	}
	for (const cycle of findCycles(outline.tasks)) problems.push({ kind: 'cycle', taskIds: cycle });
	for (const section of outline.sections) {
		const text = [section.title, ...section.blocks.map((block) => (block.kind === 'text' ? plainText(block.doc) : ''))].join('\n');
		for (const name of unknownVariables(text)) problems.push({ kind: 'unknown-variable', name, where: section.id });
	}
	return problems;
}

type Link = Pick<TemplateTask, 'taskId' | 'after'>;

function firstById<T extends { taskId: string }, V>(tasks: readonly T[], value: (task: T, index: number) => V): Map<string, V> {
	const map = new Map<string, V>();
	tasks.forEach((task, index) => {
		if (!map.has(task.taskId)) map.set(task.taskId, value(task, index));
	});
	return map;
}

/** Each cycle of `after` links once, as the ids along it starting from its first task in order. */
export function findCycles(tasks: readonly Link[]): string[][] {
	// With duplicate ids the first task of an id is the one that counts (as in scheduling).
	const after = firstById(tasks, (task) => task.after);
	const order = firstById(tasks, (_task, index) => index);
	const cycles: string[][] = [];
	const settled = new Set<string>();
	for (const task of tasks) {
		const path: string[] = [];
		const onPath = new Map<string, number>();
		let id: string | null = task.taskId;
		while (id !== null && !settled.has(id) && !onPath.has(id) && after.has(id)) {
			onPath.set(id, path.length);
			path.push(id);
			id = after.get(id) ?? null;
		}
		if (id !== null && onPath.has(id)) {
			const cycle = path.slice(onPath.get(id));
			const first = cycle.reduce((a, b) => (order.get(a)! <= order.get(b)! ? a : b));
			const start = cycle.indexOf(first);
			cycles.push([...cycle.slice(start), ...cycle.slice(0, start)]);
		}
		for (const visited of path) settled.add(visited);
	}
	return cycles;
}

/**
 * Whether making `taskId` follow `after` would close a cycle (itself included): the editor asks
 * before writing a dependency.
 */
export function wouldCycle(tasks: readonly Link[], taskId: string, after: string | null): boolean {
	if (after === null) return false;
	const links = firstById(tasks, (task) => task.after);
	const seen = new Set<string>();
	let id: string | null = after;
	while (id !== null && !seen.has(id)) {
		if (id === taskId) return true;
		seen.add(id);
		id = links.get(id) ?? null;
	}
	return false;
}

// ---------------------------------------------------------------------------------------------
// Variables
// ---------------------------------------------------------------------------------------------

const VARIABLE = /\{\{\s*([^{}]*?)\s*\}\}/g;

export const isVariable = (name: string): name is VariableName => (VARIABLES as readonly string[]).includes(name);

/** The variables `text` uses, in order of first use, known or not. */
export function variablesIn(text: string): string[] {
	const names: string[] = [];
	for (const match of text.matchAll(VARIABLE)) if (!names.includes(match[1]!)) names.push(match[1]!);
	return names;
}

const unknownVariables = (text: string) => variablesIn(text).filter((name) => !isVariable(name));

/** The values an onboarding fills in; a variable without a value is left as written. */
export type VariableValues = Partial<Record<VariableName, string | null>>;

/** `text` with its known variables replaced by their values (unknown ones and ones without a value kept). */
export function fillText(text: string, values: VariableValues): string {
	return text.replace(VARIABLE, (whole, name: string) => {
		const value = isVariable(name) ? values[name] : undefined;
		return typeof value === 'string' ? value : whole;
	});
}

/** A copy of a rich node with every text run filled (a variable split across marks stays as written). */
export function fillRich(node: RichNode, values: VariableValues): RichNode {
	const copy: RichNode = { ...node };
	if (typeof node.text === 'string') copy.text = fillText(node.text, values);
	if (node.content) copy.content = node.content.map((child) => fillRich(child, values));
	return copy;
}

/** A section with its title and prose filled (task references unchanged). */
export function fillSection(section: Section, values: VariableValues): Section {
	return {
		id: section.id,
		title: fillText(section.title, values),
		blocks: section.blocks.map((block): SectionBlock => (block.kind === 'text' ? { kind: 'text', doc: fillRich(block.doc, values) } : block))
	};
}

// ---------------------------------------------------------------------------------------------
// Dates and scheduling
// ---------------------------------------------------------------------------------------------

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date written yyyy-mm-dd. */
export function isIsoDate(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	const match = ISO_DATE.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `date` (yyyy-mm-dd) plus `days` calendar days: pure date arithmetic, no time zone. */
export function addDays(date: string, days: number): string {
	if (!isIsoDate(date)) throw new RangeError(`Not a date: ${date}`);
	if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	const moved = new Date(Date.UTC(year, month - 1, day + days));
	const y = moved.getUTCFullYear();
	return `${String(y).padStart(4, '0')}-${String(moved.getUTCMonth() + 1).padStart(2, '0')}-${String(moved.getUTCDate()).padStart(2, '0')}`;
}

/** Why tasks cannot be scheduled: a cycle, an unknown anchor, a bad offset or kick-off. */
export class ScheduleError extends Error {
	readonly problems: TemplateProblem[];
	constructor(message: string, problems: TemplateProblem[]) {
		super(message);
		this.name = 'ScheduleError';
		this.problems = problems;
	}
}

export type Schedulable = Pick<TemplateTask, 'taskId' | 'offsetDays' | 'after'>;

/**
 * Every task's due date: its anchor (the kick-off, or the due date of the task it follows) plus
 * its offset in calendar days. `fixed` holds due dates to keep as they are (tasks not being
 * rescheduled); they still anchor the tasks that follow them. Throws ScheduleError on a cycle, an
 * unknown `after`, a bad offset or a kick-off that is not a date.
 */
export function scheduleTasks(tasks: readonly Schedulable[], kickoff: string, fixed: ReadonlyMap<string, string> = new Map()): Map<string, string> {
	if (!isIsoDate(kickoff)) throw new ScheduleError(`Kick-off is not a date: ${kickoff}`, []);
	const byId = firstById(tasks, (task) => task);
	const problems: TemplateProblem[] = [];
	for (const task of tasks) {
		if (!fixed.has(task.taskId) && !isValidOffset(task.offsetDays)) problems.push({ kind: 'bad-offset', taskId: task.taskId, value: task.offsetDays });
		if (task.after !== null && !byId.has(task.after) && !fixed.has(task.after)) {
			problems.push({ kind: 'unknown-dependency', taskId: task.taskId, after: task.after });
		}
	}
	for (const cycle of findCycles(tasks)) problems.push({ kind: 'cycle', taskIds: cycle });
	if (problems.length > 0) throw new ScheduleError('These tasks cannot be scheduled', problems);
	const due = new Map<string, string>();
	const resolve = (task: Schedulable): string => {
		const known = fixed.get(task.taskId) ?? due.get(task.taskId);
		if (known !== undefined) return known;
		const anchor = task.after === null ? kickoff : byId.has(task.after) ? resolve(byId.get(task.after)!) : fixed.get(task.after)!;
		const date = addDays(anchor, task.offsetDays);
		due.set(task.taskId, date);
		return date;
	};
	for (const task of tasks) due.set(task.taskId, resolve(task));
	return due;
}

// ---------------------------------------------------------------------------------------------
// Changes between two outlines
// ---------------------------------------------------------------------------------------------

/** The task fields a template change can alter. */
export const TASK_FIELDS = ['title', 'ownerRole', 'offsetDays', 'after', 'required', 'sectionId'] as const;
export type TaskField = (typeof TASK_FIELDS)[number];

/**
 * One difference between the outline a project follows and the template now. `id` is stable for
 * the same pair of outlines (`task-added:<taskId>`, `task-changed:<taskId>:<field>`,
 * `section-renamed:<baseSectionId>` …): the project page posts the ids to take.
 */
export type TemplateChange =
	| { id: string; kind: 'task-added'; taskId: string; task: TemplateTask }
	| { id: string; kind: 'task-removed'; taskId: string; title: string }
	| { id: string; kind: 'task-changed'; taskId: string; title: string; field: TaskField; from: unknown; to: unknown }
	| { id: string; kind: 'section-added'; sectionId: string; title: string }
	| { id: string; kind: 'section-removed'; sectionId: string; title: string }
	| { id: string; kind: 'section-renamed'; sectionId: string; toSectionId: string; from: string; to: string }
	| { id: string; kind: 'section-text-changed'; sectionId: string; title: string };

export type TemplateChangeKind = TemplateChange['kind'];

const sectionTasks = (section: Section) => section.blocks.flatMap((block) => (block.kind === 'task' ? [block.taskId] : []));
const sectionText = (section: Section) => JSON.stringify(section.blocks.filter((block) => block.kind === 'text'));

/**
 * Pairs sections of `base` missing from `now` with sections of `now` missing from `base`: the same
 * section renamed (its id follows its title). Paired when they share a task; otherwise when they
 * hold the same prose, or stand at the same position, while none of the old section's tasks went
 * to another section and the new one took none from elsewhere (that is a removal and an addition).
 */
export function pairRenamedSections(base: TemplateOutline, now: TemplateOutline): Map<string, string> {
	const nowIds = new Set(now.sections.map((s) => s.id));
	const baseIds = new Set(base.sections.map((s) => s.id));
	const gone = base.sections.filter((s) => !nowIds.has(s.id));
	const fresh = now.sections.filter((s) => !baseIds.has(s.id));
	const stillThere = new Set(now.tasks.map((t) => t.taskId));
	const wasThere = new Set(base.tasks.map((t) => t.taskId));
	const pairs = new Map<string, string>();
	const taken = new Set<string>();
	for (const old of gone) {
		const oldTasks = new Set(sectionTasks(old));
		const scattered = [...oldTasks].some((id) => stillThere.has(id));
		const match =
			fresh.find((s) => !taken.has(s.id) && sectionTasks(s).some((id) => oldTasks.has(id))) ??
			fresh.find(
				(s) =>
					!taken.has(s.id) &&
					!scattered &&
					!sectionTasks(s).some((id) => wasThere.has(id)) &&
					(sectionText(s) === sectionText(old) || now.sections.indexOf(s) === base.sections.indexOf(old))
			);
		if (match) {
			pairs.set(old.id, match.id);
			taken.add(match.id);
		}
	}
	return pairs;
}

/** What changed from `base` to `now`: sections first (in `now`'s order, removals after), then tasks. */
export function diffOutlines(base: TemplateOutline, now: TemplateOutline): TemplateChange[] {
	const changes: TemplateChange[] = [];
	const renamed = pairRenamedSections(base, now);
	const renamedTo = new Map([...renamed].map(([from, to]) => [to, from]));
	const baseSections = new Map(base.sections.map((s) => [s.id, s]));
	const nowIds = new Set(now.sections.map((s) => s.id));
	for (const section of now.sections) {
		const oldId = baseSections.has(section.id) ? section.id : renamedTo.get(section.id);
		const old = oldId === undefined ? undefined : baseSections.get(oldId);
		if (!old) {
			changes.push({ id: `section-added:${section.id}`, kind: 'section-added', sectionId: section.id, title: section.title });
			continue;
		}
		if (old.title !== section.title) {
			changes.push({ id: `section-renamed:${old.id}`, kind: 'section-renamed', sectionId: old.id, toSectionId: section.id, from: old.title, to: section.title });
		}
		if (sectionText(old) !== sectionText(section)) {
			changes.push({ id: `section-text-changed:${section.id}`, kind: 'section-text-changed', sectionId: section.id, title: section.title });
		}
	}
	for (const section of base.sections) {
		if (!nowIds.has(section.id) && !renamed.has(section.id)) {
			changes.push({ id: `section-removed:${section.id}`, kind: 'section-removed', sectionId: section.id, title: section.title });
		}
	}
	const baseTasks = new Map(base.tasks.map((t) => [t.taskId, t]));
	const nowTasks = new Map(now.tasks.map((t) => [t.taskId, t]));
	for (const task of now.tasks) {
		const old = baseTasks.get(task.taskId);
		if (!old) {
			changes.push({ id: `task-added:${task.taskId}`, kind: 'task-added', taskId: task.taskId, task });
			continue;
		}
		for (const field of TASK_FIELDS) {
			const from = field === 'sectionId' ? (renamed.get(old.sectionId) ?? old.sectionId) : old[field];
			if (!Object.is(from, task[field])) {
				changes.push({ id: `task-changed:${task.taskId}:${field}`, kind: 'task-changed', taskId: task.taskId, title: task.title, field, from: old[field], to: task[field] });
			}
		}
	}
	for (const task of base.tasks) {
		if (!nowTasks.has(task.taskId)) changes.push({ id: `task-removed:${task.taskId}`, kind: 'task-removed', taskId: task.taskId, title: task.title });
	}
	return changes;
}
