-- Identity: providers, their customer companies, users, web sessions, API tokens, failed logins.
-- Owned by src/identity. Codes are readable words (DESIGN: conventions).

create table providers (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(trim(name)) > 0),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  country text not null check (country in ('NL', 'BE')),
  time_zone text not null,
  -- Which general terms the provider works under, e.g. 'plusport-courses' (see src/terms).
  terms_provider_id text not null,
  created_at timestamptz not null default now()
);

create table customers (
  id uuid primary key default gen_random_uuid(),
  provider_id uuid not null references providers (id) on delete cascade,
  name text not null check (length(trim(name)) > 0),
  -- KvK number (NL, Handelsregisterwet) or enterprise number (BE, KBO).
  chamber_of_commerce_number text,
  vat_number text,
  street text not null,
  postal_code text not null,
  city text not null,
  country text not null check (country ~ '^[A-Z]{2}$'),
  billing_email text not null,
  created_at timestamptz not null default now()
);
create index customers_provider_idx on customers (provider_id, name);

create table users (
  id uuid primary key default gen_random_uuid(),
  email text not null,
  name text not null check (length(trim(name)) > 0),
  role text not null check (role in (
    'platform_admin', 'planner', 'administration', 'finance', 'instructor',
    'customer_admin', 'learner', 'trainer'
  )),
  locale text not null default 'nl' check (locale in ('nl', 'en')),
  provider_id uuid references providers (id) on delete cascade,
  customer_id uuid references customers (id) on delete cascade,
  password_hash text,
  disabled boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- The platform admin belongs to no provider; everyone else to exactly one.
  constraint users_provider_by_role check ((role = 'platform_admin') = (provider_id is null)),
  -- Only a customer admin or a learner works for a customer company; a customer admin always does.
  constraint users_customer_by_role check (
    (customer_id is null or role in ('customer_admin', 'learner'))
    and (role <> 'customer_admin' or customer_id is not null)
  )
);
-- E-mail addresses are unique whatever their case.
create unique index users_email_unique on users (lower(email));
create index users_provider_idx on users (provider_id);
create index users_customer_idx on users (customer_id);

create table web_sessions (
  id uuid primary key default gen_random_uuid(),
  -- SHA-256 of the cookie value: a leaked table does not give away live sessions.
  token_hash text not null unique,
  csrf_token text not null,
  user_id uuid not null references users (id) on delete cascade,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null,
  expires_at timestamptz not null
);
create index web_sessions_user_idx on web_sessions (user_id);

create table api_tokens (
  id uuid primary key default gen_random_uuid(),
  token_hash text not null unique,
  -- The first characters of the token, so a user can tell their tokens apart.
  token_prefix text not null,
  name text not null check (length(trim(name)) > 0),
  user_id uuid not null references users (id) on delete cascade,
  created_at timestamptz not null,
  last_used_at timestamptz,
  revoked_at timestamptz
);
create index api_tokens_user_idx on api_tokens (user_id);

-- Failed logins per e-mail and client address, counted for the login rate limit. Kept in the
-- database so that the limit holds across processes.
create table login_failures (
  id bigint generated always as identity primary key,
  email text not null,
  ip text not null,
  failed_at timestamptz not null
);
create index login_failures_key_idx on login_failures (email, ip, failed_at);
