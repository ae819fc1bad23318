import * as Y from 'yjs';
import {
	ONBOARDING_STATUSES,
	OWNER_ROLES,
	onboardingActivity,
	onboardingComments,
	onboardingMeta,
	onboardingOutline,
	onboardingTasks,
	type ActivityEntry,
	type ActivityKind,
	type OnboardingStatus,
	type OnboardingTask,
	type OwnerRole,
	type Section,
	type SectionBlock,
	type TaskComment,
	type TemplateOutline,
	type TemplateTask
} from './model';
import {
	ScheduleError,
	addDays,
	diffOutlines,
	fillSection,
	fillText,
	isIsoDate,
	pairRenamedSections,
	scheduleTasks,
	type Schedulable,
	type TemplateChange,
	type VariableValues
} from './template';

/**
 * Onboarding projects (`onboarding.<id>`): seeding a project's room from a template's outline,
 * reading it back, the changes people make (ticks, owners, due dates, comments, status), taking
 * template changes, progress. Pure: callers pass the time, the actor and fresh ids.
 *
 * Concurrency: the server creates every task's Y.Map and comment Y.Array (at start and when
 * changes are taken), so peers only ever set keys of existing maps and append to existing
 * arrays — two peers creating the same map at once would each make one and one would be lost.
 */

/** `outline` keys: the sections as shown (variables filled) and as written (filled again when a date changes). */
export const OUTLINE_SECTIONS = 'sections';
export const OUTLINE_SOURCE = 'source';
/** A task map's title as the template wrote it (variables not filled). */
const TITLE_SOURCE = 'titleSource';

export interface Person {
	id: string;
	name: string;
}

/** Who and when, for the activity trail and "done by". `id` is the activity entry's fresh id. */
export interface Stamp {
	by: Person;
	at: string;
	id: string;
}

