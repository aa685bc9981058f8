/** Large uploads waiting for the job that reads and checks them (migration 0014, import_uploads). */
import type { Executor, Tx } from '../../platform/db/database.ts';
import type { UploadFailure } from '../model.ts';

export interface NewUpload {
  id: string;
  providerId: string;
  customerId: string | null;
  uploadedBy: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  mapping: Record<string, string> | null;
  content: Buffer;
  createdAt: Date;
}

/** An upload as GET /imports/:id shows it before its sheet exists: no content. */
export interface UploadState {
  id: string;
  providerId: string;
  customerId: string | null;
  fileName: string;
  format: 'csv' | 'xlsx';
  phase: 'queued' | 'reading' | 'failed';
  failure: UploadFailure | null;
  createdAt: Date;
}

export async function insertUpload(tx: Tx, u: NewUpload): Promise<void> {
  await tx
    .insertInto('import_uploads')
    .values({
      id: u.id,
      provider_id: u.providerId,
      customer_id: u.customerId,
      uploaded_by: u.uploadedBy,
      file_name: u.fileName,
      format: u.format,
      mapping: u.mapping === null ? null : JSON.stringify(u.mapping),
      content: u.content,
      created_at: u.createdAt,
    })
    .execute();
}

export async function findUploadState(ex: Executor, id: string): Promise<UploadState | undefined> {
  const r = await ex
    .selectFrom('import_uploads')
    .select(['id', 'provider_id', 'customer_id', 'file_name', 'format', 'phase', 'failure', 'created_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!r) return undefined;
  return {
    id: r.id,
    providerId: r.provider_id,
    customerId: r.customer_id,
    fileName: r.file_name,
    format: r.format,
    phase: r.phase,
    failure: r.failure,
    createdAt: r.created_at,
  };
}

/** Marks the upload as being read and hands its content and mapping to the job. */
export async function startReading(
  ex: Executor,
  id: string,
): Promise<{ uploadedBy: string; content: Buffer; mapping: Record<string, string> | null } | undefined> {
  return ex
    .updateTable('import_uploads')
    .set({ phase: 'reading' })
    .where('id', '=', id)
    .where('phase', '!=', 'failed')
    .returning(['uploaded_by as uploadedBy', 'content', 'mapping'])
    .executeTakeFirst();
}

export async function failUpload(ex: Executor, id: string, failure: UploadFailure): Promise<void> {
  // The file is dropped with the failure: only what the user must fix is kept.
  await ex
    .updateTable('import_uploads')
    .set({ phase: 'failed', failure: JSON.stringify(failure), content: Buffer.alloc(0) })
    .where('id', '=', id)
    .execute();
}

export async function deleteUpload(ex: Executor, id: string): Promise<void> {
  await ex.deleteFrom('import_uploads').where('id', '=', id).execute();
}
