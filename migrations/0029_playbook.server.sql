-- Playbook templates and the onboardings started from them: the server's records. A template's
-- content lives in its room `playbook.<id>`; `playbook_state` is that room's projection (name,
-- last edit, task count) for the library. Neither is ever deleted: archiving is a flag, and the
-- sync server remembers an onboarding room's client (server/sync/authorise.ts).
create table playbook_template (
	id text primary key,
	created_at timestamptz not null default now(),
	created_by text references app_user (id),
	archived_at timestamptz,
	duplicated_from text references playbook_template (id)
);

create table playbook_state (
	template_id text primary key,
	name text not null,
	updated_at text,
	updated_by text,
	updated_by_name text,
	task_count int not null,
	problem_count int not null
);

create table onboarding (
	id text primary key,
	client_id text not null references client (id),
	template_id text not null references playbook_template (id),
	created_at timestamptz not null default now(),
	created_by text references app_user (id)
);
create index onboarding_client on onboarding (client_id);
