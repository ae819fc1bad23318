// Generated QA data for bench:qa, written straight into the server's schema (the real
// migrations): clients, people, scorecard versions, and N reviews with their category answers and
// disputes spread over the last 52 ISO weeks. Generated in SQL from one seed (setseed), so every
// run holds the same rows and the load takes seconds, not minutes.
//
// Reviews, answers and disputes are written as the projection writes them, into tables whose
// indexes exist already, as on a store that filled up after its migrations. The rollups are then
// added up by the migrations' own statements (ROLLUP_BACKFILLS), which add up the reviews a store
// held before them: the bench reads what the migrations write, not a copy of their SQL.
import { readFileSync } from 'node:fs';

const MIGRATIONS = new URL('../../../migrations/', import.meta.url);

/** The migrations whose `insert into <rollup>` statements add up stored reviews, and the rollups. */
const ROLLUP_BACKFILLS = [
	['0026_qa_category_day.sql', ['qa_category_day']],
	['0028_qa_review_week.sql', ['qa_review_week', 'qa_review_week_group']]
];

/** The statement of a migration that fills `table` (`insert into <table> …`), as written in the file. */
export function backfillStatement(file, table) {
	const sql = readFileSync(new URL(file, MIGRATIONS), 'utf8')
		.split('\n')
		.filter((line) => !line.trimStart().startsWith('--'))
		.join('\n');
	const statements = sql
		.split(/;\s*$/m)
		.map((statement) => statement.trim())
		.filter((statement) => statement.startsWith(`insert into ${table} `));
	if (statements.length !== 1) throw new Error(`${file}: expected one insert into ${table}, found ${statements.length}`);
	return statements[0];
}

export const CATEGORIES = ['greeting', 'accuracy', 'tone', 'resolution', 'process'];

/**
 * @param {{ query: (sql: string, params?: unknown[]) => Promise<unknown> }} db
 * @param {{ reviews: number, clients: number, heroesPerClient: number, reviewersPerClient: number, seed: number, today: string }} settings
 */
