import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, User } from '../../src/lib/domain/directory';
import { startServer, type RunningServer } from '../helpers/server';
import { signIn, type Session } from '../sync/helpers';

/**
 * A client's team, through the real built server: `GET /api/clients/:id/team` lists every active
 * director and the client's active associates (who may own an onboarding task), for directors
 * and the client's associates only.
 */

let server: RunningServer;
const who = {} as Record<'admin' | 'director' | 'associate' | 'hero', Session>;
let users: User[];
let clientId: string;
let otherClientId: string;

beforeAll(async () => {
	server = await startServer({ env: { SEED_DEMO: '1' } });
	for (const role of ['admin', 'director', 'associate', 'hero'] as const) who[role] = await signIn(server.url, `${role}@demo.test`);
	clientId = who.associate.me.clientIds[0]!;
	const clients = (await (await who.director.api.get('/api/clients')).json()) as Client[];
	otherClientId = clients.find((c) => !who.associate.me.clientIds.includes(c.id))!.id;
	const invited = await who.admin.api.post('/api/admin/users', { email: 'gone.associate@demo.test', name: 'Gone Associate', role: 'associate', clientIds: [clientId] });
	expect(invited.status).toBe(201);
	const goneId = ((await invited.json()) as { id: string }).id;
	expect((await who.admin.api.patch(`/api/admin/users/${goneId}`, { active: false })).status).toBe(200);
	users = (await (await who.admin.api.get('/api/admin/users')).json()) as User[];
});
afterAll(async () => {
	expect(await server.stop()).toBe(0);
});

const team = (session: Session, id: string) => session.api.get(`/api/clients/${id}/team`);

describe('a client’s team', () => {
	it('is every active director and the client’s active associates, directors first', async () => {
		const response = await team(who.director, clientId);
		expect(response.status).toBe(200);
		const members = (await response.json()) as { id: string; name: string; role: string }[];
		const expected = users.filter((u) => u.active && (u.role === 'director' || (u.role === 'associate' && u.clientIds.includes(clientId))));
		expect(members.map((m) => m.id).sort()).toEqual(expected.map((u) => u.id).sort());
		expect(members.some((m) => m.name === 'Gone Associate')).toBe(false);
		expect(members.map((m) => m.role)).toEqual([...members.map((m) => m.role)].sort().reverse());
		expect(members.some((m) => m.id === who.associate.me.id)).toBe(true);
		// The client's associates see it too.
		expect((await team(who.associate, clientId)).status).toBe(200);
	});

	it('is refused to heroes, admins, associates of other clients, and for unknown clients', async () => {
		expect((await team(who.hero, who.hero.me.clientIds[0]!)).status).toBe(403);
		expect((await team(who.admin, clientId)).status).toBe(403);
		expect((await team(who.associate, otherClientId)).status).toBe(403);
		expect((await team(who.director, 'no-such-client')).status).toBe(404);
	});
});
