import type { ColumnType, Generated } from 'kysely';

/** Tables owned by the platform context (outbox, stored mail, idempotency keys). */
export interface PlatformTables {
  klasse_migrations: {
    name: string;
    applied_at: ColumnType<Date, Date | undefined, never>;
  };
}

export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
export type Id = Generated<string>;
