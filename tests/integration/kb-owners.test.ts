import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, User } from '../../src/lib/domain/directory';
import type { KbArticle } from '../../src/lib/domain/kb';
import type { OwnerCandidate } from '../../src/lib/domain/kb';
import { startServer, type RunningServer } from '../helpers/server';
import { signIn, type Session } from '../sync/helpers';

/**
 * Who may own an article, through the real built server: `GET /api/kb/articles/:id/owners`
 * lists active directors and the associates of the article's client, for those who may write
 * the article (same rule as the PATCH that changes the owner), and the PATCH takes any of them.
 */

let server: RunningServer;
const who = {} as Record<'admin' | 'director' | 'associate' | 'hero', Session>;
let users: User[];
let clientId: string;
let articleId: string;
/** An associate of the article's client who was deactivated: never a choice. */
let inactiveId: string;

beforeAll(async () => {
	server = await startServer({ env: { SEED_DEMO: '1' } });
	for (const role of ['admin', 'director', 'associate', 'hero'] as const) who[role] = await signIn(server.url, `${role}@demo.test`);
	clientId = who.associate.me.clientIds[0]!;
	const clients = (await (await who.director.api.get('/api/clients')).json()) as Client[];
	const created = await who.director.api.post('/api/kb/articles', {
		clientId,
		title: 'Refund policy',
		language: clients.find((c) => c.id === clientId)!.languages[0]
	});
	expect(created.status).toBe(201);
	articleId = ((await created.json()) as { id: string }).id;

	const invited = await who.admin.api.post('/api/admin/users', {
		email: 'gone.associate@demo.test',
		name: 'Gone Associate',
		role: 'associate',
		clientIds: [clientId]
	});
	expect(invited.status).toBe(201);
	inactiveId = ((await invited.json()) as { id: string }).id;
	expect((await who.admin.api.patch(`/api/admin/users/${inactiveId}`, { active: false })).status).toBe(200);
	users = (await (await who.admin.api.get('/api/admin/users')).json()) as User[];
});
afterAll(async () => {
	expect(await server.stop()).toBe(0);
});

const owners = async (session: Session, id = articleId) => {
	const response = await session.api.get(`/api/kb/articles/${id}/owners`);
	return { status: response.status, body: (await response.json()) as OwnerCandidate[] & { message?: string } };
};

/**
 * What the admin's user list says the choices are: active directors, active associates of the
 * client. By id: the server sorts by name in the database's collation, which differs between
 * PGlite and PostgreSQL for accented names.
 */
const expected = () =>
	users
		.filter((u) => u.active && (u.role === 'director' || (u.role === 'associate' && u.clientIds.includes(clientId))))
		.map((u) => ({ id: u.id, name: u.name, role: u.role }))
		.sort(byId);
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('owner choices', () => {
	it('gives a director the active directors and the associates assigned to the client', async () => {
		const { status, body } = await owners(who.director);
		expect(status).toBe(200);
		expect([...body].sort(byId)).toEqual(expected());
		const roles = new Set(body.map((o) => o.role));
		expect(roles).toEqual(new Set(['director', 'associate']));
		expect(body.map((o) => o.id)).toContain(who.associate.me.id);
		expect(body.map((o) => o.id)).not.toContain(inactiveId);
		expect(body.map((o) => o.id)).not.toContain(who.hero.me.id);
		// Associates of other clients only are not choices.
		const elsewhere = users.filter((u) => u.role === 'associate' && u.active && !u.clientIds.includes(clientId));
		for (const associate of elsewhere) expect(body.map((o) => o.id)).not.toContain(associate.id);
	});

	it('gives the assigned associate the same list', async () => {
		const { status, body } = await owners(who.associate);
		expect(status).toBe(200);
		expect([...body].sort(byId)).toEqual(expected());
	});

	it('refuses heroes and admins with 403, before looking the article up', async () => {
		for (const session of [who.hero, who.admin]) {
			expect((await owners(session)).status).toBe(403);
			expect((await owners(session, 'nosucharticle')).status).toBe(403);
		}
	});

	it('refuses an associate whose clients do not include the article’s with 403', async () => {
		const other = users.find((u) => u.role === 'associate' && u.active && !u.clientIds.includes(clientId));
		expect(other, 'the demo workspace has an associate of other clients').toBeDefined();
		const outsider = await signIn(server.url, other!.email);
		expect((await owners(outsider)).status).toBe(403);
	});

	it('answers 404 for an unknown article', async () => {
		const { status, body } = await owners(who.director, 'nosucharticle');
		expect(status).toBe(404);
		expect(body.message).toBe('No such article.');
	});

	it('lets the owner be set to anyone on the list, with the interval', async () => {
		const { body } = await owners(who.director);
		const associate = body.find((o) => o.role === 'associate')!;
		const response = await who.director.api.patch(`/api/kb/articles/${articleId}`, {
			ownerId: associate.id,
			verifyIntervalDays: 30
		});
		expect(response.status).toBe(200);
		const list = (await (await who.director.api.get(`/api/kb/articles?clientId=${clientId}`)).json()) as KbArticle[];
		expect(list.find((a) => a.id === articleId)).toMatchObject({
			ownerId: associate.id,
			ownerName: associate.name,
			verifyIntervalDays: 30
		});
	});
});
