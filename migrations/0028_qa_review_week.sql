-- The dashboard's review series (src/lib/domain/qa/dashboard.ts) pre-added per client, room
-- month and ISO week of assignment over submitted reviews (src/lib/domain/qa/review-weeks.ts),
-- written by the projection with the reviews and disputes they add up (projectQa in
-- src/lib/domain/qa/room.ts; scope {client_id, month}, as theirs), so they are exact by
-- construction. A period takes a week's sums whole when its first and last submission lie
-- inside it, and reads the reviews of the weeks that straddle its ends.
-- score_nanos: Σ round(score × 10⁹) over the scored reviews; square_nanos: Σ of its squares.

-- Per week: IQS per client and per hero, the dispute rate, and when its reviews were submitted.
create table qa_review_week (
	client_id text not null,
	month text not null,
	week text not null,
	first_at timestamptz not null,
	last_at timestamptz not null,
	reviews int not null,
	rated int not null,
	score_nanos bigint not null,
	disputes int not null,
	disputed int not null,
	accepted int not null,
	-- hero id ('' for none) → [reviews, rated, score_nanos]: one member per hero, not a row each.
	heroes jsonb not null,
	primary key (client_id, month, week)
);

-- Per week and language, reviewer, or tenth of the score (bucket '0'..'9', scored reviews only):
-- IQS by language, reviewer consistency, the distribution.
create table qa_review_week_group (
	client_id text not null,
	month text not null,
	week text not null,
	dimension text not null,
	key text not null,
	reviews int not null,
	rated int not null,
	score_nanos bigint not null,
	square_nanos numeric not null,
	primary key (client_id, month, week, dimension, key)
);

-- The reviews of a week that straddles a period's end.
create index qa_review_week_of on qa_review (client_id, week);

-- Reviews already stored are added up once, here, as the projection adds them.
insert into qa_review_week (client_id, month, week, first_at, last_at, reviews, rated, score_nanos, disputes, disputed, accepted, heroes)
select w.client_id, w.month, w.week, w.first_at, w.last_at, w.reviews, w.rated, w.score_nanos, w.disputes, w.disputed, w.accepted, h.heroes
  from (select r.client_id, r.month, r.week, min(r.submitted_at) as first_at, max(r.submitted_at) as last_at, count(*) as reviews,
               count(r.score) as rated, coalesce(sum(round(r.score * 1000000000)::bigint), 0) as score_nanos,
               coalesce(sum(d.disputes), 0) as disputes, count(d.review_id) as disputed, coalesce(sum(d.accepted), 0) as accepted
          from qa_review r
          left join (select client_id, month, review_id, count(*) as disputes, count(*) filter (where status = 'accepted') as accepted
                       from qa_dispute group by 1, 2, 3) d
            on d.review_id = r.id and d.client_id = r.client_id and d.month = r.month
         where r.status = 'submitted' and r.submitted_at is not null
         group by 1, 2, 3) w
  join (select client_id, month, week, jsonb_object_agg(hero, jsonb_build_array(reviews, rated, nanos)) as heroes
          from (select client_id, month, week, coalesce(hero_id, '') as hero, count(*) as reviews, count(score) as rated,
                       coalesce(sum(round(score * 1000000000)::bigint), 0) as nanos
                  from qa_review where status = 'submitted' and submitted_at is not null group by 1, 2, 3, 4) x
         group by 1, 2, 3) h
    on h.client_id = w.client_id and h.month = w.month and h.week = w.week;

insert into qa_review_week_group (client_id, month, week, dimension, key, reviews, rated, score_nanos, square_nanos)
select client_id, month, week, dimension, key, count(*), count(nanos), coalesce(sum(nanos), 0), coalesce(sum(nanos::numeric * nanos), 0)
  from (select r.client_id, r.month, r.week, k.dimension, k.key, round(r.score * 1000000000)::bigint as nanos
          from qa_review r
         cross join lateral (values ('language', r.language), ('reviewer', r.reviewer_id),
                                    ('bucket', (least(9, round(r.score * 1000000000)::bigint / 100000000))::text)) k(dimension, key)
         where r.status = 'submitted' and r.submitted_at is not null and k.key is not null) x
 group by 1, 2, 3, 4, 5;
