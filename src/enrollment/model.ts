import type { ColumnType, Generated } from 'kysely';
import type { VatCode } from '../catalog/model.ts';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;

/**
 * Enrollment statuses (persisted as these words). A seat is held by pending_approval, confirmed and
 * offered; see migrations/0007_enrollment.sql for what each means and the clause behind it.
 */
export const ENROLLMENT_STATUSES = [
  'pending_approval',
  'confirmed',
  'waitlisted',
  'offered',
  'rejected',
  'cancelled',
  'cancellation_pending',
  'rescheduled',
  'released',
  'completed',
] as const;
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];
export const SEAT_HOLDING_STATUSES: readonly EnrollmentStatus[] = [
  'pending_approval',
  'confirmed',
  'offered',
];
export const LIVE_STATUSES: readonly EnrollmentStatus[] = [
  'pending_approval',
  'confirmed',
  'waitlisted',
  'offered',
  'cancellation_pending',
];

export const ENROLLMENT_SOURCES = ['self', 'customer_admin', 'staff', 'import'] as const;
export type EnrollmentSource = (typeof ENROLLMENT_SOURCES)[number];

export const ENROLLMENT_EVENT_TYPES = [
  'enrolled',
  'approved',
  'rejected',
  'waitlisted',
  'offered',
  'offer_accepted',
  'offer_expired',
  'offer_declined',
  'substituted',
  'rescheduled',
  'cancelled',
  'cancellation_pending',
  'proof_received',
  'proof_deadline_passed',
  'released',
] as const;
export type EnrollmentEventType = (typeof ENROLLMENT_EVENT_TYPES)[number];

export const LEDGER_KINDS = [
  'course_fee',
  'group_discount',
  'cancellation_fee',
  'reschedule_fee',
  'refund',
  'course_fee_credit',
] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export interface ClauseJson {
  document: string;
  article: string;
  title: string;
}

export interface ImportErrorJson {
  /** 1-based sheet row (the header is row 1). */
  row: number;
  /** The sheet's column heading (or letter) the error is in; null for a whole-row error. */
  column: string | null;
  field: string | null;
  message: string;
}

/** Why a large upload's job could not read or check it: the problem as the request would have answered it. */
export interface UploadFailure {
  title: string;
  detail: string;
  errors: { path: string; message: string }[];
}

/** Tables owned by the enrollment context. */
export interface EnrollmentTables {
  import_sheets: {
    id: Generated<string>;
    provider_id: string;
    customer_id: string | null;
    uploaded_by: string;
    file_name: string;
    format: 'csv' | 'xlsx';
    status: Generated<'validated' | 'committed' | 'discarded'>;
    mapping: Json<Record<string, string>>;
    row_count: number;
    valid_count: number;
    errors: Json<ImportErrorJson[]>;
    rows: Json<unknown[]>;
    created_at: CreatedAt;
    committed_at: Timestamp | null;
    /** Enrollments of the sheet (in id order) whose confirmation mail is queued (migration 0011). */
    confirmations_queued: Generated<number>;
  };
  /** A large file waiting for the job that reads and checks it (migration 0014). */
  import_uploads: {
    id: string;
    provider_id: string;
    customer_id: string | null;
    uploaded_by: string;
    file_name: string;
    format: 'csv' | 'xlsx';
    mapping: Json<Record<string, string>> | null;
    content: Buffer;
    phase: Generated<'queued' | 'reading' | 'failed'>;
    failure: Json<UploadFailure> | null;
    created_at: CreatedAt;
  };
  enrollments: {
    id: Generated<string>;
    provider_id: string;
    session_id: string;
    learner_id: string;
    customer_id: string | null;
    purchase_order_ref: string | null;
    enrolled_by: string;
    source: EnrollmentSource;
    import_sheet_id: string | null;
    status: EnrollmentStatus;
    waitlisted_at: Timestamp | null;
    offer_expires_at: Timestamp | null;
    terms_key: string;
    terms_version: string;
    terms_accepted_by: string;
    terms_accepted_at: Timestamp;
    price_cents: number;
    previously_rescheduled: Generated<boolean>;
    moved_from: string | null;
    moved_to: string | null;
    created_at: CreatedAt;
    confirmed_at: Timestamp | null;
    ended_at: Timestamp | null;
  };
  enrollment_events: {
    id: Generated<string>;
    enrollment_id: string;
    type: EnrollmentEventType;
    actor_id: string | null;
    at: Timestamp;
    decision: Json<unknown> | null;
    details: Json<Record<string, unknown>>;
  };
  enrollment_settings: {
    provider_id: string;
    requires_approval: boolean;
    offer_hours: number;
    updated_at: Timestamp;
  };
  enrollment_ledger: {
    id: Generated<string>;
    enrollment_id: string;
    provider_id: string;
    event_id: string | null;
    kind: LedgerKind;
    /** Cents: positive is to be invoiced, negative to be credited. */
    amount_cents: number;
    vat_code: VatCode;
    description: string;
    clauses: Json<ClauseJson[]>;
    created_at: Timestamp;
    invoiced_at: Timestamp | null;
  };
}
