import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, startServer, type RunningServer } from '../helpers/server';
import type { Client, Me, User } from '../../src/lib/domain/directory';

let server: RunningServer;
const client = () => new ApiClient(server.url);

beforeAll(async () => {
	server = await startServer({ env: { SEED_DEMO: '1', LOGIN_RATE_LIMIT: '5' } });
});
afterAll(async () => {
	expect(await server.stop()).toBe(0);
});

describe('health and sign-in', () => {
	it('answers health once ready', async () => {
		const response = await fetch(`${server.url}/api/health`);
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ ok: true });
	});

	it('signs in with the demo password and sets an HttpOnly, SameSite=Lax session cookie', async () => {
		const api = client();
		const response = await api.post('/api/auth/login', {
			email: 'Director@Demo.test',
			password: 'demo-password'
		});
		expect(response.status).toBe(200);
		const cookie = response.headers.getSetCookie().find((c) => c.startsWith('session='))!;
		expect(cookie).toMatch(/HttpOnly/i);
		expect(cookie).toMatch(/SameSite=Lax/i);
		const me = (await (await api.get('/api/me')).json()) as Me;
		expect(me.email).toBe('director@demo.test');
		expect(me.role).toBe('director');
	});

	it('refuses a wrong password with 401 and no session', async () => {
		const api = client();
		const response = await api.post('/api/auth/login', {
			email: 'associate@demo.test',
			password: 'wrong-password'
		});
		expect(response.status).toBe(401);
		expect(response.headers.getSetCookie().some((c) => c.startsWith('session='))).toBe(false);
		expect((await api.get('/api/me')).status).toBe(401);
	});

	it('rate-limits repeated failures for one email with 429 and Retry-After', async () => {
		const api = client();
		const statuses: number[] = [];
		for (let i = 0; i < 6; i++) {
			const r = await api.post('/api/auth/login', { email: 'associate2@demo.test', password: `nope-${i}` });
			statuses.push(r.status);
		}
		expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
		expect(statuses[5]).toBe(429);
		// Even the right password is refused while the limit holds.
		const blocked = await api.post('/api/auth/login', {
			email: 'associate2@demo.test',
			password: 'demo-password'
		});
		expect(blocked.status).toBe(429);
		expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
	});

	it('answers malformed JSON with 400 and a message, never a stack trace', async () => {
		const response = await client().request('POST', '/api/auth/login', '{"email": ', {
			'content-type': 'application/json'
		});
		expect(response.status).toBe(400);
		const body = (await response.json()) as { message: string };
		expect(body.message).toMatch(/not valid JSON/);
		expect(JSON.stringify(body)).not.toMatch(/at .*\.js/);
	});

	it('signs out a tampered cookie and clears it', async () => {
		const api = client();
		await api.login('hero@demo.test');
		const [id, secret] = api.cookie.slice('session='.length).split('.');
		api.cookie = `session=${id}.${secret!.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a'))}`;
		const response = await api.get('/api/me');
		expect(response.status).toBe(401);
		expect(api.cookie).toBe('');
	});

	it('ends the session on logout', async () => {
		const api = client();
		await api.login('hero@demo.test');
		const cookie = api.cookie;
		expect((await api.post('/api/auth/logout')).status).toBe(200);
		api.cookie = cookie;
		expect((await api.get('/api/me')).status).toBe(401);
	});

	it('refuses cross-site writes', async () => {
		const api = client();
		await api.login('director@demo.test');
		const response = await api.request(
			'POST',
			'/api/clients',
			{ name: 'Evil', industry: 'banking', languages: ['en'], timeZone: 'UTC' },
			{ origin: 'https://evil.example' }
		);
		expect(response.status).toBe(403);
	});
});

