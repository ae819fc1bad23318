import * as Y from 'yjs';
import { copyTemplateDoc, seedTemplateDoc } from '#domain/playbooks/rooms';
import { playbookMeta, type PlaybookSummary, type TemplateOutline, type TemplateProblem } from '#domain/playbooks/model';
import { readTemplate, validateOutline } from '#domain/playbooks/template';
import { roomName } from '#protocol/rooms';
import type { Store } from '../db/store';
import { ServiceError } from '../errors';
import { newId, randomString } from '../ids';
import type { SyncService } from '../sync/service';
import type { Viewer } from './clients';

export type PlaybookRooms = Pick<SyncService, 'withRoom' | 'readRoom'>;

/** Who acts: the API's signed-in user. */
export interface Actor extends Viewer {
	name: string;
}

interface SummaryRow {
	id: string;
	name: string | null;
	updated_at: string | null;
	created_at: Date | string;
	updated_by_name: string | null;
	archived: boolean;
	task_count: number | null;
	onboardings: number | string;
}

const SUMMARY_SELECT = `
	select t.id, s.name, s.updated_at, t.created_at, s.updated_by_name, t.archived_at is not null as archived,
	       s.task_count, (select count(*) from onboarding o where o.template_id = t.id) as onboardings
	  from playbook_template t
	  left join playbook_state s on s.template_id = t.id`;

const toSummary = (row: SummaryRow): PlaybookSummary => ({
	id: row.id,
	name: row.name ?? '',
	updatedAt: row.updated_at ?? new Date(row.created_at).toISOString(),
	updatedByName: row.updated_by_name,
	archived: row.archived,
	taskCount: row.task_count ?? 0,
	onboardings: Number(row.onboardings)
});

/** A template's outline now, with when it was last edited (the room's `meta.updatedAt`). */
export interface TemplateNow {
	outline: TemplateOutline;
	problems: TemplateProblem[];
	updatedAt: string | null;
	archived: boolean;
}

/**
 * Playbook templates: the row (`playbook_template`: creation, archiving, where a copy came from)
 * and the room `playbook.<id>` the directors co-edit, seeded here with a starter outline before
 * anyone can open it. The library lists `playbook_state`, which the sync server projects from
 * every stored write of the room. Directors only, everywhere.
 */
export class PlaybookService {
	constructor(
		private readonly store: Store,
		private readonly rooms: PlaybookRooms
	) {}

	async list(viewer: Viewer, options: { archived?: boolean } = {}): Promise<PlaybookSummary[]> {
		assertDirector(viewer);
		const { rows } = await this.store.query<SummaryRow>(
			`${SUMMARY_SELECT} ${options.archived ? '' : 'where t.archived_at is null'} order by lower(coalesce(s.name, '')), t.id`
		);
		return rows.map(toSummary);
	}

	async get(viewer: Viewer, id: string): Promise<PlaybookSummary> {
		assertDirector(viewer);
		const { rows } = await this.store.query<SummaryRow>(`${SUMMARY_SELECT} where t.id = $1`, [id]);
		if (!rows[0]) throw new ServiceError(404, 'No such template.');
		return toSummary(rows[0]);
	}

	async create(actor: Actor, input: { name: string }): Promise<{ id: string }> {
		assertDirector(actor);
		const id = newId();
		await this.store.query('insert into playbook_template (id, created_by) values ($1, $2)', [id, actor.id]);
		await this.rooms.withRoom(roomName('playbook', id), (doc) => seedTemplateDoc(doc, stampOf(actor, input.name), randomString(10)));
		return { id };
	}

	async duplicate(actor: Actor, sourceId: string, input: { name?: string }): Promise<{ id: string }> {
		const source = await this.get(actor, sourceId);
		const id = newId();
		const name = input.name ?? `${source.name} (copy)`.slice(0, 120);
		await this.store.query('insert into playbook_template (id, created_by, duplicated_from) values ($1, $2, $3)', [id, actor.id, sourceId]);
		// Read then write: two rooms are never held at once.
		const copy = await this.rooms.readRoom(roomName('playbook', sourceId), (doc) => snapshotOf(doc));
		await this.rooms.withRoom(roomName('playbook', id), (doc) => copyTemplateDoc(copy, doc, stampOf(actor, name)));
		copy.destroy();
		return { id };
	}

	async setArchived(viewer: Viewer, id: string, archived: boolean): Promise<PlaybookSummary> {
		await this.get(viewer, id);
		await this.store.query(
			`update playbook_template set archived_at = case when $2 then coalesce(archived_at, now()) else null end where id = $1`,
			[id, archived]
		);
		return this.get(viewer, id);
	}

	async outline(viewer: Viewer, id: string): Promise<{ outline: TemplateOutline; problems: TemplateProblem[] }> {
		await this.get(viewer, id);
		const { outline, problems } = await this.now(id);
		return { outline, problems };
	}

	/** The template as it stands (no access check: for the onboarding service, after its own). */
	async now(id: string): Promise<TemplateNow> {
		const { rows } = await this.store.query<{ archived: boolean }>('select archived_at is not null as archived from playbook_template where id = $1', [id]);
		if (!rows[0]) throw new ServiceError(404, 'No such template.');
		return this.rooms.readRoom(roomName('playbook', id), (doc) => {
			const outline = readTemplate(doc);
			const updatedAt = playbookMeta(doc).get('updatedAt');
			return { outline, problems: validateOutline(outline), updatedAt: typeof updatedAt === 'string' ? updatedAt : null, archived: rows[0]!.archived };
		});
	}
}

function assertDirector(viewer: Viewer): void {
	if (viewer.role !== 'director') throw new ServiceError(403, 'Only directors work on playbook templates.');
}

const stampOf = (actor: Actor, name: string) => ({ name, at: new Date().toISOString(), by: { id: actor.id, name: actor.name } });

/** A detached copy of a room's state (the room itself may be unloaded once read). */
function snapshotOf(doc: Y.Doc): Y.Doc {
	const copy = new Y.Doc();
	Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
	return copy;
}
