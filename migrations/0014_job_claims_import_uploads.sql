-- Which process runs an active job (issue 12, item 13; src/platform/jobs/recovery.ts). A worker
-- writes its claim when it takes a job and deletes it when the job is done or failed. Each
-- process holds a PostgreSQL advisory lock (namespace 1263291970, key worker_key) on a connection
-- of its own for as long as it lives: a claim whose lock nobody holds belongs to a dead process,
-- and its job is given back to the queue at once instead of after its expiry.
create table job_claims (
  job_id uuid primary key,
  worker_key integer not null,
  claimed_at timestamptz not null default now()
);
create index job_claims_worker_key on job_claims (worker_key);

-- A large import file waiting for (or being read by) the job that reads and checks it (issue 12,
-- item 2): the upload request stores the file here and answers at once; the job turns it into an
-- import_sheets row under the same id and deletes it, or records why it could not (failure).
create table import_uploads (
  id uuid primary key,
  provider_id uuid not null references providers (id) on delete cascade,
  customer_id uuid references customers (id) on delete cascade,
  uploaded_by uuid not null references users (id) on delete cascade,
  file_name text not null,
  format text not null check (format in ('csv', 'xlsx')),
  mapping jsonb,
  content bytea not null,
  phase text not null default 'queued' check (phase in ('queued', 'reading', 'failed')),
  -- The problem the user sees when reading or checking failed: { title, detail, errors: [{ path, message }] }.
  failure jsonb,
  created_at timestamptz not null default now()
);
