import * as Y from 'yjs';
import { playbookBody, type RichNode } from '#domain/playbooks/model';
import { addComment, readOnboardingTasks, setTaskDone, startOnboarding, type Person } from '#domain/playbooks/onboarding';
import { appendRich, heading, insertRich, paragraph, stampTemplate, taskNode } from '#domain/playbooks/rooms';
import { addDays, readTemplate } from '#domain/playbooks/template';
import { createRandom, type Random } from '#domain/random';
import { roomName } from '#protocol/rooms';
import type { Queryable, Store } from '../db/store';
import type { SyncService } from '../sync/service';

export interface DemoPlaybooksDeps {
	store: Store;
	sync: Pick<SyncService, 'withRoom' | 'readRoom'>;
	seed: number;
	/** The demo's "today" (yyyy-mm-dd): kick-offs and ticks are placed around it. */
	today: string;
}

export interface DemoPlaybooksResult {
	seeded: boolean;
	templates: number;
	onboardings: number;
}

type TaskSpec = [key: string, title: string, role: 'director' | 'associate' | 'client', offset: number, after: string | null, required?: boolean];
type Block = { h: string } | { p: string } | { task: TaskSpec };

interface DemoTemplate {
	name: string;
	blocks: Block[];
}

const h = (text: string): Block => ({ h: text });
const p = (text: string): Block => ({ p: text });
const task = (...spec: TaskSpec): Block => ({ task: spec });

/** The three demo templates: what a BPO's directors would really hand their teams. */
export const DEMO_TEMPLATES: DemoTemplate[] = [
	{
		name: 'Standard onboarding',
		blocks: [
			p('Onboarding of {{client.name}}, led by {{director.name}}: kick-off on {{kickoff}}, go-live on {{go_live}}.'),
			h('Kick-off'),
			p('Meet the client team, agree on volumes, channels, languages and the service levels we commit to.'),
			task('kickoff', 'Kick-off call with {{client.name}}', 'director', 0, null),
			task('forecast', 'Collect 12 months of ticket volumes', 'client', 3, 'kickoff'),
			task('sla', 'Agree on service levels and escalation paths', 'director', 5, 'kickoff'),
			h('Knowledge and tools'),
			p('Everything heroes need to answer the first ticket well.'),
			task('access', 'Get helpdesk accounts for the team', 'client', 5, null),
			task('kb', 'Write the first 15 knowledge-base articles', 'associate', 7, 'access'),
			task('macros', 'Build macros for the top 10 contact reasons', 'associate', 2, 'kb', false),
			h('Training'),
			task('train', 'Train the heroes (2 sessions)', 'associate', 14, null),
			task('scorecard', 'Set up the QA scorecard', 'associate', 12, null),
			task('nesting', 'Nesting week: every ticket reviewed', 'associate', 7, 'train'),
			h('Go-live'),
			p('Go-live on {{go_live}}: daily check-ins with {{client.name}} for the first two weeks.'),
			task('golive', 'Go-live review with the client', 'director', 1, 'nesting'),
			task('retro', 'First monthly review', 'director', 30, 'golive', false)
		]
	},
	{
		name: 'Regulated client (banking/insurance)',
		blocks: [
			p('For banks and insurers: compliance comes before the first ticket. Nothing goes live without the signed data-processing agreement.'),
			h('Compliance'),
			task('dpa', 'Sign the data-processing agreement', 'client', -10, null),
			task('screening', 'Background screening of every hero', 'director', -5, null),
			task('audit', 'Security questionnaire answered', 'director', 7, 'dpa'),
			h('Kick-off'),
			task('kickoff', 'Kick-off call with {{client.name}} compliance and ops', 'director', 0, null),
			task('scripts', 'Approved scripts for identity checks', 'client', 10, 'kickoff'),
			h('Training'),
			task('aml', 'Anti-money-laundering training, with test', 'associate', 14, null),
			task('complaints', 'Complaint-handling procedure rehearsed', 'associate', 3, 'aml'),
			task('qa', 'QA scorecard with critical compliance items', 'associate', 12, null),
			h('Go-live'),
			task('signoff', 'Compliance sign-off by the client', 'client', 21, 'scripts'),
			task('golive', 'Go-live review', 'director', 1, 'signoff')
		]
	},
	{
		name: 'Chat-only quick start',
		blocks: [
			p('Two weeks from kick-off to a live chat queue.'),
			h('Week 1'),
			task('kickoff', 'Kick-off call with {{client.name}}', 'director', 0, null),
			task('widget', 'Chat widget installed on the client site', 'client', 3, 'kickoff'),
			task('canned', 'Canned responses for the top reasons', 'associate', 4, 'kickoff'),
			h('Week 2'),
			task('train', 'Chat training: concurrency and tone', 'associate', 8, null),
			task('golive', 'Chat queue live', 'director', 14, null)
		]
	}
];