describe('roles and client assignments', () => {
	it('gives admins and directors every client, associates and heroes their own', async () => {
		const lists: Record<string, Client[]> = {};
		for (const who of ['admin', 'director', 'associate', 'hero']) {
			const api = client();
			await api.login(`${who}@demo.test`);
			lists[who] = (await (await api.get('/api/clients')).json()) as Client[];
		}
		expect(lists.admin).toHaveLength(12);
		expect(lists.director).toHaveLength(12);
		expect(lists.associate!.length).toBeGreaterThan(0);
		expect(lists.associate!.length).toBeLessThan(12);
		expect(lists.hero!.length).toBeGreaterThan(0);
		expect(lists.hero!.length).toBeLessThan(12);
		for (const c of lists.hero!) expect(Object.keys(c)).toEqual(expect.arrayContaining(['id', 'name', 'languages']));

		const heroApi = client();
		await heroApi.login('hero@demo.test');
		const heroIds = new Set(lists.hero!.map((c) => c.id));
		const other = lists.admin!.find((c) => !heroIds.has(c.id))!;
		expect((await heroApi.get(`/api/clients/${other.id}`)).status).toBe(403);
		expect((await heroApi.get(`/api/clients/${lists.hero![0]!.id}`)).status).toBe(200);
	});

	it('keeps the admin API for admins', async () => {
		for (const who of ['director', 'associate', 'hero']) {
			const api = client();
			await api.login(`${who}@demo.test`);
			expect((await api.get('/api/admin/users')).status).toBe(403);
		}
		const anonymous = client();
		expect((await anonymous.get('/api/admin/users')).status).toBe(401);
	});

	it('guards console pages on the server: signed-out visitors go to login, heroes get 403 on admin', async () => {
		const anonymous = await fetch(`${server.url}/clients/abc?tab=1`, { redirect: 'manual' });
		expect(anonymous.status).toBe(303);
		expect(anonymous.headers.get('location')).toBe(`/login?next=${encodeURIComponent('/clients/abc?tab=1')}`);

		const hero = client();
		await hero.login('hero@demo.test');
		expect((await hero.get('/admin')).status).toBe(403);
		expect((await hero.get('/billing')).status).toBe(403);
		expect((await hero.get('/kb')).status).toBe(200);
	});

	it('lets an admin invite a user who can then sign in, and deactivation ends their sessions at once', async () => {
		const admin = client();
		await admin.login('admin@demo.test');
		const clients = (await (await admin.get('/api/clients')).json()) as Client[];
		const created = await admin.post('/api/admin/users', {
			email: 'New.Hero@demo.test',
			name: 'New Hero',
			role: 'hero',
			languages: ['fr'],
			clientIds: [clients[0]!.id]
		});
		expect(created.status).toBe(201);
		const { id, temporaryPassword } = (await created.json()) as { id: string; temporaryPassword: string };
		expect(temporaryPassword).toHaveLength(16);

		const hero = client();
		await hero.login('new.hero@demo.test', temporaryPassword);
		const visible = (await (await hero.get('/api/clients')).json()) as Client[];
		expect(visible.map((c) => c.id)).toEqual([clients[0]!.id]);

		const off = await admin.patch(`/api/admin/users/${id}`, { active: false });
		expect(off.status).toBe(200);
		expect(((await off.json()) as User).active).toBe(false);
		expect((await hero.get('/api/me')).status).toBe(401);
		const again = await client().post('/api/auth/login', {
			email: 'new.hero@demo.test',
			password: temporaryPassword
		});
		expect(again.status).toBe(401);
	});

	it('refuses bad input and changes nothing', async () => {
		const admin = client();
		await admin.login('admin@demo.test');
		const before = await (await admin.get('/api/clients')).json();
		for (const body of [
			{ name: 'X', industry: 'banking', languages: ['en'], timeZone: 'UTC' },
			{ name: 'Valid Name', industry: 'mining', languages: ['en'], timeZone: 'UTC' },
			{ name: 'Valid Name', industry: 'banking', languages: [], timeZone: 'UTC' },
			{ name: 'Valid Name', industry: 'banking', languages: ['xx'], timeZone: 'UTC' },
			{ name: 'Valid Name', industry: 'banking', languages: ['en'], timeZone: 'Mars/Olympus' }
		]) {
			const response = await admin.post('/api/clients', body);
			expect(response.status).toBe(400);
			expect(((await response.json()) as { message: string }).message.length).toBeGreaterThan(3);
		}
		const duplicate = await admin.post('/api/admin/users', {
			email: 'hero@demo.test',
			name: 'Dup',
			role: 'hero'
		});
		expect(duplicate.status).toBe(409);
		const selfOff = await admin.patch(
			`/api/admin/users/${((await (await admin.get('/api/me')).json()) as Me).id}`,
			{ active: false }
		);
		expect(selfOff.status).toBe(400);
		expect(await (await admin.get('/api/clients')).json()).toEqual(before);
	});

	it('lets directors create and edit clients, not associates', async () => {
		const director = client();
		await director.login('director2@demo.test');
		const created = await director.post('/api/clients', {
			name: 'Nordlys Bank',
			industry: 'banking',
			languages: ['sv', 'en'],
			timeZone: 'Europe/Stockholm'
		});
		expect(created.status).toBe(201);
		const { id } = (await created.json()) as { id: string };
		const edited = await director.patch(`/api/clients/${id}`, { timeZone: 'Europe/Oslo' });
		expect(((await edited.json()) as Client).timeZone).toBe('Europe/Oslo');

		const associate = client();
		await associate.login('associate@demo.test');
		expect((await associate.patch(`/api/clients/${id}`, { name: 'Hijack' })).status).toBe(403);
	});
});
