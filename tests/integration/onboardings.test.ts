import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../src/lib/domain/directory';
import type { OnboardingSummary, TemplateProblem } from '../../src/lib/domain/playbooks/model';
import { addComment, readComments, readOnboardingMeta, readOnboardingTasks, setTaskDone, setTaskOwner } from '../../src/lib/domain/playbooks/onboarding';
import type { TemplateChange } from '../../src/lib/domain/playbooks/template';
import { roomVersion } from '../../src/lib/domain/projections/onboarding';
import { CLOSE } from '../../src/lib/protocol/rooms';
import { createTemplate, heading, paragraph, t, writeTemplate } from '../helpers/playbooks';
import { startServer, type RunningServer } from '../helpers/server';
import { eventually, signIn, TestPeer, type Session } from '../sync/helpers';

/**
 * Onboarding projects through the real built server: who may start and see them, a start that
 * fills variables and computes every due date, starts refused with nothing written, the
 * template-changes flow, kick-off moves, and the Markdown and PDF exports (pdfkit in the built
 * server, reading its font metrics at run time).
 */

let server: RunningServer;
const who = {} as Record<'admin' | 'director' | 'associate' | 'associate2' | 'hero', Session>;
let clients: Client[];
let templateId: string;
/** A client of the associate's, and one that is not theirs. */
let mine: Client;
let other: Client;

const TASKS = [
	paragraph('Welcome {{client.name}}: kick-off {{kickoff}}, go-live {{go_live}}, with {{director.name}}.'),
	heading(2, 'Kick-off'),
	t('callcallca', 'Call {{client.name}}', 'director', 2),
	t('packpackpa', 'Send the pack', 'associate', 3, 'callcallca'),
	t('prepprepre', 'Prepare the agenda', 'associate', -7),
	heading(2, 'Go live'),
	t('signsignsi', 'Client signs off', 'client', 30, 'packpackpa', false)
];

beforeAll(async () => {
	server = await startServer({ env: { SEED_DEMO: '1' } });
	for (const role of ['admin', 'director', 'associate', 'associate2', 'hero'] as const) who[role] = await signIn(server.url, `${role}@demo.test`);
	clients = (await (await who.director.api.get('/api/clients')).json()) as Client[];
	mine = clients.find((c) => c.id === who.associate.me.clientIds[0])!;
	other = clients.find((c) => !who.associate.me.clientIds.includes(c.id))!;
	templateId = await createTemplate(who.director.api, 'Integration kit');
	await writeTemplate(server.url, who.director.cookie, who.director.api, templateId, TASKS);
});
afterAll(async () => {
	expect(await server.stop()).toBe(0);
});

const list = async (session: Session, query = '') => {
	const response = await session.api.get(`/api/onboardings${query}`);
	expect(response.status).toBe(200);
	return (await response.json()) as OnboardingSummary[];
};

async function start(body: Record<string, unknown>, session = who.director): Promise<Response> {
	return session.api.post('/api/onboardings', { templateId, clientId: mine.id, kickoff: '2028-02-26', ...body });
}

async function started(body: Record<string, unknown> = {}): Promise<string> {
	const response = await start(body);
	expect(response.status, await response.clone().text()).toBe(201);
	return ((await response.json()) as { id: string }).id;
}

/** Reads an onboarding room through a peer of `session`. */
async function room<T>(id: string, session: Session, read: (peer: TestPeer) => T | Promise<T>): Promise<T> {
	const peer = new TestPeer(server.url, `onboarding.${id}`, session.cookie);
	try {
		await eventually(() => expect(peer.provider.synced).toBe(true));
		return await read(peer);
	} finally {
		peer.destroy();
	}
}