/**
 * Seeds the demo playbooks into a store without templates: the three templates, and an
 * onboarding in progress for three or four demo clients of the associates (some tasks done, some
 * overdue, comments, and one whose template changed since it started). Ids, clients and ticks
 * follow `seed`; dates follow `today`. Written as the server writes any room (`withRoom`), so
 * the rows are projected like everything else. Not atomic: a store with any template is left
 * alone.
 */
export async function seedDemoPlaybooks(deps: DemoPlaybooksDeps): Promise<DemoPlaybooksResult> {
	const skipped = { seeded: false, templates: 0, onboardings: 0 };
	const { store, sync, today } = deps;
	if (await hasTemplates(store)) return skipped;
	const director = await person(store, 'director@demo.test');
	if (!director) return skipped;
	const random = createRandom(deps.seed).fork();
	const at = (day: string, hour = 9) => `${day}T${String(hour).padStart(2, '0')}:00:00.000Z`;

	const templateIds: string[] = [];
	const keys = new Map<string, string>();
	for (const [index, template] of DEMO_TEMPLATES.entries()) {
		const id = random.id(16);
		templateIds.push(id);
		await store.query('insert into playbook_template (id, created_by) values ($1, $2)', [id, director.id]);
		await sync.withRoom(roomName('playbook', id), (doc) => {
			stampTemplate(doc, { name: template.name, at: at(addDays(today, -60 + index)), by: director });
			appendRich(playbookBody(doc), richOf(template.blocks, random, keys, id));
		});
	}

	const clients = await demoClients(store);
	const picked = random.sample(clients, Math.min(clients.length, 4));
	let onboardings = 0;
	let unregulated = 0;
	for (const [index, client] of picked.entries()) {
		// Regulated clients follow the regulated template; the others alternate, the first on the standard one.
		const regulated = client.industry === 'banking' || client.industry === 'insurance';
		const templateIndex = regulated && index > 0 ? 1 : unregulated++ % 2 === 0 ? 0 : 2;
		const templateId = templateIds[templateIndex]!;
		const outline = await sync.readRoom(roomName('playbook', templateId), readTemplate);
		// Kick-offs from 6 weeks ago to next week: some projects well under way, one just starting.
		const kickoff = addDays(today, [-40, -21, -9, 5][index]!);
		const id = random.id(16);
		await store.query('insert into onboarding (id, client_id, template_id, created_by) values ($1, $2, $3, $4)', [id, client.id, templateId, director.id]);
		const associate = client.associate;
		await sync.withRoom(roomName('onboarding', id), (doc) => {
			const stamp = (day: string, by: Person) => ({ by, at: at(day < today ? day : today, 10), id: random.id(16) });
			startOnboarding(
				doc,
				{
					name: `${client.name} onboarding`,
					clientId: client.id,
					clientName: client.name,
					templateId,
					outline,
					baseAt: at(addDays(today, -60 + templateIndex)),
					kickoff,
					goLive: addDays(kickoff, 30),
					director,
					associate,
					clientContact: random.pick(['Alex Morgan', 'Sam Keller', 'Jo Martin', 'Lou Bernard'])
				},
				stamp(addDays(kickoff, -7), director)
			);
			// Tasks due well before today are mostly done; a few are left overdue.
			const tasks = readOnboardingTasks(doc);
			for (const task of tasks) {
				if (task.due < addDays(today, -2) && random.chance(0.75)) {
					setTaskDone(doc, task.id, true, stamp(task.due, task.ownerRole === 'director' ? director : (associate ?? director)));
				}
			}
			const [first, second] = random.sample(tasks.map((task) => task.id), 2);
			if (first) addComment(doc, first, 'Client asked to move this by a few days; agreed on the call.', stamp(addDays(kickoff, 1), director));
			if (second && associate) addComment(doc, second, 'Waiting for the client’s answer, reminded them today.', stamp(addDays(today, -1), associate));
		});
		onboardings++;
	}

	// The standard template changed after its projects started: a task added before "Go-live".
	await sync.withRoom(roomName('playbook', templateIds[0]!), (doc) => {
		const body = playbookBody(doc);
		const goLive = body.toArray().findIndex((node) => node instanceof Y.XmlElement && node.nodeName === 'heading' && node.toString().includes('Go-live'));
		const train = keys.get(`${templateIds[0]}:train`) ?? null;
		insertRich(body, goLive < 0 ? body.length : goLive, [
			taskNode({ taskId: random.id(10), ownerRole: 'associate', offsetDays: 2, after: train, required: true }, 'Shadowing: heroes listen to live contacts')
		]);
		stampTemplate(doc, { name: DEMO_TEMPLATES[0]!.name, at: at(addDays(today, -3), 14), by: director });
	});

	return { seeded: true, templates: templateIds.length, onboardings };
}

