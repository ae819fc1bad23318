import type * as Y from 'yjs';
import type { OnboardingPatch, OnboardingStartInput } from '#domain/playbooks/api';
import { EXPORT_LABELS_EN, exportDocument, exportFileName, onboardingMarkdown, type ExportLabels } from '#domain/playbooks/export';
import type { OnboardingStatus, OnboardingSummary, OnboardingTask, TemplateProblem } from '#domain/playbooks/model';
import {
	TemplateChangeError,
	applyTemplateChanges,
	changeDates,
	pendingChanges,
	progressOf,
	readOnboardingMeta,
	setStatus,
	startOnboarding,
	type Stamp
} from '#domain/playbooks/onboarding';
import { ScheduleError, type TemplateChange } from '#domain/playbooks/template';
import { roomVersion } from '#domain/projections/onboarding';
import { roomName } from '#protocol/rooms';
import type { Store } from '../db/store';
import { ServiceError } from '../errors';
import { newId } from '../ids';
import type { SyncService } from '../sync/service';
import type { Viewer } from './clients';
import { onboardingPdf } from './onboarding-pdf';
import type { Actor, PlaybookService } from './playbooks';

export type OnboardingRooms = Pick<SyncService, 'withRoom' | 'readRoom'>;

interface StateRow {
	onboarding_id: string;
	client_id: string;
	template_id: string;
	name: string;
	client_name: string | null;
	template_name: string | null;
	director_id: string | null;
	director_name: string | null;
	kickoff: string;
	go_live: string | null;
	status: OnboardingStatus;
	base_at: string | null;
	version: number | null;
	template_updated_at: string | null;
	time_zone: string;
}

interface TaskRow {
	onboarding_id: string;
	task_id: string;
	due: string;
	done: boolean;
	required: boolean;
}

/** Dates are selected as text (`to_char`): drivers would turn them into instants at some midnight. */
const day = (value: string): string => value;

