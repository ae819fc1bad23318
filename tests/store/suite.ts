import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, MigrationError, type MigrationFile } from '../../src/lib/db/migrate';
import { readMigrationFiles } from '../../server/db/open';
import type { Store } from '../../server/db/store';
import { SessionService } from '../../server/auth/sessions';
import { UserService } from '../../server/services/users';
import { ClientService } from '../../server/services/clients';

export interface Backend {
	/** A fresh, empty database. */
	open(): Promise<Store>;
	/** Called after each test with the store it opened. */
	dispose(store: Store): Promise<void>;
}

/** The same behaviour, asserted against each storage backend (PGlite and PostgreSQL). */
export function storeSuite(name: string, backend: Backend) {
	describe(`server store on ${name}`, () => {
		let store: Store;
		beforeEach(async () => {
			store = await backend.open();
		});
		afterEach(async () => {
			await backend.dispose(store);
		});

		const files = () => readMigrationFiles();

		it('applies every server migration once and records it', async () => {
			const first = await migrate(store, files(), 'server');
			expect(first.applied.length).toBeGreaterThan(0);
			expect(first.applied.some((f) => f.endsWith('.browser.sql'))).toBe(false);
			expect((await migrate(store, files(), 'server')).applied).toEqual([]);
			const { rows } = await store.query<{ name: string }>('select name from schema_migrations');
			expect(rows.map((r) => r.name).sort()).toEqual(first.applied.sort());
		});

		it('refuses to open when an applied migration was edited, naming the file', async () => {
			await migrate(store, files(), 'server');
			const edited: MigrationFile[] = files().map((f, i) =>
				i === 0 ? { ...f, sql: `${f.sql}\n-- edited` } : f
			);
			const error = await migrate(store, edited, 'server').catch((e: unknown) => e);
			expect(error).toBeInstanceOf(MigrationError);
			expect((error as MigrationError).file).toBe(files()[0]!.name);
			expect((error as Error).message).toMatch(/edited after it ran/);
		});

		it('rolls back a failing migration and names it', async () => {
			const bad: MigrationFile[] = [
				...files(),
				{ name: '9999_broken.sql', sql: 'create table half_done (id int); select * from no_such_table;' }
			];
			const error = await migrate(store, bad, 'server').catch((e: unknown) => e);
			expect((error as MigrationError).file).toBe('9999_broken.sql');
			const { rows } = await store.query(
				"select 1 from information_schema.tables where table_name = 'half_done'"
			);
			expect(rows).toEqual([]);
		});

		it('serialises concurrent migrators', async () => {
			const results = await Promise.all([
				migrate(store, files(), 'server'),
				migrate(store, files(), 'server')
			]);
			const all = results.flatMap((r) => r.applied);
			expect(new Set(all).size).toBe(all.length);
		});

		describe('with the schema', () => {
			beforeEach(async () => {
				await migrate(store, files(), 'server');
			});

			it('creates users with assignments and hides other clients from them', async () => {
				const sessions = new SessionService(store, 10);
				const users = new UserService(store, sessions);
				const clients = new ClientService(store);
				const a = await clients.create({ name: 'Acme', industry: 'ecommerce', languages: ['en'], timeZone: 'UTC' });
				const b = await clients.create({ name: 'Beta', industry: 'banking', languages: ['fr'], timeZone: 'Europe/Paris' });
				const { id, temporaryPassword } = await users.create({
					email: 'h@x.test',
					name: 'H',
					role: 'hero',
					languages: ['en'],
					clientIds: [a.id]
				});
				expect(temporaryPassword).toBeTruthy();
				expect((await clients.listFor({ id, role: 'hero' })).map((c) => c.id)).toEqual([a.id]);
				expect(await clients.canSee({ id, role: 'hero' }, b.id)).toBe(false);
				expect((await clients.listFor({ id, role: 'director' })).length).toBe(2);
				await expect(
					users.create({ email: 'z@x.test', name: 'Z', role: 'hero', languages: [], clientIds: ['nope'] })
				).rejects.toThrow(/Unknown client/);
				const { rows } = await store.query("select 1 from app_user where email = 'z@x.test'");
				expect(rows).toEqual([]);
			});

			it('slides session expiry and ends sessions after inactivity or deactivation', async () => {
				let now = new Date('2026-01-01T00:00:00Z');
				const sessions = new SessionService(store, 1, () => now);
				const users = new UserService(store, sessions);
				const { id } = await users.create({ email: 's@x.test', name: 'S', role: 'associate', languages: [], clientIds: [], password: 'long-enough-pw' });
				const { token } = await sessions.create(id);
				expect((await sessions.validate(token))?.refreshed).toBe(false);
				now = new Date('2026-01-01T20:00:00Z');
				expect((await sessions.validate(token))?.refreshed).toBe(true);
				now = new Date('2026-01-02T19:00:00Z'); // 23 h after the refresh: still valid
				expect(await sessions.validate(token)).not.toBeNull();
				now = new Date('2026-01-04T00:00:00Z');
				expect(await sessions.validate(token)).toBeNull();

				const second = await sessions.create(id);
				expect(await sessions.validate(`${second.token}x`)).toBeNull();
				expect(await sessions.validate('garbage')).toBeNull();
				await users.update(id, { active: false }, 'someone-else');
				expect(await sessions.validate(second.token)).toBeNull();
			});
		});
	});
}