export async function generateQaData(db, settings) {
	const { reviews, clients, heroesPerClient, reviewersPerClient, today } = settings;
	// setseed takes a number in [-1, 1]; the same seed gives the same random() sequence.
	await db.query('select setseed($1)', [((settings.seed % 1000) / 1000) * 2 - 1]);
	await db.query(
		`insert into client (id, name, industry, languages, time_zone)
		 select 'bench-client-' || i, 'Bench client ' || i, (array['ecommerce','mobility','banking','insurance'])[1 + i % 4],
		        array['en','fr','de','es'], (array['Europe/Paris','Europe/London','America/New_York','UTC'])[1 + i % 4]
		   from generate_series(1, $1::int) i`,
		[clients]
	);
	await db.query(
		`insert into app_user (id, email, name, role, password_hash)
		 select 'bench-hero-' || i, 'bench-hero-' || i || '@bench.test', 'Hero ' || i, 'hero', 'x' from generate_series(1, $1::int) i
		 union all
		 select 'bench-reviewer-' || i, 'bench-reviewer-' || i || '@bench.test', 'Reviewer ' || i, 'associate', 'x' from generate_series(1, $2::int) i`,
		[clients * heroesPerClient, clients * reviewersPerClient]
	);
	// Three scorecard versions per client over the year, naming the five categories (renamed on the way).
	await db.query(`insert into app_user (id, email, name, role, password_hash) values ('bench-director', 'bench-director@bench.test', 'Director', 'director', 'x')`);
	await db.query(
		`insert into qa_scorecard (id, client_id, version, name, categories, created_at, created_by)
		 select 'bench-scorecard-' || i, 'bench-client-' || i, v, 'Bench scorecard',
		        (select jsonb_agg(jsonb_build_object('id', c.id, 'name', initcap(c.id) || case when v > 1 then ' (v' || v || ')' else '' end,
		                                             'weight', 1, 'scale', c.scale, 'allowNA', c.id = 'tone', 'critical', false, 'bonus', false) order by c.n)
		           from (values (1, 'greeting', 'binary'), (2, 'accuracy', '5'), (3, 'tone', '3'), (4, 'resolution', '4'), (5, 'process', 'binary')) c(n, id, scale)),
		        $2::date - 364 + (v - 1) * 120, 'bench-director'
		   from generate_series(1, $1::int) i cross join generate_series(1, 3) v`,
		[clients, today]
	);
	await db.query(
		`insert into client_assignment (user_id, client_id)
		 select 'bench-hero-' || i, 'bench-client-' || (1 + (i - 1) / $2::int) from generate_series(1, $1::int) i
		 union all
		 select 'bench-reviewer-' || i, 'bench-client-' || (1 + (i - 1) / $4::int) from generate_series(1, $3::int) i`,
		[clients * heroesPerClient, heroesPerClient, clients * reviewersPerClient, reviewersPerClient]
	);
	// Reviews: a client, hero and reviewer of that client, a day in the last 364, 90 % submitted
	// (the rest of the last two weeks stay open), a score from a hero-dependent level.
	await db.query(
		`insert into qa_review (id, client_id, month, ticket_id, ticket_day, hero_id, reviewer_id, scorecard_id, scorecard_version,
		                        week, assigned_at, language, channel, status, submitted_at, submitted_by, score, critical_failed, root_cause, comment)
		 select 'bench-review-' || r.i, 'bench-client-' || r.c, to_char(r.at, 'YYYY-MM'), 'bench-ticket-' || r.i, to_char(r.at, 'YYYY-MM-DD'),
		        'bench-hero-' || ((r.c - 1) * $3::int + r.h), 'bench-reviewer-' || ((r.c - 1) * $4::int + r.v), 'bench-scorecard-' || r.c, 1,
		        to_char(r.at, 'IYYY-"W"IW'), r.at, (array['en','fr','de','es'])[1 + r.i % 4], (array['email','chat','phone'])[1 + r.i % 3],
		        case when r.open then 'open' else 'submitted' end,
		        case when r.open then null else r.at + interval '2 days' end,
		        case when r.open then null else 'bench-reviewer-' || ((r.c - 1) * $4::int + r.v) end,
		        case when r.open then null when r.fail then 0 else round(least(1, greatest(0, r.level + (random() - 0.5) * 0.4))::numeric, 9)::float8 end,
		        not r.open and r.fail, null, ''
		   from (select i, c, h, v, at, level, at > $5::date - 14 and random() < 0.6 as open, random() < 0.04 as fail
		           from (select i, 1 + (random() * ($2::int - 1))::int as c, 1 + (random() * ($3::int - 1))::int as h,
		                        1 + (random() * ($4::int - 1))::int as v,
		                        $5::date - (random() * 363)::int + interval '9 hours' + (random() * 8) * interval '1 hour' as at,
		                        0.55 + random() * 0.4 as level
		                   from generate_series(1, $1::int) i) g) r`,
		[reviews, clients, heroesPerClient, reviewersPerClient, today]
	);
	// Five answers per review, with their review's status, hero and submission time as the projection
	// writes them (binary greeting, 1–5 accuracy, 1–3 tone with N/A, 1–4 resolution, binary process).
	await db.query(
		`insert into qa_review_category (review_id, client_id, month, category_id, value, score, status, hero_id, submitted_at)
		 select r.id, r.client_id, r.month, c.id, v.value,
		        case when v.value = 'na' or r.status = 'open' then null else v.score end, r.status, r.hero_id, r.submitted_at
		   from qa_review r
		   cross join (values ('greeting', 1), ('accuracy', 4), ('tone', 2), ('resolution', 3), ('process', 1)) c(id, steps)
		   cross join lateral (select case when c.id = 'tone' and random() < 0.1 then 'na' else s::text end as value,
		                              round((s::numeric / c.steps), 9)::float8 as score
		                         from (select least(c.steps, (coalesce(r.score, 0.7) * c.steps + random() - 0.3)::int) as s) x) v
		  where r.id like 'bench-review-%'`
	);
	// Disputes on 3 % of submitted reviews, mostly resolved, a third of those accepted.
	await db.query(
		`insert into qa_dispute (id, client_id, month, review_id, category_id, hero_id, status, created_at, resolved_at, resolved_by)
		 select 'bench-dispute-' || r.id, r.client_id, r.month, r.id, 'accuracy', r.hero_id, d.status,
		        r.submitted_at + interval '1 day', case when d.status = 'open' then null else r.submitted_at + interval '3 days' end,
		        case when d.status = 'open' then null else r.reviewer_id end
		   from qa_review r
		   cross join lateral (select case when x < 0.2 then 'open' when x < 0.47 then 'accepted' else 'rejected' end as status
		                         from (select random() as x) y) d
		  where r.id like 'bench-review-%' and r.status = 'submitted' and random() < 0.03`
	);
	// The rollups, added up by the migrations that introduced them, as for the reviews a store held then.
	for (const [file, tables] of ROLLUP_BACKFILLS) {
		for (const table of tables) await db.query(backfillStatement(file, table));
	}
	const count = async (sql) => Number((await db.query(sql)).rows[0].n);
	return {
		reviews: await count(`select count(*) as n from qa_review where id like 'bench-review-%'`),
		submitted: await count(`select count(*) as n from qa_review where id like 'bench-review-%' and status = 'submitted'`),
		answers: await count(`select count(*) as n from qa_review_category where review_id like 'bench-review-%'`),
		disputes: await count(`select count(*) as n from qa_dispute where id like 'bench-dispute-%'`)
	};
}