export interface OnboardingMeta {
	name: string;
	clientId: string;
	clientName: string;
	templateId: string;
	templateName: string;
	directorId: string | null;
	directorName: string | null;
	associateId: string | null;
	associateName: string | null;
	clientContact: string | null;
	kickoff: string;
	goLive: string | null;
	status: OnboardingStatus;
	createdAt: string;
	createdBy: string;
	base: TemplateOutline | null;
	baseAt: string | null;
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function readOnboardingMeta(doc: Y.Doc): OnboardingMeta {
	const meta = onboardingMeta(doc);
	const status = meta.get('status');
	const base = meta.get('base');
	return {
		name: str(meta.get('name')) ?? '',
		clientId: str(meta.get('clientId')) ?? '',
		clientName: str(meta.get('clientName')) ?? '',
		templateId: str(meta.get('templateId')) ?? '',
		templateName: str(meta.get('templateName')) ?? '',
		directorId: str(meta.get('directorId')),
		directorName: str(meta.get('directorName')),
		associateId: str(meta.get('associateId')),
		associateName: str(meta.get('associateName')),
		clientContact: str(meta.get('clientContact')),
		kickoff: str(meta.get('kickoff')) ?? '',
		goLive: str(meta.get('goLive')),
		status: ONBOARDING_STATUSES.includes(status as OnboardingStatus) ? (status as OnboardingStatus) : 'active',
		createdAt: str(meta.get('createdAt')) ?? '',
		createdBy: str(meta.get('createdBy')) ?? '',
		base: base && typeof base === 'object' ? (base as TemplateOutline) : null,
		baseAt: str(meta.get('baseAt'))
	};
}

/** Whether the room holds a project (the server seeds it before anyone may open it). */
export const isStarted = (doc: Y.Doc): boolean => onboardingMeta(doc).has('templateId');

/** The sections the project page renders (variables filled). */
export function readOnboardingOutline(doc: Y.Doc): Section[] {
	const sections = onboardingOutline(doc).get(OUTLINE_SECTIONS);
	return Array.isArray(sections) ? (sections as Section[]) : [];
}

function readTask(id: string, map: Y.Map<unknown>): OnboardingTask {
	const role = map.get('ownerRole');
	const number = (value: unknown) => (typeof value === 'number' ? value : 0);
	return {
		id,
		title: str(map.get('title')) ?? '',
		sectionId: str(map.get('sectionId')) ?? '',
		order: number(map.get('order')),
		ownerRole: OWNER_ROLES.includes(role as OwnerRole) ? (role as OwnerRole) : 'associate',
		ownerId: str(map.get('ownerId')),
		ownerName: str(map.get('ownerName')),
		offsetDays: number(map.get('offsetDays')),
		after: str(map.get('after')),
		due: str(map.get('due')) ?? '',
		required: map.get('required') !== false,
		done: map.get('done') === true,
		doneAt: str(map.get('doneAt')),
		doneBy: str(map.get('doneBy')),
		doneByName: str(map.get('doneByName')),
		removed: map.get('removed') === true
	};
}

/** The project's tasks in outline order (removed ones too, unless asked not to). */
export function readOnboardingTasks(doc: Y.Doc, options: { removed?: boolean } = {}): OnboardingTask[] {
	const tasks: OnboardingTask[] = [];
	onboardingTasks(doc).forEach((map, id) => {
		if (map instanceof Y.Map) tasks.push(readTask(id, map));
	});
	return tasks.filter((task) => options.removed !== false || !task.removed).sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
}

export function readComments(doc: Y.Doc, taskId: string): TaskComment[] {
	const list = onboardingComments(doc).get(taskId);
	return list instanceof Y.Array ? list.toArray() : [];
}

export function readActivity(doc: Y.Doc): ActivityEntry[] {
	return onboardingActivity(doc).toArray();
}

function record(doc: Y.Doc, stamp: Stamp, kind: ActivityKind, taskId: string | null, detail: string): void {
	onboardingActivity(doc).push([{ id: stamp.id, at: stamp.at, by: stamp.by.id, byName: stamp.by.name, kind, taskId, detail }]);
}

// ---------------------------------------------------------------------------------------------
// Starting a project
// ---------------------------------------------------------------------------------------------

export interface OnboardingStart {
	name: string;
	clientId: string;
	clientName: string;
	templateId: string;
	/** The template's outline now (variables not filled); it must validate. */
	outline: TemplateOutline;
	/** The template's `updatedAt` that outline reflects. */
	baseAt: string | null;
	kickoff: string;
	goLive: string | null;
	director: Person | null;
	associate: Person | null;
	/** The client's contact person for `client` tasks (free text). */
	clientContact: string | null;
}

/** The values a project fills into its template's text. */
export function variableValues(meta: Pick<OnboardingMeta, 'clientName' | 'kickoff' | 'goLive' | 'directorName'>): VariableValues {
	return { 'client.name': meta.clientName, kickoff: meta.kickoff, go_live: meta.goLive, 'director.name': meta.directorName };
}

interface Owners {
	director: Person | null;
	associate: Person | null;
	clientContact: string | null;
}

function ownerFor(role: OwnerRole, owners: Owners): { ownerId: string | null; ownerName: string | null } {
	if (role === 'client') return { ownerId: null, ownerName: owners.clientContact };
	const person = owners[role];
	return { ownerId: person?.id ?? null, ownerName: person?.name ?? null };
}

const ownersOf = (meta: OnboardingMeta): Owners => ({
	director: meta.directorId ? { id: meta.directorId, name: meta.directorName ?? '' } : null,
	associate: meta.associateId ? { id: meta.associateId, name: meta.associateName ?? '' } : null,
	clientContact: meta.clientContact
});

function newTaskMap(task: TemplateTask, order: number, due: string, owners: Owners, values: VariableValues): Y.Map<unknown> {
	const map = new Y.Map<unknown>();
	const owner = ownerFor(task.ownerRole, owners);
	const entries: [keyof OnboardingTask | typeof TITLE_SOURCE, unknown][] = [
		['title', fillText(task.title, values)],
		[TITLE_SOURCE, task.title],
		['sectionId', task.sectionId],
		['order', order],
		['ownerRole', task.ownerRole],
		['ownerId', owner.ownerId],
		['ownerName', owner.ownerName],
		['offsetDays', task.offsetDays],
		['after', task.after],
		['due', due],
		['required', task.required],
		['done', false],
		['doneAt', null],
		['doneBy', null],
		['doneByName', null],
		['removed', false]
	];
	for (const [key, value] of entries) map.set(key, value);
	return map;
}

/**
 * Writes a new project into an empty room: meta (with `base` = the outline), the sections with
 * variables filled, one task map per template task with its owner and due date, an empty comment
 * list per task, and the "started" activity. Throws ScheduleError (writing nothing) when the
 * tasks cannot be scheduled; does nothing when the room already holds a project. Run inside one
 * transaction (the server's `withRoom`).
 */
export function startOnboarding(doc: Y.Doc, start: OnboardingStart, stamp: Stamp): void {
	if (isStarted(doc)) return;
	if (!isIsoDate(start.kickoff)) throw new ScheduleError(`Kick-off is not a date: ${start.kickoff}`, []);
	if (start.goLive !== null && !isIsoDate(start.goLive)) throw new ScheduleError(`Go-live is not a date: ${start.goLive}`, []);
	const due = scheduleTasks(start.outline.tasks, start.kickoff);
	const values = variableValues({ clientName: start.clientName, kickoff: start.kickoff, goLive: start.goLive, directorName: start.director?.name ?? null });
	const owners: Owners = { director: start.director, associate: start.associate, clientContact: start.clientContact };
	doc.transact(() => {
		const meta = onboardingMeta(doc);
		const fields: Record<string, unknown> = {
			name: start.name,
			clientId: start.clientId,
			clientName: start.clientName,
			templateId: start.templateId,
			templateName: start.outline.name,
			directorId: start.director?.id ?? null,
			directorName: start.director?.name ?? null,
			associateId: start.associate?.id ?? null,
			associateName: start.associate?.name ?? null,
			clientContact: start.clientContact,
			kickoff: start.kickoff,
			goLive: start.goLive,
			status: 'active',
			createdAt: stamp.at,
			createdBy: stamp.by.id,
			base: start.outline,
			baseAt: start.baseAt
		};
		for (const [key, value] of Object.entries(fields)) meta.set(key, value);
		writeSections(doc, start.outline.sections, values);
		const tasks = onboardingTasks(doc);
		const comments = onboardingComments(doc);
		start.outline.tasks.forEach((task, order) => {
			tasks.set(task.taskId, newTaskMap(task, order, due.get(task.taskId)!, owners, values));
			comments.set(task.taskId, new Y.Array<TaskComment>());
		});
		record(doc, stamp, 'started', null, start.outline.name);
	});
}

function writeSections(doc: Y.Doc, sections: Section[], values: VariableValues): void {
	const outline = onboardingOutline(doc);
	outline.set(OUTLINE_SOURCE, sections);
	outline.set(OUTLINE_SECTIONS, sections.map((section) => fillSection(section, values)));
}

// ---------------------------------------------------------------------------------------------
// What people change
// ---------------------------------------------------------------------------------------------

function taskMap(doc: Y.Doc, taskId: string): Y.Map<unknown> {
	const map = onboardingTasks(doc).get(taskId);
	if (!(map instanceof Y.Map)) throw new RangeError(`No such task: ${taskId}`);
	return map;
}

/** Ticks or unticks a task (nothing when it already is so). */
export function setTaskDone(doc: Y.Doc, taskId: string, done: boolean, stamp: Stamp): void {
	const map = taskMap(doc, taskId);
	if ((map.get('done') === true) === done) return;
	doc.transact(() => {
		map.set('done', done);
		map.set('doneAt', done ? stamp.at : null);
		map.set('doneBy', done ? stamp.by.id : null);
		map.set('doneByName', done ? stamp.by.name : null);
		record(doc, stamp, done ? 'task-done' : 'task-reopened', taskId, str(map.get('title')) ?? '');
	});
}

/** Gives a task to someone (a user id and name, a free-text client contact, or nobody). */
export function setTaskOwner(doc: Y.Doc, taskId: string, owner: { id: string | null; name: string | null }, stamp: Stamp): void {
	const map = taskMap(doc, taskId);
	if (map.get('ownerId') === owner.id && map.get('ownerName') === owner.name) return;
	doc.transact(() => {
		map.set('ownerId', owner.id);
		map.set('ownerName', owner.name);
		record(doc, stamp, 'task-owner', taskId, owner.name ?? '');
	});
}

/** Moves a task's due date by hand. */
export function setTaskDue(doc: Y.Doc, taskId: string, due: string, stamp: Stamp): void {
	if (!isIsoDate(due)) throw new RangeError(`Not a date: ${due}`);
	const map = taskMap(doc, taskId);
	if (map.get('due') === due) return;
	doc.transact(() => {
		map.set('due', due);
		record(doc, stamp, 'task-due', taskId, due);
	});
}

export const MAX_COMMENT = 2000;

/** Appends a comment to a task (1–2000 characters once trimmed). `stamp.id` is the comment's id too. */
export function addComment(doc: Y.Doc, taskId: string, text: string, stamp: Stamp): void {
	const body = text.trim();
	if (body.length === 0 || body.length > MAX_COMMENT) throw new RangeError(`A comment has 1 to ${MAX_COMMENT} characters`);
	taskMap(doc, taskId);
	const comments = onboardingComments(doc);
	doc.transact(() => {
		let list = comments.get(taskId);
		if (!(list instanceof Y.Array)) {
			list = new Y.Array<TaskComment>();
			comments.set(taskId, list);
		}
		list.push([{ id: stamp.id, at: stamp.at, by: stamp.by.id, byName: stamp.by.name, text: body }]);
		record(doc, stamp, 'comment', taskId, body.length > 80 ? `${body.slice(0, 79)}…` : body);
	});
}

export function setStatus(doc: Y.Doc, status: OnboardingStatus, stamp: Stamp): void {
	const meta = onboardingMeta(doc);
	if (meta.get('status') === status) return;
	doc.transact(() => {
		meta.set('status', status);
		record(doc, stamp, 'status', null, status);
	});
}

/**
 * New kick-off and/or go-live dates: unfinished tasks get their due dates again from the new
 * kick-off (done and removed ones keep theirs and still anchor their followers), and the text is
 * filled again with the new dates.
 */
export function changeDates(doc: Y.Doc, dates: { kickoff?: string; goLive?: string | null }, stamp: Stamp): void {
	if (dates.kickoff !== undefined && !isIsoDate(dates.kickoff)) throw new ScheduleError(`Kick-off is not a date: ${dates.kickoff}`, []);
	if (dates.goLive !== undefined && dates.goLive !== null && !isIsoDate(dates.goLive)) throw new ScheduleError(`Go-live is not a date: ${dates.goLive}`, []);
	const before = readOnboardingMeta(doc);
	const kickoff = dates.kickoff ?? before.kickoff;
	const goLive = dates.goLive === undefined ? before.goLive : dates.goLive;
	if (kickoff === before.kickoff && goLive === before.goLive) return;
	const tasks = readOnboardingTasks(doc);
	const fixed = new Map(tasks.filter((task) => task.done || task.removed).map((task) => [task.id, task.due]));
	const due = kickoff === before.kickoff ? new Map<string, string>() : scheduleTasks(tasks.map(schedulable), kickoff, fixed);
	const values = variableValues({ ...before, kickoff, goLive });
	doc.transact(() => {
		const meta = onboardingMeta(doc);
		meta.set('kickoff', kickoff);
		meta.set('goLive', goLive);
		for (const task of tasks) {
			const map = taskMap(doc, task.id);
			const next = due.get(task.id);
			if (next !== undefined && next !== task.due) map.set('due', next);
			const source = str(map.get(TITLE_SOURCE));
			if (source !== null && fillText(source, values) !== task.title) map.set('title', fillText(source, values));
		}
		const source = onboardingOutline(doc).get(OUTLINE_SOURCE);
		if (Array.isArray(source)) writeSections(doc, source as Section[], values);
		record(doc, stamp, 'task-due', null, goLive === null ? `Kick-off ${kickoff}` : `Kick-off ${kickoff}, go-live ${goLive}`);
	});
}

const schedulable = (task: OnboardingTask): Schedulable => ({ taskId: task.id, offsetDays: task.offsetDays, after: task.after });

// ---------------------------------------------------------------------------------------------
// Template changes
// ---------------------------------------------------------------------------------------------

/** What the template changed since the project's base (none when the room has no base). */
export function pendingChanges(doc: Y.Doc, templateNow: TemplateOutline): TemplateChange[] {
	const base = readOnboardingMeta(doc).base;
	return base ? diffOutlines(base, templateNow) : [];
}

/** Why taken changes cannot be applied (an unknown change id, or a schedule they would break). */
export class TemplateChangeError extends Error {
	constructor(
		message: string,
		readonly problems: ScheduleError['problems'] = []
	) {
		super(message);
		this.name = 'TemplateChangeError';
	}
}

interface SectionEntry {
	id: string;
	title: string;
	/** Where its prose and task order come from. */
	from: Section;
	/** Its id in the template now, when it is there. */
	nowId: string | null;
	baseId: string | null;
}

/**
 * Takes the changes `take` names (ids of `pendingChanges`) and dismisses the others: new tasks get
 * due dates from their anchors, changed offsets and dependencies move the due dates of unfinished
 * tasks (and of those following them), removed tasks are marked removed unless done, sections
 * follow the taken additions, removals, renames and text changes; then `base` := the template
 * now. Everything is computed before anything is written: a change id that is not pending, or a
 * selection that would leave a dependency cycle or an unknown anchor, throws TemplateChangeError
 * and writes nothing.
 */
export function applyTemplateChanges(
	doc: Y.Doc,
	now: TemplateOutline,
	nowAt: string | null,
	take: readonly string[],
	stamp: Stamp
): { taken: string[]; dismissed: string[] } {
	const meta = readOnboardingMeta(doc);
	const base = meta.base ?? now;
	const changes = diffOutlines(base, now);
	const ids = new Set(changes.map((change) => change.id));
	const unknown = take.filter((id) => !ids.has(id));
	if (unknown.length > 0) throw new TemplateChangeError(`These changes are not pending: ${unknown.join(', ')}`);
	const taken = new Set(take);
	const isTaken = (id: string) => taken.has(id);

	// Sections: the template's order, with declined removals kept where they stood.
	const renamed = pairRenamedSections(base, now);
	const renamedTo = new Map([...renamed].map(([from, to]) => [to, from]));
	const baseSections = new Map(base.sections.map((section) => [section.id, section]));
	const projectSource = onboardingOutline(doc).get(OUTLINE_SOURCE);
	const projectSections = new Map((Array.isArray(projectSource) ? (projectSource as Section[]) : base.sections).map((s) => [s.id, s]));
	const entries: SectionEntry[] = [];
	for (const section of now.sections) {
		const baseId = baseSections.has(section.id) ? section.id : (renamedTo.get(section.id) ?? null);
		const old = baseId === null ? undefined : baseSections.get(baseId);
		if (!old || baseId === null) {
			if (isTaken(`section-added:${section.id}`)) entries.push({ id: section.id, title: section.title, from: section, nowId: section.id, baseId: null });
			continue;
		}
		const rename = old.title !== section.title && isTaken(`section-renamed:${old.id}`);
		const text = isTaken(`section-text-changed:${section.id}`);
		entries.push({
			id: rename ? section.id : old.id,
			title: rename ? section.title : old.title,
			from: text ? section : (projectSections.get(old.id) ?? old),
			nowId: section.id,
			baseId: old.id
		});
	}
	base.sections.forEach((section, index) => {
		if (entries.some((entry) => entry.baseId === section.id) || isTaken(`section-removed:${section.id}`)) return;
		const previous = base.sections[index - 1];
		const at = previous ? entries.findIndex((entry) => entry.baseId === previous.id) + 1 : 0;
		entries.splice(at, 0, { id: section.id, title: section.title, from: projectSections.get(section.id) ?? section, nowId: null, baseId: section.id });
	});
	const entryOfNow = (nowId: string) => entries.find((entry) => entry.nowId === nowId)?.id;
	const entryOfBase = (baseId: string) => entries.find((entry) => entry.baseId === baseId)?.id;
	const nowSections = new Map(now.sections.map((section) => [section.id, section]));
	/** The entry a task placed in template section `nowId` goes to, adding that section when it was declined. */
	const homeInNow = (nowId: string): string => {
		const found = entryOfNow(nowId);
		if (found !== undefined) return found;
		const section = nowSections.get(nowId)!;
		const index = now.sections.indexOf(section);
		const before = now.sections.slice(0, index).reverse().map((s) => entries.findIndex((entry) => entry.nowId === s.id)).find((i) => i >= 0);
		entries.splice(before === undefined ? 0 : before + 1, 0, { id: section.id, title: section.title, from: section, nowId: section.id, baseId: null });
		return section.id;
	};

	// Tasks: what each becomes.
	const current = readOnboardingTasks(doc);
	const byId = new Map(current.map((task) => [task.id, task]));
	const nowTasks = new Map(now.tasks.map((task) => [task.taskId, task]));
	const added = new Map<string, TemplateTask>();
	const updates = new Map<string, Partial<OnboardingTask> & { titleSource?: string }>();
	const moved = new Set<string>();
	const update = (id: string, patch: Partial<OnboardingTask> & { titleSource?: string }) => updates.set(id, { ...updates.get(id), ...patch });
	const values = variableValues(meta);
	const owners = ownersOf(meta);
	for (const change of changes) {
		if (!isTaken(change.id)) continue;
		if (change.kind === 'task-added') {
			added.set(change.taskId, { ...change.task, sectionId: homeInNow(change.task.sectionId) });
			moved.add(change.taskId);
		} else if (change.kind === 'task-removed') {
			const task = byId.get(change.taskId);
			if (task && !task.done) update(change.taskId, { removed: true });
		} else if (change.kind === 'task-changed') {
			const to = nowTasks.get(change.taskId)!;
			if (!byId.has(change.taskId)) continue;
			if (change.field === 'title') update(change.taskId, { title: fillText(to.title, values), titleSource: to.title });
			else if (change.field === 'ownerRole') update(change.taskId, { ownerRole: to.ownerRole, ...ownerFor(to.ownerRole, owners) });
			else if (change.field === 'offsetDays' || change.field === 'after') {
				update(change.taskId, { [change.field]: to[change.field] });
				moved.add(change.taskId);
			} else if (change.field === 'required') update(change.taskId, { required: to.required });
			else update(change.taskId, { sectionId: homeInNow(to.sectionId) });
		}
	}
	// Tasks whose section was renamed (taken) follow it; tasks of a removed section (taken) that
	// stay go where the template has them now.
	const sectionOf = (task: OnboardingTask): string => {
		const patched = updates.get(task.id)?.sectionId;
		if (patched !== undefined) return patched;
		const kept = entryOfBase(task.sectionId) ?? (entries.some((entry) => entry.id === task.sectionId) ? task.sectionId : undefined);
		if (kept !== undefined) return kept;
		const there = nowTasks.get(task.id);
		return there ? homeInNow(there.sectionId) : (entries[0]?.id ?? task.sectionId);
	};
	const finalTasks = new Map<string, OnboardingTask & { titleSource?: string }>();
	for (const task of current) finalTasks.set(task.id, { ...task, ...updates.get(task.id), sectionId: sectionOf(task) });

	// Due dates: new tasks, tasks whose schedule changed and the unfinished tasks following them.
	const schedule = [...current.map((task) => finalTasks.get(task.id)!).map(schedulable), ...[...added.values()]];
	const recompute = new Set<string>();
	let grew = true;
	for (const id of moved) recompute.add(id);
	while (grew) {
		grew = false;
		for (const task of schedule) {
			if (!recompute.has(task.taskId) && task.after !== null && recompute.has(task.after)) {
				recompute.add(task.taskId);
				grew = true;
			}
		}
	}
	const fixed = new Map(
		[...finalTasks.values()].filter((task) => !recompute.has(task.id) || task.done || task.removed).map((task) => [task.id, task.due])
	);
	let due: Map<string, string>;
	try {
		due = scheduleTasks(schedule, meta.kickoff, fixed);
	} catch (error) {
		if (error instanceof ScheduleError) throw new TemplateChangeError('These changes cannot be taken apart from the others they depend on', error.problems);
		throw error;
	}

	// Sections' blocks: the prose of their source, task references of the tasks that live there.
	const placed = new Set<string>();
	const homeOf = new Map<string, string>([
		...[...finalTasks.values()].map((task): [string, string] => [task.id, task.sectionId]),
		...[...added.values()].map((task): [string, string] => [task.taskId, task.sectionId])
	]);
	const nowOrder = new Map(now.tasks.map((task, index) => [task.taskId, index]));
	const sections: Section[] = entries.map((entry) => {
		const blocks: SectionBlock[] = [];
		for (const block of entry.from.blocks) {
			if (block.kind === 'text') blocks.push(block);
			else if (homeOf.get(block.taskId) === entry.id && !placed.has(block.taskId)) {
				blocks.push(block);
				placed.add(block.taskId);
			}
		}
		// Tasks the source does not place go after the task preceding them in the template now.
		const rest = [...homeOf].filter(([id, home]) => home === entry.id && !placed.has(id)).map(([id]) => id);
		const rank = (id: string) => nowOrder.get(id) ?? Infinity;
		rest.sort((a, b) => rank(a) - rank(b));
		for (const id of rest) {
			const taskAt = blocks.flatMap((block, index) => (block.kind === 'task' ? [{ index, rank: rank(block.taskId) }] : []));
			const before = taskAt.filter((at) => at.rank < rank(id)).at(-1);
			const at = before ? before.index + 1 : (taskAt[0]?.index ?? blocks.length);
			blocks.splice(at, 0, { kind: 'task', taskId: id });
			placed.add(id);
		}
		return { id: entry.id, title: entry.title, blocks };
	});
	const order = new Map(sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === 'task' ? [block.taskId] : []))).map((id, index) => [id, index]));

	const takenIds = changes.filter((change) => taken.has(change.id)).map((change) => change.id);
	const dismissed = changes.filter((change) => !taken.has(change.id)).map((change) => change.id);
	doc.transact(() => {
		const tasks = onboardingTasks(doc);
		const comments = onboardingComments(doc);
		for (const task of added.values()) {
			tasks.set(task.taskId, newTaskMap(task, order.get(task.taskId) ?? 0, due.get(task.taskId)!, owners, values));
			if (!(comments.get(task.taskId) instanceof Y.Array)) comments.set(task.taskId, new Y.Array<TaskComment>());
		}
		for (const task of finalTasks.values()) {
			const map = taskMap(doc, task.id);
			const next: Record<string, unknown> = {
				title: task.title,
				sectionId: task.sectionId,
				order: order.get(task.id) ?? task.order,
				ownerRole: task.ownerRole,
				ownerId: task.ownerId,
				ownerName: task.ownerName,
				offsetDays: task.offsetDays,
				after: task.after,
				due: due.get(task.id) ?? task.due,
				required: task.required,
				removed: task.removed
			};
			if (task.titleSource !== undefined) next[TITLE_SOURCE] = task.titleSource;
			for (const [key, value] of Object.entries(next)) if (map.get(key) !== value) map.set(key, value);
		}
		writeSections(doc, sections, values);
		const metaMap = onboardingMeta(doc);
		metaMap.set('base', now);
		metaMap.set('baseAt', nowAt);
		record(doc, stamp, 'template-changes', null, `${takenIds.length} taken, ${dismissed.length} dismissed`);
	});
	return { taken: takenIds, dismissed };
}

