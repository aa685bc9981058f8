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
