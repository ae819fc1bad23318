import { seesAllClients, type Role } from '#domain/access';
import type { Client, ClientInput, ClientPatch } from '#domain/directory';
import type { Store } from '../db/store';
import { ServiceError } from '../errors';
import { newId } from '../ids';

interface ClientRow {
	id: string;
	name: string;
	industry: Client['industry'];
	languages: Client['languages'];
	time_zone: string;
}

const toClient = (row: ClientRow): Client => ({
	id: row.id,
	name: row.name,
	industry: row.industry,
	languages: row.languages,
	timeZone: row.time_zone
});

/** A director or associate who works a client's account. */
export interface TeamMember {
	id: string;
	name: string;
	role: 'director' | 'associate';
}

export interface Viewer {
	id: string;
	role: Role;
}

/** Clients and who may see them: admins and directors all, associates and heroes their own. */
export class ClientService {
	constructor(private readonly store: Store) {}

	async listFor(viewer: Viewer): Promise<Client[]> {
		const { rows } = seesAllClients(viewer.role)
			? await this.store.query<ClientRow>('select * from client order by name')
			: await this.store.query<ClientRow>(
					`select c.* from client c join client_assignment a on a.client_id = c.id
					  where a.user_id = $1 order by c.name`,
					[viewer.id]
				);
		return rows.map(toClient);
	}

	async getFor(viewer: Viewer, id: string): Promise<Client> {
		const { rows } = await this.store.query<ClientRow>('select * from client where id = $1', [id]);
		if (!rows[0]) throw new ServiceError(404, 'No such client.');
		if (!(await this.canSee(viewer, id))) throw new ServiceError(403, 'This client is not assigned to you.');
		return toClient(rows[0]);
	}

	async canSee(viewer: Viewer, clientId: string): Promise<boolean> {
		if (seesAllClients(viewer.role)) return true;
		const { rows } = await this.store.query(
			'select 1 from client_assignment where user_id = $1 and client_id = $2',
			[viewer.id, clientId]
		);
		return rows.length > 0;
	}

	/**
	 * Who works a client's account: every active director, and the active associates assigned to
	 * it (onboarding tasks are owned among them). For directors and the client's associates.
	 */
	async team(viewer: Viewer, clientId: string): Promise<TeamMember[]> {
		await this.getFor(viewer, clientId);
		if (viewer.role !== 'director' && viewer.role !== 'associate') throw new ServiceError(403, 'Only directors and associates see a client\'s team.');
		const { rows } = await this.store.query<TeamMember>(
			`select u.id, u.name, u.role from app_user u
			  where u.active
			    and (u.role = 'director'
			         or (u.role = 'associate' and exists (select 1 from client_assignment a where a.user_id = u.id and a.client_id = $1)))
			  order by u.role desc, lower(u.name), u.id`,
			[clientId]
		);
		return rows.map((row) => ({ id: row.id, name: row.name, role: row.role }));
	}

	async create(input: ClientInput): Promise<{ id: string }> {
		const id = newId();
		await this.store.transaction(async (tx) => {
			await this.assertNameFree(tx, input.name, null);
			await tx.query(
				'insert into client (id, name, industry, languages, time_zone) values ($1, $2, $3, $4, $5)',
				[id, input.name, input.industry, input.languages, input.timeZone]
			);
		});
		return { id };
	}

	async update(id: string, patch: ClientPatch): Promise<Client> {
		const { rows } = await this.store.transaction(async (tx) => {
			if (patch.name) await this.assertNameFree(tx, patch.name, id);
			return tx.query<ClientRow>(
				`update client set name = coalesce($2, name), industry = coalesce($3, industry),
				        languages = coalesce($4, languages), time_zone = coalesce($5, time_zone), updated_at = now()
				  where id = $1 returning *`,
				[id, patch.name ?? null, patch.industry ?? null, patch.languages ?? null, patch.timeZone ?? null]
			);
		});
		if (!rows[0]) throw new ServiceError(404, 'No such client.');
		return toClient(rows[0]);
	}

	private async assertNameFree(tx: Pick<Store, 'query'>, name: string, exceptId: string | null) {
		const { rows } = await tx.query('select 1 from client where lower(name) = lower($1) and id <> coalesce($2, \'\')', [
			name,
			exceptId
		]);
		if (rows.length > 0) throw new ServiceError(409, 'A client with this name already exists.');
	}
}