// ---------------------------------------------------------------------------------------------
// Progress
// ---------------------------------------------------------------------------------------------

export interface Progress {
	done: number;
	total: number;
	requiredDone: number;
	requiredTotal: number;
	/** Not done, due before today. */
	overdue: number;
	/** Not done, due within today's ISO week (Monday to Sunday). */
	dueThisWeek: number;
}

/** Monday and Sunday of the ISO week of `day` (yyyy-mm-dd). */
export function isoWeekOf(day: string): { monday: string; sunday: string } {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
	const monday = addDays(day, -weekday);
	return { monday, sunday: addDays(monday, 6) };
}

/** Progress of a project's tasks on `today` (yyyy-mm-dd, in the client's time zone); removed tasks do not count. */
export function progressOf(tasks: readonly OnboardingTask[], today: string): Progress {
	const week = isoWeekOf(today);
	const progress: Progress = { done: 0, total: 0, requiredDone: 0, requiredTotal: 0, overdue: 0, dueThisWeek: 0 };
	for (const task of tasks) {
		if (task.removed) continue;
		progress.total++;
		if (task.done) progress.done++;
		if (task.required) {
			progress.requiredTotal++;
			if (task.done) progress.requiredDone++;
		}
		if (!task.done && task.due < today) progress.overdue++;
		if (!task.done && task.due >= week.monday && task.due <= week.sunday) progress.dueThisWeek++;
	}
	return progress;
}
