/**
 * The enrollment benchmarks' bare run: the app's own seat transaction sent with plain `pg`, nothing
 * around it (no HTTP, auth, idempotency, validation or terms), to measure the app's path against.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';

/** What the app wrote for its warm-up's first confirmed enrollment, which the bare run writes again. */
interface Written {
  terms_key: string;
  terms_version: string;
  price_cents: number;
  ledger: { description: string; vat_code: string; amount_cents: number };
  mail: { subject: string; text_body: string; html_body: string | null; ics: string | null; status: string };
}

export async function writtenByApp(pool: pg.Pool, sessionId: string): Promise<Written> {
  const { rows } = await pool.query(
    `select e.terms_key, e.terms_version, e.price_cents,
            (select row_to_json(l) from (select description, vat_code, amount_cents from enrollment_ledger
              where enrollment_id = e.id) l) as ledger,
            (select row_to_json(m) from (select subject, text_body, html_body, ics, status from mails
              where recipient = u.email order by created_at limit 1) m) as mail
       from enrollments e join users u on u.id = e.learner_id
      where e.session_id = $1 and e.status = 'confirmed' limit 1`,
    [sessionId],
  );
  if (!rows[0]?.ledger || !rows[0]?.mail) throw new Error('the warm-up wrote no confirmed enrollment');
  return rows[0] as Written;
}

/**
 * The seat-taking transaction with nothing around it: what src/enrollment/service.ts enroll writes
 * for a learner in its transaction (the seat's conditional UPDATE; the enrollment and its events;
 * for a confirmed one, its course-fee line and its confirmation e-mail, here with the text the app
 * wrote in the warm-up), waitlisted when the conditional UPDATE finds no seat. Named prepared
 * statements, as the app's pool sends them (src/platform/db/prepared-statements.ts). The seat and
 * the enrollment are two statements here as they were in the app before decision 0017, which
 * makes them one (store-enroll.ts): the reference stays the same, so lines before and after compare.
 */
export function bareTransaction(pool: pg.Pool, providerId: string, written: Written) {
  const terms = written;
  return async (sessionId: string, learnerId: string) => {
    const client = await pool.connect();
    try {
      await client.query('begin');
      const seat = await client.query({
        name: 'bare_take_seat',
        text: `update sessions set booked = booked + 1
                where id = $1 and booked < capacity and status in ('planned', 'confirmed') returning booked`,
        values: [sessionId],
      });
      const confirmed = seat.rowCount === 1;
      const id = randomUUID();
      const now = new Date();
      const enrolled = JSON.stringify({ source: 'self', status: confirmed ? 'confirmed' : 'waitlisted' });
      await client.query({
        name: 'bare_insert_enrollment',
        text: `with events as (
                 insert into enrollment_events (id, enrollment_id, type, actor_id, at, decision, details)
                 select gen_random_uuid(), $1, t.type, $4, $10, null, t.details
                   from (values ('enrolled', $11::jsonb), ('waitlisted', '{}'::jsonb)) as t (type, details)
                  where t.type = 'enrolled' or $5 = 'waitlisted'
                 returning id)
               insert into enrollments (id, provider_id, session_id, learner_id, enrolled_by, source, status,
                 waitlisted_at, terms_key, terms_version, terms_accepted_by, terms_accepted_at, price_cents,
                 confirmed_at, created_at)
               values ($1, $2, $3, $4, $4, 'self', $5, $6, $7, $8, $4, $10, $9, $12, $10)
               returning *`,
        values: [
          id,
          providerId,
          sessionId,
          learnerId,
          confirmed ? 'confirmed' : 'waitlisted',
          confirmed ? null : now,
          terms.terms_key,
          terms.terms_version,
          terms.price_cents,
          now,
          enrolled,
          confirmed ? now : null,
        ],
      });
      if (confirmed) {
        await client.query({
          name: 'bare_insert_fee',
          text: `insert into enrollment_ledger (enrollment_id, provider_id, event_id, kind, amount_cents,
                   vat_code, description, clauses, created_at)
                 select $1, $2, id, 'course_fee', $3, $4, $5, '[]', $6
                   from enrollment_events where enrollment_id = $1 and type = 'enrolled'`,
          values: [
            id,
            providerId,
            written.ledger.amount_cents,
            written.ledger.vat_code,
            written.ledger.description,
            now,
          ],
        });
        await client.query({
          name: 'bare_insert_mail',
          text: `insert into mails (provider_id, recipient, subject, text_body, html_body, ics, status, created_at)
                 values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
          values: [
            providerId,
            `${learnerId}@bench.example`,
            written.mail.subject,
            written.mail.text_body,
            written.mail.html_body,
            written.mail.ics,
            written.mail.status,
            now,
          ],
        });
      }
      await client.query('commit');
    } catch (error) {
      await client.query('rollback');
      throw error;
    } finally {
      client.release();
    }
  };
}
