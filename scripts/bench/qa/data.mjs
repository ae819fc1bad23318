// Generated QA data for bench:qa, written straight into the server's schema (the real
// migrations): clients, people, and N reviews with their category answers and disputes spread
// over the last 52 ISO weeks. Generated in SQL from one seed (setseed), so every run holds the
// same rows and the load takes seconds, not minutes.

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
	// The category answers' per-day sums, as the projection writes them (category-days.ts).
	await db.query(
		`insert into qa_category_day (client_id, month, day, category_id, answers, na, scored, failed, score_nanos)
		 select client_id, month, (submitted_at at time zone 'UTC')::date, category_id, count(*), count(*) filter (where value = 'na'),
		        count(score), count(*) filter (where score = 0), coalesce(sum(round(score * 1000000000)::bigint), 0)
		   from qa_review_category
		  where review_id like 'bench-review-%' and status = 'submitted' and submitted_at is not null
		  group by 1, 2, 3, 4`
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
	// The reviews' per-week sums, as the projection writes them (review-weeks.ts; the same SQL as
	// migrations/0028 adds up reviews stored before it).
	await db.query(
		`insert into qa_review_week (client_id, month, week, first_at, last_at, reviews, rated, score_nanos, disputes, disputed, accepted, heroes)
		 select w.client_id, w.month, w.week, w.first_at, w.last_at, w.reviews, w.rated, w.score_nanos, w.disputes, w.disputed, w.accepted, h.heroes
		   from (select r.client_id, r.month, r.week, min(r.submitted_at) as first_at, max(r.submitted_at) as last_at, count(*) as reviews,
		                count(r.score) as rated, coalesce(sum(round(r.score * 1000000000)::bigint), 0) as score_nanos,
		                coalesce(sum(d.disputes), 0) as disputes, count(d.review_id) as disputed, coalesce(sum(d.accepted), 0) as accepted
		           from qa_review r
		           left join (select client_id, month, review_id, count(*) as disputes, count(*) filter (where status = 'accepted') as accepted
		                        from qa_dispute group by 1, 2, 3) d on d.review_id = r.id and d.client_id = r.client_id and d.month = r.month
		          where r.id like 'bench-review-%' and r.status = 'submitted' and r.submitted_at is not null
		          group by 1, 2, 3) w
		   join (select client_id, month, week, jsonb_object_agg(hero, jsonb_build_array(reviews, rated, nanos)) as heroes
		           from (select client_id, month, week, coalesce(hero_id, '') as hero, count(*) as reviews, count(score) as rated,
		                        coalesce(sum(round(score * 1000000000)::bigint), 0) as nanos
		                   from qa_review where id like 'bench-review-%' and status = 'submitted' and submitted_at is not null group by 1, 2, 3, 4) x
		          group by 1, 2, 3) h on h.client_id = w.client_id and h.month = w.month and h.week = w.week`
	);
	await db.query(
		`insert into qa_review_week_group (client_id, month, week, dimension, key, reviews, rated, score_nanos, square_nanos)
		 select client_id, month, week, dimension, key, count(*), count(nanos), coalesce(sum(nanos), 0), coalesce(sum(nanos::numeric * nanos), 0)
		   from (select r.client_id, r.month, r.week, k.dimension, k.key, round(r.score * 1000000000)::bigint as nanos
		           from qa_review r
		          cross join lateral (values ('language', r.language), ('reviewer', r.reviewer_id),
		                                     ('bucket', (least(9, round(r.score * 1000000000)::bigint / 100000000))::text)) k(dimension, key)
		          where r.id like 'bench-review-%' and r.status = 'submitted' and r.submitted_at is not null and k.key is not null) x
		  group by 1, 2, 3, 4, 5`
	);
	const count = async (sql) => Number((await db.query(sql)).rows[0].n);
	return {
		reviews: await count(`select count(*) as n from qa_review where id like 'bench-review-%'`),
		submitted: await count(`select count(*) as n from qa_review where id like 'bench-review-%' and status = 'submitted'`),
		answers: await count(`select count(*) as n from qa_review_category where review_id like 'bench-review-%'`),
		disputes: await count(`select count(*) as n from qa_dispute where id like 'bench-dispute-%'`)
	};
}