describe('starting an onboarding', () => {
	it('fills the variables, computes every due date and names the owners', async () => {
		const id = await started({ goLive: '2028-04-01', associateId: who.associate.me.id, clientContact: 'Chris' });
		await room(id, who.director, (peer) => {
			const meta = readOnboardingMeta(peer.doc);
			expect(meta).toMatchObject({ clientId: mine.id, clientName: mine.name, templateId, kickoff: '2028-02-26', goLive: '2028-04-01', status: 'active', directorName: who.director.me.name });
			expect(meta.base?.tasks.map((task) => task.taskId)).toEqual(['callcallca', 'packpackpa', 'prepprepre', 'signsignsi']);
			expect(readOnboardingTasks(peer.doc).map((task) => [task.title, task.due, task.ownerName])).toEqual([
				[`Call ${mine.name}`, '2028-02-28', who.director.me.name],
				// after call: 02-28 + 3 across the leap day
				['Send the pack', '2028-03-02', who.associate.me.name],
				['Prepare the agenda', '2028-02-19', who.associate.me.name],
				['Client signs off', '2028-04-01', 'Chris']
			]);
			const outline = JSON.stringify(peer.doc.getMap('outline').toJSON());
			expect(outline).toContain(`Welcome ${mine.name}: kick-off 2028-02-26, go-live 2028-04-01, with ${who.director.me.name}.`);
		});
		const row = (await list(who.director)).find((o) => o.id === id)!;
		expect(Object.keys(row).slice(0, 6)).toEqual(['id', 'clientId', 'templateId', 'done', 'total', 'overdue']);
		expect(row).toMatchObject({ clientId: mine.id, templateId, done: 0, total: 4, overdue: 0, status: 'active', kickoff: '2028-02-26', templateChanged: false });
		expect((await (await who.director.api.get(`/api/playbooks/${templateId}`)).json()) as { onboardings: number }).toMatchObject({ onboardings: expect.any(Number) });
	});

	it('is for directors only; associates see their clients’ projects, heroes and admins nothing', async () => {
		const ours = await started();
		const theirs = await started({ clientId: other.id });
		expect((await start({}, who.associate)).status).toBe(403);
		expect((await start({}, who.hero)).status).toBe(403);
		for (const role of ['hero', 'admin'] as const) {
			expect((await who[role].api.get('/api/onboardings')).status, role).toBe(403);
			expect((await who[role].api.get(`/api/onboardings/${ours}/template-changes`)).status, role).toBe(403);
			expect((await who[role].api.get(`/api/onboardings/${ours}/export?format=md`)).status, role).toBe(403);
		}
		const seen = (await list(who.associate)).map((o) => o.id);
		expect(seen).toContain(ours);
		expect(seen).not.toContain(theirs);
		expect((await who.associate.api.get(`/api/onboardings/${theirs}/export?format=md`)).status).toBe(403);
		expect((await list(who.director, `?clientId=${other.id}`)).map((o) => o.id)).toContain(theirs);
		expect((await list(who.director, `?clientId=${other.id}`)).every((o) => o.clientId === other.id)).toBe(true);
		expect((await list(who.director, `?directorId=${who.director.me.id}&status=active`)).map((o) => o.id)).toContain(ours);
		expect(await list(who.director, '?directorId=nobody')).toEqual([]);
		expect((await who.director.api.get('/api/onboardings?status=paused')).status).toBe(400);
		// The room: the associate of the client writes it, the other associate and heroes are refused.
		await room(ours, who.associate, (peer) => expect(peer.access).toBe('read-write'));
		const refused = [
			[who.hero, ours],
			[who.associate, theirs]
		] as const;
		for (const [session, id] of refused) {
			const probe = new TestPeer(server.url, `onboarding.${id}`, session.cookie);
			try {
				await eventually(() => expect(probe.closes).toContain(CLOSE.forbidden));
			} finally {
				probe.destroy();
			}
		}
	});

	it('refuses a template with a cycle, an unknown variable or a bad offset, and writes nothing', async () => {
		const cases: [string, unknown[], TemplateProblem['kind']][] = [
			['cycle', [heading(2, 'A'), t('aaaaaaaaaa', 'A', 'director', 1, 'bbbbbbbbbb'), t('bbbbbbbbbb', 'B', 'director', 1, 'aaaaaaaaaa')], 'cycle'],
			['variable', [heading(2, 'A'), t('aaaaaaaaaa', 'Call {{client.nme}}', 'director', 1)], 'unknown-variable'],
			['offset', [heading(2, 'A'), t('aaaaaaaaaa', 'A', 'director', 2.5)], 'bad-offset']
		];
		for (const [name, blocks, kind] of cases) {
			const bad = await createTemplate(who.director.api, `Bad ${name}`);
			await writeTemplate(server.url, who.director.cookie, who.director.api, bad, blocks as never);
			const before = await list(who.director);
			const response = await start({ templateId: bad });
			expect(response.status, name).toBe(400);
			const body = (await response.json()) as { error: string; message: string; problems: TemplateProblem[] };
			expect(body.error).toMatch(/problems/);
			expect(body.problems.map((p) => p.kind)).toContain(kind);
			expect(await list(who.director)).toEqual(before);
			expect((await (await who.director.api.get(`/api/playbooks/${bad}`)).json()) as { onboardings: number }).toMatchObject({ onboardings: 0 });
		}
	});

	it('refuses bad dates, people and references with a message naming the field', async () => {
		const before = await list(who.director);
		const hero = who.hero.me.id;
		const cases: [Record<string, unknown>, RegExp][] = [
			[{ kickoff: '2027-02-30' }, /kickoff/i],
			[{ kickoff: '26/02/2028' }, /kickoff/i],
			[{ goLive: 'soon' }, /goLive/],
			[{ directorId: who.associate.me.id }, /directorId.*not a director/],
			[{ associateId: hero }, /associateId.*not an associate/],
			[{ associateId: who.associate.me.id, clientId: other.id }, /associateId.*not assigned/],
			[{ associateId: 'nosuchuser' }, /associateId/],
			[{ clientId: 'nosuchclient' }, /clientId/],
			[{ templateId: 'nosuchtemplate' }, /templateId/],
			[{ templateId: undefined }, /templateId/],
			[{ clientContact: 'x'.repeat(121) }, /clientContact/]
		];
		for (const [body, message] of cases) {
			const response = await start(body);
			expect(response.status, JSON.stringify(body)).toBe(400);
			const answer = (await response.json()) as { message: string; error: string };
			expect(answer.message, JSON.stringify(body)).toMatch(message);
			expect(answer.error, JSON.stringify(body)).toBe(answer.message);
		}
		expect(await list(who.director)).toEqual(before);
		// An archived template starts nothing.
		const archived = await createTemplate(who.director.api, 'Archived kit');
		await who.director.api.patch(`/api/playbooks/${archived}`, { archived: true });
		const refused = await start({ templateId: archived });
		expect(refused.status).toBe(400);
		expect(((await refused.json()) as { message: string }).message).toMatch(/archived/);
		expect(await list(who.director)).toEqual(before);
	});
});

