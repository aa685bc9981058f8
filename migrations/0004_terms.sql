-- Terms: a provider's own general terms, made by copying a built-in terms version (the five source
-- documents, which live in code in src/terms/providers and are never stored here) or one of its own,
-- and then edited as new versions, each in force from its own effective date (issue 3, item 2).
-- Owned by src/terms.

-- A terms key (the `provider` field of a terms document, e.g. 'opleider-x-voorwaarden') belongs to
-- exactly one provider, so two providers can never write versions under one key.
create table terms_keys (
  terms_key text primary key check (terms_key ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  provider_id uuid not null references providers (id) on delete cascade,
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  constraint terms_keys_owner_unique unique (terms_key, provider_id)
);
create index terms_keys_provider_idx on terms_keys (provider_id);

-- One version of a provider's terms: the whole document (validated by the TermsVersion schema in
-- src/terms/terms-version.ts before it is written), in force from effective_from until the next
-- version's effective_from.
create table terms_versions (
  id uuid primary key default gen_random_uuid(),
  provider_id uuid not null,
  terms_key text not null,
  version text not null check (version ~ '^[0-9A-Za-z][0-9A-Za-z.-]{0,39}$'),
  effective_from date not null,
  -- The terms version this one was copied from ('vapro' + '2025-01'); null for a version written
  -- as a whole document.
  based_on_key text,
  based_on_version text,
  document jsonb not null,
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  constraint terms_versions_key_fk foreign key (terms_key, provider_id)
    references terms_keys (terms_key, provider_id) on delete cascade,
  constraint terms_versions_version_unique unique (terms_key, version),
  -- Which version applies on a date is the one with the latest effective_from on or before it:
  -- two versions from the same day would leave that open.
  constraint terms_versions_effective_unique unique (terms_key, effective_from),
  constraint terms_versions_based_on_pair check ((based_on_key is null) = (based_on_version is null))
);
create index terms_versions_provider_idx on terms_versions (provider_id);
