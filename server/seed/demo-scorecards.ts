import type { Industry } from '#domain/access';
import { diffScorecards, nextVersion, type Scorecard, type ScorecardInput } from '#domain/qa/scorecard';
import type { Queryable, Store } from '../db/store';
import { newId } from '../ids';
import { insertVersion } from '../services/scorecards';

export interface DemoScorecardsResult {
	/** False when some scorecard already existed (or there is no demo director). */
	seeded: boolean;
	/** Versions written: one per client, plus the second versions. */
	versions: number;
}

/** The demo director (server/seed/demo.ts), author of every demo version. */
const AUTHOR_EMAIL = 'director@demo.test';
// Arbitrary constant, next to the workspace seed's: serialises instances sharing one PostgreSQL.
const SEED_LOCK_KEY = 7_261_124;
const DAY_MS = 86_400_000;
/** How long ago the first and second versions were saved: the demo tickets span 90 days. */
const FIRST_AGO_DAYS = 75;
const SECOND_AGO_DAYS = 20;

type CategoryInput = ScorecardInput['categories'][number];

// Category ids are slugs: the same question keeps its id across versions and clients.
const greeting: CategoryInput = {
	id: 'greeting',
	name: 'Greeting',
	description: 'Greets the customer by name, introduces themself and uses the brand’s greeting.',
	weight: 1,
	scale: '3'
};
const verification: CategoryInput = {
	id: 'verification',
	name: 'Identification and verification',
	description: 'Verifies the customer’s identity with the required questions before sharing or changing any account data. N/A when no account data is involved.',
	weight: 3,
	scale: 'binary',
	allowNA: true,
	critical: true
};
const understanding: CategoryInput = {
	id: 'understanding',
	name: 'Understanding the request',
	description: 'Restates the need, asks the questions that matter and answers what was actually asked.',
	weight: 2,
	scale: '4'
};
const accuracy: CategoryInput = {
	id: 'accuracy',
	name: 'Accuracy of the answer',
	description: 'The information, amounts, dates and procedure given are correct and complete. The lowest score fails the review.',
	weight: 3,
	scale: '4',
	critical: true
};
const tone: CategoryInput = {
	id: 'tone',
	name: 'Tone and empathy',
	description: 'Courteous, warm and calm; acknowledges the customer’s situation, especially when upset.',
	weight: 2,
	scale: '5'
};
const knowledgeBase: CategoryInput = {
	id: 'kb-use',
	name: 'Knowledge-base use',
	description: 'Follows the published article for the case and links it when useful. N/A when no article covers it.',
	weight: 1,
	scale: 'binary',
	allowNA: true
};
const resolution: CategoryInput = {
	id: 'resolution',
	name: 'Resolution',
	description: 'Solves the request in this contact, or escalates it correctly and says what happens next.',
	weight: 3,
	scale: '3'
};
const closing: CategoryInput = {
	id: 'closing',
	name: 'Closing',
	description: 'Checks that nothing else is needed, summarises the next steps and closes politely.',
	weight: 1,
	scale: '3',
	allowNA: true
};
const extraMile: CategoryInput = {
	id: 'extra-mile',
	name: 'Went the extra mile',
	description: 'Anticipates the next problem or does something beyond the procedure that the customer will remember.',
	weight: 1,
	scale: 'binary',
	allowNA: true,
	bonus: true
};
const safety: CategoryInput = {
	id: 'safety',
	name: 'Safety escalation',
	description: 'Accidents, injuries and vehicle faults are escalated to the safety team at once. N/A when none is reported.',
	weight: 3,
	scale: 'binary',
	allowNA: true,
	critical: true
};

const TEMPLATES: Record<Industry, ScorecardInput> = {
	ecommerce: {
		name: 'Customer service quality',
		categories: [greeting, understanding, accuracy, tone, knowledgeBase, resolution, closing, extraMile]
	},
	mobility: {
		name: 'Rider support quality',
		categories: [greeting, understanding, safety, accuracy, tone, resolution, extraMile]
	},
	banking: {
		name: 'Banking support quality',
		categories: [greeting, verification, understanding, accuracy, tone, knowledgeBase, resolution, extraMile]
	},
	insurance: {
		name: 'Policyholder support quality',
		categories: [verification, understanding, accuracy, { ...tone, weight: 3 }, knowledgeBase, closing, extraMile]
	}
};

/** What the second versions change: a weight raised, or a category added before the closing. */
const SECOND_VERSIONS: ((input: ScorecardInput) => ScorecardInput)[] = [
	(input) => ({
		...input,
		categories: input.categories.map((category) => (category.id === 'tone' ? { ...category, weight: category.weight + 1 } : category))
	}),
	(input) => {
		const proactive: CategoryInput = {
			id: 'proactive',
			name: 'Proactive information',
			description: 'Tells the customer what they will need next (delays, documents, deadlines) before they ask.',
			weight: 1,
			scale: '3',
			allowNA: true
		};
		const categories = [...input.categories];
		const at = categories.findIndex((category) => category.bonus);
		categories.splice(at < 0 ? categories.length : at, 0, proactive);
		return { ...input, categories };
	}
];

/**
 * Seeds a scorecard per demo client, as version 1 saved by the demo director, chosen by the
 * client's industry (identification is critical for banks and insurers); every third client
 * (by name) also has a version 2. Writes the versions straight into `qa_scorecard` with past
 * dates, through the same `nextVersion` the service saves with.
 *
 * Idempotent: a workspace with any scorecard is left alone. One transaction: a crash leaves no
 * half-seeded workspace.
 */
export async function seedDemoScorecards(store: Store, options: { now?: Date } = {}): Promise<DemoScorecardsResult> {
	const skipped: DemoScorecardsResult = { seeded: false, versions: 0 };
	if (await hasScorecards(store)) return skipped;
	const now = (options.now ?? new Date()).getTime();

	return store.transaction(async (tx) => {
		await tx.query('select pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
		if (await hasScorecards(tx)) return skipped;
		const { rows: authors } = await tx.query<{ id: string }>('select id from app_user where email = $1', [AUTHOR_EMAIL]);
		const author = authors[0]?.id;
		if (!author) return skipped;
		const { rows: clients } = await tx.query<{ id: string; industry: Industry }>('select id, industry from client order by name, id');

		let versions = 0;
		for (const [index, client] of clients.entries()) {
			const meta = (agoDays: number) => ({ id, clientId: client.id, createdAt: new Date(now - agoDays * DAY_MS), createdBy: author });
			const id = newId();
			const input = TEMPLATES[client.industry];
			const first = nextVersion(null, input, meta(FIRST_AGO_DAYS));
			await insertVersion(tx, first);
			versions++;
			if (index % 3 !== 0) continue;
			const change = SECOND_VERSIONS[(index / 3) % SECOND_VERSIONS.length]!;
			const second: Scorecard = nextVersion(first, change(input), meta(SECOND_AGO_DAYS));
			if (diffScorecards(first, second).identical) continue;
			await insertVersion(tx, second);
			versions++;
		}
		return { seeded: true, versions };
	});
}

async function hasScorecards(db: Queryable): Promise<boolean> {
	const { rows } = await db.query<{ any: boolean }>('select exists (select 1 from qa_scorecard) as any');
	return rows[0]?.any === true;
}