describe('working a project', () => {
	it('counts ticks and overdue tasks in the list (in the client’s time zone)', async () => {
		const past = await started({ kickoff: '2020-01-06', associateId: who.associate.me.id });
		expect((await list(who.director)).find((o) => o.id === past)).toMatchObject({ done: 0, total: 4, overdue: 4, dueThisWeek: 0 });
		await room(past, who.associate, async (peer) => {
			setTaskDone(peer.doc, 'callcallca', true, { by: { id: who.associate.me.id, name: who.associate.me.name }, at: new Date().toISOString(), id: 'tick-1' });
			await eventually(() => expect(peer.allSaved()).toBe(true));
		});
		await eventually(async () => expect((await list(who.associate)).find((o) => o.id === past)).toMatchObject({ done: 1, total: 4, overdue: 3, requiredDone: 1, requiredTotal: 3 }));
	});

	it('merges an associate’s offline ticks with a director’s edits of the same tasks', async () => {
		const id = await started({ associateId: who.associate.me.id });
		const director = new TestPeer(server.url, `onboarding.${id}`, who.director.cookie);
		const associate = new TestPeer(server.url, `onboarding.${id}`, who.associate.cookie);
		const as = (session: Session, tick: string) => ({ by: { id: session.me.id, name: session.me.name }, at: new Date().toISOString(), id: tick });
		try {
			await eventually(() => expect(director.provider.synced && associate.provider.synced).toBe(true));
			associate.provider.disconnect();
			setTaskDone(associate.doc, 'callcallca', true, as(who.associate, 'off-1'));
			setTaskDone(associate.doc, 'packpackpa', true, as(who.associate, 'off-2'));
			setTaskOwner(director.doc, 'callcallca', { id: who.director.me.id, name: 'Someone else' }, as(who.director, 'on-1'));
			addComment(director.doc, 'packpackpa', 'Pack is at the printer', as(who.director, 'on-2'));
			await eventually(() => expect(director.allSaved()).toBe(true));
			associate.provider.connect();
			await eventually(() => expect(associate.allSaved() && director.allSaved()).toBe(true));
			for (const peer of [director, associate]) {
				await eventually(() => {
					const [call, pack] = readOnboardingTasks(peer.doc);
					expect(call).toMatchObject({ done: true, doneBy: who.associate.me.id, ownerName: 'Someone else' });
					expect(pack).toMatchObject({ done: true });
					expect(readComments(peer.doc, 'packpackpa').map((c) => c.text)).toEqual(['Pack is at the printer']);
				});
			}
			await eventually(async () => expect((await list(who.director)).find((o) => o.id === id)).toMatchObject({ done: 2 }));
			// The list says how much of the room it reflects, in the same measure as every peer
			// holding that room: what the overview compares before keeping a room on a device.
			expect(roomVersion(associate.doc)).toBe(roomVersion(director.doc));
			await eventually(async () => expect((await list(who.associate)).find((o) => o.id === id)?.version).toBe(roomVersion(director.doc)));
		} finally {
			director.destroy();
			associate.destroy();
		}
	});

	it('moves unfinished tasks with a new kick-off, changes status, refuses bad patches', async () => {
		const id = await started();
		await room(id, who.director, async (peer) => {
			setTaskDone(peer.doc, 'callcallca', true, { by: { id: who.director.me.id, name: who.director.me.name }, at: new Date().toISOString(), id: 'tick-2' });
			await eventually(() => expect(peer.allSaved()).toBe(true));
		});
		expect((await who.associate.api.patch(`/api/onboardings/${id}`, { status: 'done' })).status).toBe(403);
		for (const body of [{}, { status: 'paused' }, { kickoff: '2028-13-01' }]) expect((await who.director.api.patch(`/api/onboardings/${id}`, body)).status, JSON.stringify(body)).toBe(400);
		const response = await who.director.api.patch(`/api/onboardings/${id}`, { kickoff: '2028-12-30', status: 'done' });
		expect(response.status).toBe(200);
		await room(id, who.director, (peer) => {
			expect(readOnboardingMeta(peer.doc)).toMatchObject({ kickoff: '2028-12-30', status: 'done' });
			expect(readOnboardingTasks(peer.doc).map((task) => task.due)).toEqual(['2028-02-28', '2028-03-02', '2028-12-23', '2028-04-01']);
		});
		expect((await list(who.director, '?status=done')).map((o) => o.id)).toContain(id);
	});
});

