/**
 * The shapes the web app reads from /api. Each is imported from the server context that publishes
 * its schema (type-only, so nothing of the server enters the bundle): a change on either side is a
 * type error rather than a blank page.
 */
import type { Product } from '../../../src/catalog/model.ts';
import type { Customer, Provider, Role, User } from '../../../src/identity/model.ts';
import type { MailDetail, MailList, MailSummary } from '../../../src/platform/mail/model.ts';

export type { Customer, MailDetail, MailList, MailSummary, Product, Provider, Role, User };

/** GET /api/me. POST /api/auth/login answers with the user and csrfToken only. */
export interface Me {
  user: User;
  /** Null when the caller authenticated with an API token; the web app always has one. */
  csrfToken: string | null;
  provider: Provider | null;
  customer: Customer | null;
}

/** The list envelope of GET /api/users, /api/customers and /api/catalog. */
export interface ListOf<T> {
  items: T[];
}
