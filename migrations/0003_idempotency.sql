-- Idempotency keys (issue 2, item 3): a mutating request sent with an Idempotency-Key header has
-- its response stored here, so a retry with the same key is answered from this row instead of
-- running again. Owned by src/platform/http/idempotency.
create table idempotency_keys (
  -- Whose key: 'user:<id>' for a logged-in actor, 'anonymous:<ip>' otherwise, so one client's key
  -- never replays another's response.
  scope text not null,
  key text not null,
  method text not null,
  path text not null,
  -- sha256 of the request body; a retry must send the same body.
  request_hash text not null,
  -- null while the first request is still being processed.
  response_status integer,
  response_headers jsonb not null default '{}'::jsonb,
  response_body bytea,
  created_at timestamptz not null,
  completed_at timestamptz,
  primary key (scope, key)
);

-- The hourly cleanup deletes keys older than 24 hours.
create index idempotency_keys_created_at on idempotency_keys (created_at);
