-- Catalog, second part (issue 4): what a package is made of, prerequisites, exam variants,
-- locations, and the sessions (uitvoeringen) learners enroll in. Owned by src/catalog.
-- References without an ON DELETE action are NO ACTION, checked at the end of the statement: a row
-- still in use cannot be deleted alone, but deleting a provider cascades through all of its data.

alter table products
  add column programme text not null default '',
  -- An exam is the provider's own, or taken at an external exam institute (PlusPort cursus, art. 1
  -- "Examen": "een Online Examen, dan wel een bij een leverancier ingekocht Examen").
  add column exam_delivery text check (exam_delivery in ('own', 'external')),
  add column exam_format text check (exam_format in ('computer', 'paper')),
  -- Classroom trainings that reschedule under the cancellation table (PlusPort cursus 14.6:
  -- ATEX, NEN 1010, NEN 3140, VCA) and whose substitute needs a passed theory exam (14.8).
  add column reschedules_as_cancellation boolean not null default false,
  add column proof_of_participation boolean not null default false,
  add constraint products_exam_fields check (
    type = 'exam' or (exam_delivery is null and exam_format is null)
  );

-- The parts of a course package (PlusPort cursus, art. 1 "Cursuspakket"), each with its own share of
-- the package price and its own VAT treatment: cancellation fees are a share "of the part concerned"
-- (art. 15.5), and VAT is per rate per invoice.
create table package_components (
  package_id uuid not null references products (id) on delete cascade,
  component_id uuid not null references products (id),
  position integer not null check (position >= 0),
  price_cents bigint not null check (price_cents >= 0),
  vat_code text not null check (vat_code in ('standard_21', 'reduced_9', 'zero', 'exempt_training')),
  primary key (package_id, component_id),
  check (package_id <> component_id)
);
create index package_components_component_idx on package_components (component_id);

-- "Passed the online theory exam before the practical session": the learner must have a result of
-- the required product (passed, or completed for e-learning) before enrolling in this one.
create table product_prerequisites (
  product_id uuid not null references products (id) on delete cascade,
  required_product_id uuid not null references products (id),
  requirement text not null check (requirement in ('passed', 'completed')),
  primary key (product_id, required_product_id),
  check (product_id <> required_product_id)
);

-- What a learner has achieved, as far as enrollment needs to know (prerequisites, substitution under
-- PlusPort 14.8). Filled by delivery (results) in a later issue, and by staff or import until then.
create table learner_achievements (
  learner_id uuid not null references users (id) on delete cascade,
  product_id uuid not null references products (id) on delete cascade,
  achievement text not null check (achievement in ('passed', 'completed')),
  achieved_on date not null,
  recorded_by uuid references users (id) on delete set null,
  primary key (learner_id, product_id, achievement)
);

create table locations (
  id uuid primary key default gen_random_uuid(),
  provider_id uuid not null references providers (id) on delete cascade,
  name text not null check (length(trim(name)) > 0),
  street text not null default '',
  postal_code text not null default '',
  city text not null check (length(trim(city)) > 0),
  country text not null default 'NL' check (country ~ '^[A-Z]{2}$'),
  -- Online sessions (a virtual classroom) have a URL instead of an address.
  online_url text,
  created_at timestamptz not null default now()
);
create index locations_provider_idx on locations (provider_id, name);

-- A session (uitvoering / editie) of a product on a date. `booked` counts the seats held
-- (pending approval, confirmed, offered to the waiting list); the check keeps it within capacity,
-- and enrollment takes a seat with one conditional UPDATE (DESIGN: "What we measured").
create table sessions (
  id uuid primary key default gen_random_uuid(),
  provider_id uuid not null references providers (id) on delete cascade,
  product_id uuid not null references products (id),
  code text not null check (length(trim(code)) > 0),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  location_id uuid references locations (id),
  instructor_id uuid references users (id) on delete set null,
  capacity integer not null check (capacity > 0),
  booked integer not null default 0,
  min_participants integer not null default 1 check (min_participants >= 0),
  registration_deadline timestamptz,
  status text not null default 'planned'
    check (status in ('planned', 'confirmed', 'cancelled', 'completed')),
  -- open: anyone may enroll; in_company / out_company: a closed group of one customer, under the
  -- terms of its quote (PlusPort cursus 14.7 and 15.7; Ingenium 25: 4 weeks for in-company).
  kind text not null default 'open' check (kind in ('open', 'in_company', 'out_company')),
  customer_id uuid references customers (id),
  -- The provider's own terms (a copy edited to the quote) the group session runs under.
  quote_terms_key text,
  quote_terms_version text,
  -- Price per participant for this session, if it differs from the product's (cents excl. VAT).
  price_cents bigint check (price_cents is null or price_cents >= 0),
  language text not null default 'nl' check (language in ('nl', 'en')),
  cancelled_reason text check (cancelled_reason in ('too_few_participants', 'instructor_unavailable', 'force_majeure', 'other')),
  created_at timestamptz not null default now(),
  constraint sessions_code_unique unique (provider_id, code),
  constraint sessions_times check (ends_at > starts_at),
  constraint sessions_booked_within_capacity check (booked >= 0 and booked <= capacity),
  constraint sessions_group_has_customer check ((kind = 'open') = (customer_id is null)),
  constraint sessions_quote_terms check ((quote_terms_key is null) = (quote_terms_version is null))
);
create index sessions_provider_start_idx on sessions (provider_id, starts_at);
create index sessions_product_idx on sessions (product_id, starts_at);
