-- Enrollment settings per provider (issue 4, items 3 and 5). Owned by src/enrollment.
-- A provider without a row uses the defaults below: automatic confirmation and 48 hours to accept
-- a freed seat.
create table enrollment_settings (
  provider_id uuid primary key references providers (id) on delete cascade,
  -- Whether staff approve each enrollment before it is confirmed (PlusPort cursus 3.3-3.4: the
  -- confirmation is sent after approval, and an application may be rejected without reasons).
  -- While pending, the seat is held.
  requires_approval boolean not null default false,
  -- How long a waitlisted learner has to accept a freed seat before it passes to the next in line.
  offer_hours integer not null default 48 check (offer_hours between 1 and 720),
  updated_at timestamptz not null default now()
);
