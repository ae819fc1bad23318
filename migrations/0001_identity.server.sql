-- Users, clients, who serves which client, and sessions (Lucia guide: id + SHA-256 of secret).
create table app_user (
	id text primary key,
	email text not null unique check (email = lower(email)),
	name text not null,
	role text not null check (role in ('admin', 'director', 'associate', 'hero')),
	languages text[] not null default '{}',
	locale text not null default 'en' check (locale in ('en', 'fr')),
	password_hash text not null,
	active boolean not null default true,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);

create table client (
	id text primary key,
	name text not null unique,
	industry text not null check (industry in ('ecommerce', 'mobility', 'banking', 'insurance')),
	languages text[] not null check (cardinality(languages) > 0),
	time_zone text not null,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);

-- Which associates and heroes serve which clients (admins and directors see every client).
create table client_assignment (
	user_id text not null references app_user (id) on delete cascade,
	client_id text not null references client (id) on delete cascade,
	primary key (user_id, client_id)
);
create index client_assignment_client on client_assignment (client_id);

create table user_session (
	id text primary key,
	user_id text not null references app_user (id) on delete cascade,
	secret_hash bytea not null,
	created_at timestamptz not null,
	last_verified_at timestamptz not null
);
create index user_session_user on user_session (user_id);
