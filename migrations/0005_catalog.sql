-- Catalog, first part: the products a provider offers. Owned by src/catalog; a later issue adds
-- packages' contents, sessions, locations and instructors.

create table products (
  id uuid primary key default gen_random_uuid(),
  provider_id uuid not null references providers (id) on delete cascade,
  code text not null check (length(trim(code)) > 0),
  name text not null check (length(trim(name)) > 0),
  -- Product types as the PlusPort course terms define them (plusport-cursusvoorwaarden, art. 1).
  type text not null check (type in (
    'elearning', 'classroom', 'practical', 'workshop', 'exam', 'textbook', 'package'
  )),
  -- Integer euro cents, excluding VAT (DESIGN: conventions).
  price_cents bigint not null check (price_cents >= 0),
  vat_code text not null check (vat_code in ('standard_21', 'reduced_9', 'zero', 'exempt_training')),
  duration_minutes integer check (duration_minutes is null or duration_minutes > 0),
  description text not null default '',
  published boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint products_code_unique unique (provider_id, code)
);
create index products_provider_idx on products (provider_id, published, type);
