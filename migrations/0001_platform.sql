-- Platform tables: stored mail, the outbox, idempotency keys. Owned by src/platform.
create table if not exists klasse_migrations (
  name text primary key,
  applied_at timestamptz not null default now()
);
