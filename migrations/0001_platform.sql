-- Platform tables: stored mail, the outbox, idempotency keys. Owned by src/platform.
create table if not exists klasse_migrations (
  name text primary key,
  applied_at timestamptz not null default now()
);

-- Every e-mail Klasse sends, written in the transaction of the change that caused it (outbox).
-- queued: waiting for (another) delivery attempt; sent: accepted by the SMTP server;
-- failed: every attempt failed; kept: no SMTP server is configured, so staff read it in the app.
-- provider_id names the provider the mail was sent for (its staff may read it); null for platform mail.
-- No foreign key: the platform migrates before the identity context that owns providers.
create table mails (
  id uuid primary key default gen_random_uuid(),
  provider_id uuid,
  recipient text not null check (length(recipient) between 3 and 320),
  subject text not null check (length(subject) between 1 and 998),
  text_body text not null,
  html_body text,
  ics text,
  status text not null default 'queued' check (status in ('queued', 'sent', 'failed', 'kept')),
  attempts integer not null default 0 check (attempts >= 0),
  error text,
  message_id text,
  created_at timestamptz not null,
  last_attempt_at timestamptz,
  sent_at timestamptz
);
create index mails_newest on mails (created_at desc, id desc);
create index mails_provider_newest on mails (provider_id, created_at desc, id desc);
