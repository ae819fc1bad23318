-- Onboarding projects, projected from their rooms `onboarding.<id>`
-- (src/lib/domain/projections/onboarding.ts): in the browser by the sync core (an associate's
-- overview works offline), on the server after every stored write (GET /api/onboardings).
create table onboarding_state (
	onboarding_id text primary key,
	name text not null,
	client_id text not null,
	client_name text,
	template_id text not null,
	template_name text,
	director_id text,
	director_name text,
	kickoff date not null,
	go_live date,
	status text not null,
	-- The template's updatedAt the project's base reflects (ISO), for "template changed".
	base_at text
);
create index onboarding_state_client on onboarding_state (client_id);

-- One row per task of a project (removed tasks are not projected).
create table onboarding_task (
	onboarding_id text not null,
	task_id text not null,
	title text not null,
	section_id text not null,
	position int not null,
	owner_role text not null,
	owner_id text,
	owner_name text,
	due date not null,
	required boolean not null,
	done boolean not null,
	done_at text,
	primary key (onboarding_id, task_id)
);
create index onboarding_task_open_due on onboarding_task (due) where not done;
