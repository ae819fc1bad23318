import type { Role } from '#domain/access';
import type { User, UserInput, UserPatch } from '#domain/directory';
import type { Queryable, Store } from '../db/store';
import { ServiceError } from '../errors';
import { newId, randomString } from '../ids';
import { hashPassword } from '../auth/password';
import type { SessionService } from '../auth/sessions';

interface UserRow {
	id: string;
	email: string;
	name: string;
	role: Role;
	languages: User['languages'];
	locale: User['locale'];
	active: boolean;
	client_ids: string[];
	created_at: Date;
}

const SELECT = `
	select u.id, u.email, u.name, u.role, u.languages, u.locale, u.active, u.created_at,
	       coalesce(array_agg(a.client_id order by a.client_id) filter (where a.client_id is not null), '{}') as client_ids
	  from app_user u left join client_assignment a on a.user_id = u.id`;

function toUser(row: UserRow): User {
	return {
		id: row.id,
		email: row.email,
		name: row.name,
		role: row.role,
		languages: row.languages,
		locale: row.locale,
		active: row.active,
		clientIds: row.client_ids,
		createdAt: new Date(row.created_at).toISOString()
	};
}

/** Users, their roles and the clients they serve. Admin-only operations except `get`. */
export class UserService {
	/** Called after a user loses access (deactivated, reassigned): live connections react. */
	onAccessChanged: (userId: string) => void = () => {};

	constructor(
		private readonly store: Store,
		private readonly sessions: SessionService
	) {}

	async list(): Promise<User[]> {
		const { rows } = await this.store.query<UserRow>(`${SELECT} group by u.id order by u.name`);
		return rows.map(toUser);
	}

	async get(id: string): Promise<User> {
		const { rows } = await this.store.query<UserRow>(`${SELECT} where u.id = $1 group by u.id`, [id]);
		if (!rows[0]) throw new ServiceError(404, 'No such user.');
		return toUser(rows[0]);
	}

	async create(input: UserInput): Promise<{ id: string; temporaryPassword?: string }> {
		const temporaryPassword = input.password ? undefined : randomString(16);
		const passwordHash = await hashPassword(input.password ?? temporaryPassword!);
		const id = newId();
		await this.store.transaction(async (tx) => {
			const taken = await tx.query('select 1 from app_user where email = $1', [input.email]);
			if (taken.rows.length > 0) throw new ServiceError(409, 'A user with this email already exists.');
			await tx.query(
				`insert into app_user (id, email, name, role, languages, password_hash)
				 values ($1, $2, $3, $4, $5, $6)`,
				[id, input.email, input.name, input.role, input.languages, passwordHash]
			);
			await this.assign(tx, id, input.clientIds);
		});
		return temporaryPassword ? { id, temporaryPassword } : { id };
	}

	async update(id: string, patch: UserPatch, actorId: string): Promise<User> {
		if (id === actorId && (patch.active === false || (patch.role && patch.role !== 'admin'))) {
			throw new ServiceError(400, 'You cannot deactivate yourself or remove your own admin role.');
		}
		const before = await this.get(id);
		await this.store.transaction(async (tx) => {
			await tx.query(
				`update app_user set name = coalesce($2, name), role = coalesce($3, role),
				        languages = coalesce($4, languages), active = coalesce($5, active), updated_at = now()
				  where id = $1`,
				[id, patch.name ?? null, patch.role ?? null, patch.languages ?? null, patch.active ?? null]
			);
			if (patch.clientIds) {
				await tx.query('delete from client_assignment where user_id = $1', [id]);
				await this.assign(tx, id, patch.clientIds);
			}
		});
		if (patch.active === false) await this.sessions.invalidateUser(id);
		const after = await this.get(id);
		const lostClient = before.clientIds.some((clientId) => !after.clientIds.includes(clientId));
		if (!after.active || lostClient || before.role !== after.role) this.onAccessChanged(id);
		return after;
	}

	async setLocale(id: string, locale: User['locale']): Promise<void> {
		await this.store.query('update app_user set locale = $2, updated_at = now() where id = $1', [
			id,
			locale
		]);
	}

	private async assign(tx: Queryable, userId: string, clientIds: string[]): Promise<void> {
		const unique = [...new Set(clientIds)];
		if (unique.length === 0) return;
		const { rows } = await tx.query<{ id: string }>('select id from client where id = any($1)', [unique]);
		if (rows.length !== unique.length) throw new ServiceError(400, 'Unknown client in assignments.');
		await tx.query(
			`insert into client_assignment (user_id, client_id) select $1, unnest($2::text[])`,
			[userId, unique]
		);
	}
}
