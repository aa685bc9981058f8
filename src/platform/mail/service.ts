import { type Actor, PROVIDER_STAFF_ROLES } from '../actor.ts';
import type { Db } from '../db/database.ts';
import { ForbiddenError, NotFoundError, UnauthorizedError } from '../errors.ts';
import type { MailDetail, MailList, MailListQuery, MailSummary } from './model.ts';
import { findMail, listMails, type MailRow, type MailScope, type MailSummaryRow } from './store.ts';

/**
 * Who may read stored mail (issue 2, item 4: "staff read them on a page"; item 5: "provider staff see
 * only their provider"): the platform admin reads every mail; a planner, administration or finance
 * user reads the mails sent for their own provider. Mail sent for no provider (platform mail) is the
 * platform admin's alone. Anyone else is refused.
 */
export function mailScope(actor: Actor | null): MailScope {
  if (!actor) throw new UnauthorizedError();
  if (actor.role === 'platform_admin') return { all: true };
  if (PROVIDER_STAFF_ROLES.includes(actor.role) && actor.providerId) return { providerId: actor.providerId };
  throw new ForbiddenError('Only platform administrators and provider staff may read stored mail.');
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function toSummary(row: MailSummaryRow): MailSummary {
  return {
    id: row.id,
    providerId: row.provider_id,
    to: row.recipient,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    error: row.error,
    hasCalendarInvite: row.has_ics,
    createdAt: row.created_at.toISOString(),
    sentAt: iso(row.sent_at),
  };
}

function toDetail(row: MailRow): MailDetail {
  return {
    ...toSummary({ ...row, has_ics: row.ics !== null }),
    text: row.text_body,
    html: row.html_body,
    ics: row.ics,
    messageId: row.message_id,
    lastAttemptAt: iso(row.last_attempt_at),
  };
}

export interface MailService {
  /** The mails the actor may read, newest first. */
  list(actor: Actor | null, query: MailListQuery): Promise<MailList>;
  /** One mail, whole; a mail of another provider is reported as not found. */
  read(actor: Actor | null, id: string): Promise<MailDetail>;
}

export function createMailService(deps: { db: Db }): MailService {
  return {
    async list(actor, query) {
      const scope = mailScope(actor);
      const { rows, total } = await listMails(deps.db, scope, query);
      return { items: rows.map(toSummary), total, limit: query.limit, offset: query.offset };
    },
    async read(actor, id) {
      const scope = mailScope(actor);
      const row = await findMail(deps.db, id, scope);
      if (!row) throw new NotFoundError(`Mail ${id}`);
      return toDetail(row);
    },
  };
}
