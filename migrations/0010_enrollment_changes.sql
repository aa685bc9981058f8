-- Enrollment changes (issue 4, item 6): substitution, reschedule, cancellation, provider cancellation.
-- Owned by src/enrollment/changes.

-- The course fee of an enrollment is paid in full. PlusPort cursus 14.3: "Om voor verschuiving van
-- deelname in aanmerking te komen, dient het cursusgeld volledig te zijn betaald." Billing (a later
-- issue) will record this from payments; until then staff record it. A reschedule carries the row
-- over to the new enrollment: the fee paid is the same fee.
create table enrollment_course_fee_paid (
  enrollment_id uuid primary key references enrollments (id) on delete cascade,
  paid_at timestamptz not null,
  recorded_by uuid references users (id) on delete set null
);