describe('template changes', () => {
	it('lists what changed, lets directors take some and dismiss the rest', async () => {
		const kit = await createTemplate(who.director.api, 'Changing kit');
		await writeTemplate(server.url, who.director.cookie, who.director.api, kit, TASKS);
		const id = await started({ templateId: kit, associateId: who.associate.me.id });
		const changes = async (session: Session) => {
			const response = await session.api.get(`/api/onboardings/${id}/template-changes`);
			expect(response.status).toBe(200);
			return (await response.json()) as { changes: TemplateChange[]; baseAt: string | null; templateUpdatedAt: string | null };
		};
		expect((await changes(who.director)).changes).toEqual([]);
		await writeTemplate(server.url, who.director.cookie, who.director.api, kit, [
			...TASKS.slice(0, 3),
			t('briefbrief', 'Brief the team', 'associate', 1, 'callcallca'),
			TASKS[3]!,
			t('prepprepre', 'Prepare the agenda', 'associate', -3),
			TASKS[5]!,
			t('signsignsi', 'Client signs off', 'client', 30, 'packpackpa', true)
		]);
		const pending = await changes(who.associate);
		expect(pending.changes.map((c) => c.id)).toEqual(['task-added:briefbrief', 'task-changed:prepprepre:offsetDays', 'task-changed:signsignsi:required']);
		expect(pending.templateUpdatedAt).not.toBe(pending.baseAt);
		await eventually(async () => expect((await list(who.director)).find((o) => o.id === id)?.templateChanged).toBe(true));
		expect((await who.associate.api.post(`/api/onboardings/${id}/template-changes`, { take: [] })).status).toBe(403);
		const before = await room(id, who.director, (peer) => readOnboardingTasks(peer.doc));
		const unknown = await who.director.api.post(`/api/onboardings/${id}/template-changes`, { take: ['task-added:nope'] });
		expect(unknown.status).toBe(400);
		expect(((await unknown.json()) as { message: string }).message).toMatch(/not pending/);
		expect((await who.director.api.post(`/api/onboardings/${id}/template-changes`, { take: 'all' })).status).toBe(400);
		expect(await room(id, who.director, (peer) => readOnboardingTasks(peer.doc))).toEqual(before);

		const taken = await who.director.api.post(`/api/onboardings/${id}/template-changes`, { take: ['task-added:briefbrief', 'task-changed:prepprepre:offsetDays'] });
		expect(taken.status).toBe(200);
		expect(await taken.json()).toEqual({ taken: ['task-added:briefbrief', 'task-changed:prepprepre:offsetDays'], dismissed: ['task-changed:signsignsi:required'] });
		await room(id, who.director, (peer) => {
			const tasks = readOnboardingTasks(peer.doc);
			expect(tasks.map((task) => [task.id, task.due, task.sectionId])).toEqual([
				['callcallca', '2028-02-28', 'kick-off'],
				// New, after call (leap day); placed where the template has it.
				['briefbrief', '2028-02-29', 'kick-off'],
				['packpackpa', '2028-03-02', 'kick-off'],
				// Offset -7 → -3 from the kick-off.
				['prepprepre', '2028-02-23', 'kick-off'],
				['signsignsi', '2028-04-01', 'go-live']
			]);
			// Dismissed: still optional.
			expect(tasks.find((task) => task.id === 'signsignsi')?.required).toBe(false);
			expect(peer.doc.getArray('activity').toArray().at(-1)).toMatchObject({ kind: 'template-changes', by: who.director.me.id });
		});
		expect((await changes(who.director)).changes).toEqual([]);
		await eventually(async () => expect((await list(who.director)).find((o) => o.id === id)).toMatchObject({ total: 5, templateChanged: false }));
	});
});

