-- Enrollment (issue 4): who is in which session, under which terms, and every change to that with
-- the terms engine's decision and the amounts billing will invoice or credit. Owned by src/enrollment.

-- Import sheets (PlusPort cursus 3.1 "importsheet"): uploaded, validated whole, previewed, then
-- committed in one transaction or not at all.
create table import_sheets (
  id uuid primary key default gen_random_uuid(),
  provider_id uuid not null references providers (id) on delete cascade,
  customer_id uuid references customers (id) on delete cascade,
  uploaded_by uuid not null references users (id) on delete cascade,
  file_name text not null,
  format text not null check (format in ('csv', 'xlsx')),
  status text not null default 'validated' check (status in ('validated', 'committed', 'discarded')),
  -- Sheet column -> field, as chosen in the wizard.
  mapping jsonb not null,
  row_count integer not null,
  valid_count integer not null,
  -- [{ row, column, field, message }]
  errors jsonb not null default '[]',
  -- The validated rows, ready to commit: [{ row, sessionId, learner: {...}, ... }]
  rows jsonb not null default '[]',
  created_at timestamptz not null default now(),
  committed_at timestamptz
);
create index import_sheets_provider_idx on import_sheets (provider_id, created_at desc);

create table enrollments (
  id uuid primary key default gen_random_uuid(),
  provider_id uuid not null references providers (id) on delete cascade,
  session_id uuid not null references sessions (id),
  learner_id uuid not null references users (id),
  -- The company that pays (a customer admin enrolled its employee), with its purchase-order reference.
  customer_id uuid references customers (id),
  purchase_order_ref text,
  enrolled_by uuid not null references users (id),
  source text not null check (source in ('self', 'customer_admin', 'staff', 'import')),
  import_sheet_id uuid references import_sheets (id) on delete set null,
  -- pending_approval: waiting for staff (PlusPort cursus 3.4); confirmed: binding (Sparse 59.1);
  -- waitlisted: no seat yet; offered: a freed seat is held until offer_expires_at;
  -- cancellation_pending: cancelled with the medical exception, fee held until proof or deadline
  -- (PlusPort cursus 15.6); rescheduled: moved to another session (see moved_to);
  -- released: the provider cancelled the session (refund recorded).
  status text not null check (status in (
    'pending_approval', 'confirmed', 'waitlisted', 'offered', 'rejected', 'cancelled',
    'cancellation_pending', 'rescheduled', 'released', 'completed'
  )),
  waitlisted_at timestamptz,
  offer_expires_at timestamptz,
  -- The terms in force when the enrollment was made, and who accepted them when.
  terms_key text not null,
  terms_version text not null,
  terms_accepted_by uuid not null references users (id),
  terms_accepted_at timestamptz not null,
  -- Price per participant in cents excl. VAT, copied from the session/product at enrollment, after
  -- any group discount (Ingenium 3.5).
  price_cents bigint not null check (price_cents >= 0),
  -- Set once the learner rescheduled: a later cancellation costs 100 % (PlusPort cursus 15.5).
  previously_rescheduled boolean not null default false,
  moved_from uuid references enrollments (id) on delete set null,
  moved_to uuid references enrollments (id) on delete set null,
  created_at timestamptz not null default now(),
  confirmed_at timestamptz,
  ended_at timestamptz
);
-- One live enrollment per learner per session.
create unique index enrollments_learner_session_live on enrollments (session_id, learner_id)
  where status in ('pending_approval', 'confirmed', 'waitlisted', 'offered', 'cancellation_pending');
create index enrollments_session_status_idx on enrollments (session_id, status, waitlisted_at);
create index enrollments_learner_idx on enrollments (learner_id, created_at desc);
create index enrollments_customer_idx on enrollments (customer_id, created_at desc);
create index enrollments_provider_idx on enrollments (provider_id, created_at desc);

-- Everything that happened to an enrollment, with the terms decision it was made under.
create table enrollment_events (
  id uuid primary key default gen_random_uuid(),
  enrollment_id uuid not null references enrollments (id) on delete cascade,
  type text not null check (type in (
    'enrolled', 'approved', 'rejected', 'waitlisted', 'offered', 'offer_accepted', 'offer_expired',
    'offer_declined', 'substituted', 'rescheduled', 'cancelled', 'cancellation_pending',
    'proof_received', 'proof_deadline_passed', 'released'
  )),
  actor_id uuid references users (id) on delete set null,
  at timestamptz not null,
  -- The terms engine's decision (outcome, amounts, dates, clauses, explanation), as shown to the user.
  decision jsonb,
  details jsonb not null default '{}'
);
create index enrollment_events_enrollment_idx on enrollment_events (enrollment_id, at);

-- The amounts billing will invoice (positive) or credit (negative), each citing its clause.
create table enrollment_ledger (
  id uuid primary key default gen_random_uuid(),
  enrollment_id uuid not null references enrollments (id) on delete cascade,
  provider_id uuid not null references providers (id) on delete cascade,
  event_id uuid references enrollment_events (id) on delete set null,
  kind text not null check (kind in (
    'course_fee', 'group_discount', 'cancellation_fee', 'reschedule_fee', 'refund', 'course_fee_credit'
  )),
  amount_cents bigint not null,
  vat_code text not null check (vat_code in ('standard_21', 'reduced_9', 'zero', 'exempt_training')),
  description text not null,
  -- [{ document, article, title }]
  clauses jsonb not null default '[]',
  created_at timestamptz not null,
  -- Set by billing when the line is on an invoice or credit note (a later issue).
  invoiced_at timestamptz
);
create index enrollment_ledger_enrollment_idx on enrollment_ledger (enrollment_id, created_at);
create index enrollment_ledger_uninvoiced_idx on enrollment_ledger (provider_id) where invoiced_at is null;
