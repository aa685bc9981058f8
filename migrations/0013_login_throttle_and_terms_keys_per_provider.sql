-- Issue 12, items 4 and 7. Owned by src/identity (login_throttle) and src/terms (terms keys).

-- Item 4: the login throttle counts with one conditional upsert per attempt, before the password is
-- hashed (src/identity/store.ts countLoginAttempt), so parallel attempts cannot all read "0 failures"
-- and all be let through. One row per e-mail and client address: the row lock serialises the count.
create table login_throttle (
  email text not null,
  ip text not null,
  -- Attempts since window_started_at that did not end in a successful login.
  attempts integer not null check (attempts > 0),
  window_started_at timestamptz not null,
  primary key (email, ip)
);
create index login_throttle_window_idx on login_throttle (window_started_at);
drop table login_failures;

-- Item 7: a terms key belongs to its provider, not to the platform. Two providers may each have
-- 'eigen-voorwaarden'; copying into a name another provider uses no longer answers 409 (which told
-- who else was there). Every lookup by key is scoped by provider (src/terms/load-terms.ts).
alter table terms_versions drop constraint terms_versions_key_fk;
alter table terms_versions drop constraint terms_versions_version_unique;
alter table terms_versions drop constraint terms_versions_effective_unique;
alter table terms_keys drop constraint terms_keys_pkey;
alter table terms_keys drop constraint terms_keys_owner_unique;
drop index terms_keys_provider_idx;
alter table terms_keys add constraint terms_keys_pkey primary key (provider_id, terms_key);
-- The operator at the command line (no provider) looks a key up across providers.
create index terms_keys_key_idx on terms_keys (terms_key);
alter table terms_versions
  add constraint terms_versions_key_fk foreign key (provider_id, terms_key)
    references terms_keys (provider_id, terms_key) on delete cascade;
alter table terms_versions
  add constraint terms_versions_version_unique unique (provider_id, terms_key, version);
alter table terms_versions
  add constraint terms_versions_effective_unique unique (provider_id, terms_key, effective_from);
