/**
 * A repeat that a unique index refused, as a 409 problem naming the field (issue 12, items 11 and
 * 12). Two requests that check "is it taken?" at once both see "no"; only the index can decide, so
 * a service inserts, and maps PostgreSQL's unique_violation (SQLSTATE 23505) on the index it names.
 */
import { AppError } from '../errors.ts';

/** The index or constraint a unique_violation names; undefined for any other error. */
export function violatedUniqueIndex(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error) || error.code !== '23505') {
    return undefined;
  }
  return 'constraint' in error && typeof error.constraint === 'string' ? error.constraint : '';
}

export function isUniqueViolation(error: unknown): boolean {
  return violatedUniqueIndex(error) !== undefined;
}

/** 409 with the field that must differ, so a form can show the message beside it. */
export class FieldConflictError extends AppError {
  constructor(slug: string, title: string, field: string, message: string) {
    super(409, slug, title, `${message}. Nothing was changed.`, [{ path: field, message }]);
  }
}

/**
 * Runs `work`; a unique_violation on one of the indexes in `conflicts` becomes that index's 409
 * problem, any other error passes unchanged.
 */
export async function conflictOnUnique<T>(
  work: () => Promise<T>,
  conflicts: Record<string, () => AppError>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const index = violatedUniqueIndex(error);
    const conflict = index === undefined ? undefined : conflicts[index];
    if (conflict) throw conflict();
    throw error;
  }
}