/** Today's date in a time zone (yyyy-mm-dd). */
export function todayIn(timeZone: string, now = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export interface TemplateChanges {
	changes: TemplateChange[];
	baseAt: string | null;
	templateUpdatedAt: string | null;
}

/**
 * Onboarding projects: the row (`onboarding`: its client and template, for authorising the room)
 * and the room `onboarding.<id>`, which the server seeds from the template's outline when the
 * project starts and changes when a director takes template changes or moves dates; everything
 * else (ticks, owners, comments) is written by the browsers. Lists read `onboarding_state` and
 * `onboarding_task`, projected by the sync server from every stored write.
 *
 * Directors see every project and start them; associates see and work their clients' projects;
 * heroes and admins neither.
 */
export class OnboardingService {
	constructor(
		private readonly store: Store,
		private readonly rooms: OnboardingRooms,
		private readonly playbooks: PlaybookService
	) {}

	/**
	 * Projects carried over from before `onboarding_state.version` have none, so every device
	 * would keep their rooms on every visit until they next change: each gets its room's version
	 * (a row projected meanwhile keeps its own). Run at start-up; cheap when there are none.
	 */
	async backfillVersions(): Promise<number> {
		const { rows } = await this.store.query<{ onboarding_id: string }>('select onboarding_id from onboarding_state where version is null');
		for (const { onboarding_id: id } of rows) {
			const version = await this.rooms.readRoom(roomName('onboarding', id), roomVersion);
			await this.store.query('update onboarding_state set version = $2 where onboarding_id = $1 and version is null', [id, version]);
		}
		return rows.length;
	}

	async list(viewer: Viewer, filter: { clientId?: string; directorId?: string; status?: OnboardingStatus } = {}, now = new Date()): Promise<OnboardingSummary[]> {
		assertWorker(viewer);
		const where: string[] = [];
		const params: unknown[] = [];
		const add = (sql: string, value: unknown) => {
			params.push(value);
			where.push(sql.replace('?', `$${params.length}`));
		};
		if (filter.clientId) add('s.client_id = ?', filter.clientId);
		if (filter.directorId) add('s.director_id = ?', filter.directorId);
		if (filter.status) add('s.status = ?', filter.status);
		if (viewer.role !== 'director') add('s.client_id in (select client_id from client_assignment where user_id = ?)', viewer.id);
		const { rows } = await this.store.query<StateRow>(
			`select s.onboarding_id, s.client_id, s.template_id, s.name, s.client_name, s.template_name, s.director_id,
			        s.director_name, to_char(s.kickoff, 'YYYY-MM-DD') as kickoff, to_char(s.go_live, 'YYYY-MM-DD') as go_live,
			        s.status, s.base_at, s.version, p.updated_at as template_updated_at, c.time_zone
			   from onboarding_state s
			   join onboarding o on o.id = s.onboarding_id
			   join client c on c.id = s.client_id
			   left join playbook_state p on p.template_id = s.template_id
			  ${where.length > 0 ? `where ${where.join(' and ')}` : ''}
			  order by s.kickoff desc, s.name, s.onboarding_id`,
			params
		);
		if (rows.length === 0) return [];
		const { rows: taskRows } = await this.store.query<TaskRow>(
			`select onboarding_id, task_id, to_char(due, 'YYYY-MM-DD') as due, done, required from onboarding_task where onboarding_id = any($1)`,
			[rows.map((row) => row.onboarding_id)]
		);
		const tasksOf = new Map<string, OnboardingTask[]>();
		for (const task of taskRows) {
			const list = tasksOf.get(task.onboarding_id) ?? [];
			list.push({ id: task.task_id, due: day(task.due), done: task.done, required: task.required, removed: false } as OnboardingTask);
			tasksOf.set(task.onboarding_id, list);
		}
		return rows.map((row) => {
			const progress = progressOf(tasksOf.get(row.onboarding_id) ?? [], todayIn(row.time_zone, now));
			return {
				id: row.onboarding_id,
				clientId: row.client_id,
				templateId: row.template_id,
				done: progress.done,
				total: progress.total,
				overdue: progress.overdue,
				name: row.name,
				clientName: row.client_name ?? '',
				templateName: row.template_name ?? '',
				directorId: row.director_id,
				directorName: row.director_name,
				kickoff: day(row.kickoff),
				goLive: row.go_live === null ? null : day(row.go_live),
				status: row.status,
				dueThisWeek: progress.dueThisWeek,
				requiredDone: progress.requiredDone,
				requiredTotal: progress.requiredTotal,
				templateChanged: row.template_updated_at !== null && row.template_updated_at !== row.base_at,
				version: row.version
			};
		});
	}

	/**
	 * Starts a project from a template's current outline. Everything is checked before anything
	 * is written: the template exists, is not archived and has no problems (400 with `problems`),
	 * the client exists, the director is a director, the associate an associate of that client.
	 */
	async start(actor: Actor, input: OnboardingStartInput): Promise<{ id: string }> {
		assertDirector(actor);
		const { rows: clients } = await this.store.query<{ name: string }>('select name from client where id = $1', [input.clientId]);
		if (!clients[0]) throw bad('clientId: no such client.');
		const director = await this.person(input.directorId ?? actor.id, 'director', null);
		const associate = input.associateId ? await this.person(input.associateId, 'associate', input.clientId) : null;
		const { rows: templates } = await this.store.query('select 1 from playbook_template where id = $1', [input.templateId]);
		if (!templates[0]) throw bad('templateId: no such template.');
		const template = await this.playbooks.now(input.templateId);
		if (template.archived) throw bad('templateId: this template is archived.');
		if (template.problems.length > 0) {
			throw bad('The template has problems to fix before it can start an onboarding.', template.problems);
		}
		if (template.outline.tasks.length === 0) throw bad('The template has no tasks.');
		const id = newId();
		const start = {
			name: input.name ?? `${clients[0].name} — ${template.outline.name}`,
			clientId: input.clientId,
			clientName: clients[0].name,
			templateId: input.templateId,
			outline: template.outline,
			baseAt: template.updatedAt,
			kickoff: input.kickoff,
			goLive: input.goLive ?? null,
			director,
			associate,
			clientContact: input.clientContact ?? null
		};
		await this.store.query('insert into onboarding (id, client_id, template_id, created_by) values ($1, $2, $3, $4)', [id, input.clientId, input.templateId, actor.id]);
		try {
			await this.rooms.withRoom(roomName('onboarding', id), (doc) => startOnboarding(doc, start, stampOf(actor)));
		} catch (error) {
			// Nothing was written to the room (the start is computed before it writes): no project.
			await this.store.query('delete from onboarding where id = $1', [id]);
			throw asBadInput(error);
		}
		return { id };
	}

	async templateChanges(viewer: Viewer, id: string): Promise<TemplateChanges> {
		const row = await this.assertCanSee(viewer, id);
		const template = await this.playbooks.now(row.template_id);
		const { changes, baseAt } = await this.rooms.readRoom(roomName('onboarding', id), (doc) => ({
			changes: pendingChanges(doc, template.outline),
			baseAt: readOnboardingMeta(doc).baseAt
		}));
		return { changes, baseAt, templateUpdatedAt: template.updatedAt };
	}

	async takeTemplateChanges(actor: Actor, id: string, take: string[]): Promise<{ taken: string[]; dismissed: string[] }> {
		assertDirector(actor);
		const row = await this.assertCanSee(actor, id);
		const template = await this.playbooks.now(row.template_id);
		if (template.problems.length > 0) {
			throw bad('The template has problems to fix before its changes can be taken.', template.problems);
		}
		try {
			return await this.rooms.withRoom(roomName('onboarding', id), (doc) => applyTemplateChanges(doc, template.outline, template.updatedAt, take, stampOf(actor)));
		} catch (error) {
			throw asBadInput(error);
		}
	}

	async patch(actor: Actor, id: string, patch: OnboardingPatch): Promise<{ ok: true }> {
		assertDirector(actor);
		await this.assertCanSee(actor, id);
		try {
			await this.rooms.withRoom(roomName('onboarding', id), (doc) => {
				if (patch.kickoff !== undefined || patch.goLive !== undefined) changeDates(doc, { kickoff: patch.kickoff, goLive: patch.goLive }, stampOf(actor));
				if (patch.status !== undefined) setStatus(doc, patch.status, stampOf(actor));
			});
		} catch (error) {
			throw asBadInput(error);
		}
		return { ok: true };
	}

	async export(
		viewer: Viewer,
		id: string,
		format: 'md' | 'pdf',
		labels: ExportLabels = EXPORT_LABELS_EN
	): Promise<{ body: string | Buffer; fileName: string; contentType: string }> {
		await this.assertCanSee(viewer, id);
		const read = (doc: Y.Doc) => ({ document: exportDocument(doc, labels), markdown: format === 'md' ? onboardingMarkdown(doc, labels) : '' });
		const { document, markdown } = await this.rooms.readRoom(roomName('onboarding', id), read);
		if (format === 'md') return { body: markdown, fileName: exportFileName(document.meta, 'md'), contentType: 'text/markdown; charset=utf-8' };
		return { body: await onboardingPdf(document, labels), fileName: exportFileName(document.meta, 'pdf'), contentType: 'application/pdf' };
	}

	/** The project's row when the viewer may work it: 404 unknown, 403 another's client or role. */
	private async assertCanSee(viewer: Viewer, id: string): Promise<{ client_id: string; template_id: string }> {
		assertWorker(viewer);
		const { rows } = await this.store.query<{ client_id: string; template_id: string; assigned: boolean }>(
			`select o.client_id, o.template_id,
			        exists (select 1 from client_assignment a where a.user_id = $2 and a.client_id = o.client_id) as assigned
			   from onboarding o where o.id = $1`,
			[id, viewer.id]
		);
		const row = rows[0];
		if (!row) throw new ServiceError(404, 'No such onboarding.');
		if (viewer.role !== 'director' && !row.assigned) throw new ServiceError(403, 'This client is not assigned to you.');
		return row;
	}

	/** An active user of `role` (and, for associates, assigned to `clientId`), as a named person. */
	private async person(id: string, role: 'director' | 'associate', clientId: string | null): Promise<{ id: string; name: string }> {
		const { rows } = await this.store.query<{ name: string; role: string; active: boolean; assigned: boolean }>(
			`select u.name, u.role, u.active,
			        exists (select 1 from client_assignment a where a.user_id = u.id and a.client_id = $2) as assigned
			   from app_user u where u.id = $1`,
			[id, clientId]
		);
		const row = rows[0];
		const field = `${role}Id`;
		if (!row || !row.active) throw bad(`${field}: no such active user.`);
		if (row.role !== role) throw bad(`${field}: this user is not a${role === 'associate' ? 'n' : ''} ${role}.`);
		if (clientId !== null && !row.assigned) throw bad(`${field}: this associate is not assigned to the client.`);
		return { id, name: row.name };
	}
}

function assertWorker(viewer: Viewer): void {
	if (viewer.role !== 'director' && viewer.role !== 'associate') throw new ServiceError(403, 'Onboardings are for directors and associates.');
}

function assertDirector(viewer: Viewer): void {
	if (viewer.role !== 'director') throw new ServiceError(403, 'Only directors do this.');
}

const stampOf = (actor: Actor): Stamp => ({ by: { id: actor.id, name: actor.name }, at: new Date().toISOString(), id: newId() });

/** A 400 answering `{message, error, problems?}` (the API contract's shape for refused input). */
function bad(message: string, problems?: TemplateProblem[]): ServiceError {
	return new ServiceError(400, message, {}, problems ? { error: message, problems } : { error: message });
}

/** Domain refusals (a schedule that cannot be computed, changes that are not pending) as 400s. */
function asBadInput(error: unknown): unknown {
	if (error instanceof ScheduleError || error instanceof TemplateChangeError) {
		return bad(error.message, error.problems.length > 0 ? error.problems : undefined);
	}
	if (error instanceof RangeError) return new ServiceError(400, error.message);
	return error;
}
