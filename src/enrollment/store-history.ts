/**
 * SQL of an enrollment's history: its events (what happened, with the terms engine's decision) and
 * its ledger lines (the amounts billing will invoice or credit, citing the clause).
 */
import type { VatCode } from '../catalog/model.ts';
import type { Executor, Tx } from '../platform/db/database.ts';
import {
  type ClauseJson,
  ENROLLMENT_EVENT_TYPES,
  type EnrollmentEventType,
  type LedgerKind,
} from './model.ts';

export interface NewEvent {
  enrollmentId: string;
  type: EnrollmentEventType;
  actorId: string | null;
  at: Date;
  /** The terms engine's decision as shown to the user, if the event was decided under the terms. */
  decision?: unknown;
  details?: Record<string, unknown>;
}

export async function insertEvent(tx: Tx, event: NewEvent): Promise<string> {
  const [id] = await insertEvents(tx, [event]);
  if (id === undefined) throw new Error('the event was not written');
  return id;
}

export function eventRow(event: NewEvent) {
  return {
    enrollment_id: event.enrollmentId,
    type: event.type,
    actor_id: event.actorId,
    at: event.at,
    decision: event.decision === undefined ? null : JSON.stringify(event.decision),
    details: JSON.stringify(event.details ?? {}),
  };
}

/** Several events in one statement; their ids in the order given. */
export async function insertEvents(tx: Tx, events: readonly NewEvent[]): Promise<string[]> {
  const rows = await tx
    .insertInto('enrollment_events')
    .values(events.map(eventRow))
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

export interface EnrollmentEvent {
  id: string;
  type: EnrollmentEventType;
  actorId: string | null;
  at: Date;
  decision: unknown;
  details: Record<string, unknown>;
}

export async function listEvents(ex: Executor, enrollmentId: string): Promise<EnrollmentEvent[]> {
  const rows = await ex
    .selectFrom('enrollment_events')
    .selectAll()
    .where('enrollment_id', '=', enrollmentId)
    .orderBy('at')
    .orderBy('id')
    .execute();
  // Events of one moment (one transaction) in lifecycle order: the type list is written in that order.
  rows.sort(
    (a, b) =>
      a.at.getTime() - b.at.getTime() ||
      ENROLLMENT_EVENT_TYPES.indexOf(a.type) - ENROLLMENT_EVENT_TYPES.indexOf(b.type),
  );
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    actorId: r.actor_id,
    at: r.at,
    decision: r.decision,
    details: r.details,
  }));
}

export interface NewLedgerLine {
  enrollmentId: string;
  providerId: string;
  eventId: string | null;
  kind: LedgerKind;
  /** Cents: positive is to be invoiced, negative to be credited. */
  amountCents: number;
  vatCode: VatCode;
  description: string;
  clauses: ClauseJson[];
  createdAt: Date;
}

export async function insertLedgerLines(tx: Tx, lines: readonly NewLedgerLine[]): Promise<void> {
  if (lines.length === 0) return;
  await tx
    .insertInto('enrollment_ledger')
    .values(
      lines.map((l) => ({
        enrollment_id: l.enrollmentId,
        provider_id: l.providerId,
        event_id: l.eventId,
        kind: l.kind,
        amount_cents: l.amountCents,
        vat_code: l.vatCode,
        description: l.description,
        clauses: JSON.stringify(l.clauses),
        created_at: l.createdAt,
        invoiced_at: null,
      })),
    )
    .execute();
}

export interface LedgerLine {
  id: string;
  eventId: string | null;
  kind: LedgerKind;
  amountCents: number;
  vatCode: VatCode;
  description: string;
  clauses: ClauseJson[];
  createdAt: Date;
  invoicedAt: Date | null;
}

export async function listLedger(ex: Executor, enrollmentId: string): Promise<LedgerLine[]> {
  const rows = await ex
    .selectFrom('enrollment_ledger')
    .selectAll()
    .where('enrollment_id', '=', enrollmentId)
    .orderBy('created_at')
    .orderBy('kind')
    .orderBy('amount_cents', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    eventId: r.event_id,
    kind: r.kind,
    amountCents: Number(r.amount_cents),
    vatCode: r.vat_code,
    description: r.description,
    clauses: r.clauses,
    createdAt: r.created_at,
    invoicedAt: r.invoiced_at,
  }));
}