describe('export', () => {
	it('downloads Markdown and PDF named after the client and project', async () => {
		const id = await started({ name: 'Export check', associateId: who.associate.me.id });
		await room(id, who.associate, async (peer) => {
			setTaskDone(peer.doc, 'packpackpa', true, { by: { id: who.associate.me.id, name: who.associate.me.name }, at: '2028-03-01T09:00:00.000Z', id: 'tick-3' });
			await eventually(() => expect(peer.allSaved()).toBe(true));
		});
		const md = await who.associate.api.get(`/api/onboardings/${id}/export?format=md`);
		expect(md.status).toBe(200);
		expect(md.headers.get('content-type')).toMatch(/^text\/markdown/);
		expect(md.headers.get('content-disposition')).toContain(`Export check.md`);
		const text = await md.text();
		expect(text).toContain('# Export check');
		expect(text).toContain('## Kick-off');
		expect(text).toMatch(/- \[x\] Send the pack — .* · due 2028-03-02 · required/);
		expect(text).toMatch(/- \[ \] Client signs off — client, unassigned · due 2028-04-01 · optional/);

		// In the reader's language.
		const french = await who.associate.api.request('GET', `/api/onboardings/${id}/export?format=md`, undefined, { cookie: `${who.associate.api.cookie}; PARAGLIDE_LOCALE=fr` });
		expect(await french.text()).toMatch(/- \[ \] Client signs off — client, non attribuée · échéance 2028-04-01 · facultative/);

		const pdf = await who.director.api.get(`/api/onboardings/${id}/export?format=pdf`);
		expect(pdf.status, await pdf.clone().text()).toBe(200);
		expect(pdf.headers.get('content-type')).toBe('application/pdf');
		expect(pdf.headers.get('content-disposition')).toContain('Export check.pdf');
		const bytes = Buffer.from(await pdf.arrayBuffer());
		expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
		expect(bytes.subarray(-6).toString()).toContain('%%EOF');
		const raw = bytes.toString('latin1');
		// The fonts were found at run time (pdfkit and DejaVu, external to both bundles) and embedded.
		expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold/);
		expect(raw).toContain('/Type /Page');
		expect(raw).toContain('(Export check)');
		expect((await who.director.api.get(`/api/onboardings/${id}/export?format=docx`)).status).toBe(400);
		expect((await who.director.api.get('/api/onboardings/nosuchonboarding/export?format=md')).status).toBe(404);
	});
});