/** The template's blocks as rich nodes; task keys become ids (10 characters) drawn from `random`. */
function richOf(blocks: Block[], random: Random, keys: Map<string, string>, templateId: string): RichNode[] {
	const idOf = (key: string) => {
		const scoped = `${templateId}:${key}`;
		if (!keys.has(scoped)) keys.set(scoped, random.id(10));
		return keys.get(scoped)!;
	};
	return blocks.map((block) => {
		if ('h' in block) return heading(2, block.h);
		if ('p' in block) return paragraph(block.p);
		const [key, title, ownerRole, offsetDays, after, required = true] = block.task;
		return taskNode({ taskId: idOf(key), ownerRole, offsetDays, after: after === null ? null : idOf(after), required }, title);
	});
}

async function hasTemplates(db: Queryable): Promise<boolean> {
	const { rows } = await db.query<{ any: boolean }>('select exists (select 1 from playbook_template) as any');
	return rows[0]?.any === true;
}

async function person(db: Queryable, email: string): Promise<Person | null> {
	const { rows } = await db.query<{ id: string; name: string }>('select id, name from app_user where email = $1 and active', [email]);
	return rows[0] ?? null;
}

interface DemoClient {
	id: string;
	name: string;
	industry: string;
	associate: Person | null;
}

/** The clients the demo associates serve, each with its first associate (by email), in a stable order. */
async function demoClients(db: Queryable): Promise<DemoClient[]> {
	const { rows } = await db.query<{ id: string; name: string; industry: string; associate_id: string | null; associate_name: string | null }>(
		`select c.id, c.name, c.industry, u.id as associate_id, u.name as associate_name
		   from client c
		   join lateral (
		     select u.id, u.name from client_assignment a join app_user u on u.id = a.user_id
		      where a.client_id = c.id and u.role = 'associate' and u.active order by u.email limit 1
		   ) u on true
		  order by c.name`
	);
	return rows.map((row) => ({ id: row.id, name: row.name, industry: row.industry, associate: row.associate_id ? { id: row.associate_id, name: row.associate_name ?? '' } : null }));
}
