import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

/**
 * Tables owned by the terms context (migrations/0004_terms.sql): the terms keys a provider owns and
 * the versions of its terms. The five built-in terms live in code (src/terms/registry.ts) and are
 * never stored.
 */
export interface TermsTables {
  terms_keys: {
    terms_key: string;
    provider_id: string;
    created_by: string | null;
    created_at: CreatedAt;
  };
  terms_versions: {
    id: Generated<string>;
    provider_id: string;
    terms_key: string;
    version: string;
    /** A 'YYYY-MM-DD' string: pg reads `date` back as text (src/platform/db/connect.ts). */
    effective_from: string;
    based_on_key: string | null;
    based_on_version: string | null;
    /** The TermsVersion document as JSON; validated again with the schema whenever it is read. */
    document: ColumnType<unknown, string, string>;
    created_by: string | null;
    created_at: CreatedAt;
  };
}
