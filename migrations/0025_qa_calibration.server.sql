-- QA calibration sessions (server/services/qa-calibration.ts): several reviewers score the same
-- tickets blind against one frozen scorecard version; the answers are revealed to everyone once
-- all have submitted. Server tables, not a room: a Yjs doc would carry every participant's
-- answers to every participant before the reveal. Nothing is deleted after the reveal.
--
-- status: open (answers are taken) | revealed (every participant submitted; revealed_at set in
-- the same transaction as the last submit, under a row lock on the session).
create table qa_calibration (
	id text primary key,
	client_id text not null references client (id),
	name text not null,
	scorecard_id text not null,
	scorecard_version int not null,
	created_by text not null references app_user (id),
	created_at timestamptz not null,
	status text not null check (status in ('open', 'revealed')),
	revealed_at timestamptz,
	foreign key (scorecard_id, scorecard_version) references qa_scorecard (id, version),
	check ((status = 'revealed') = (revealed_at is not null))
);
create index qa_calibration_client on qa_calibration (client_id, created_at desc);

-- The session's tickets in the order reviewers see them. No foreign key to ticket: its rows are
-- replaced whenever their day room is projected again.
create table qa_calibration_ticket (
	calibration_id text not null references qa_calibration (id),
	position int not null,
	ticket_id text not null,
	primary key (calibration_id, ticket_id),
	unique (calibration_id, position)
);

-- submitted_at: null while the participant is still scoring.
create table qa_calibration_participant (
	calibration_id text not null references qa_calibration (id),
	user_id text not null references app_user (id),
	submitted_at timestamptz,
	primary key (calibration_id, user_id)
);
create index qa_calibration_participant_user on qa_calibration_participant (user_id);

-- One answer per participant, ticket and category: a scale value as text, or 'na'.
create table qa_calibration_answer (
	calibration_id text not null,
	user_id text not null,
	ticket_id text not null,
	category_id text not null,
	value text not null,
	primary key (calibration_id, user_id, ticket_id, category_id),
	foreign key (calibration_id, user_id) references qa_calibration_participant (calibration_id, user_id),
	foreign key (calibration_id, ticket_id) references qa_calibration_ticket (calibration_id, ticket_id)
);
