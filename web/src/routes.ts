/**
 * Every page of the web app. Adding a page is one line here (plus its nav label in
 * i18n/dictionary.ts): the shell builds the nav from the entries with a `nav` label that the user's
 * role may see, and answers any other path, or a page the role may not see, with "not found".
 * Order is the nav's order. The server checks every API call itself; `roles` only keeps the nav tidy.
 */
import type { ComponentType } from 'react';
import { ALL_ROLES, STAFF_ROLES } from './api/roles.ts';
import type { Role } from './api/types.ts';
import { DashboardPage } from './dashboard/DashboardPage.tsx';
import type { LabelKey } from './i18n/dictionary.ts';
import { MailDetailPage } from './mail/MailDetailPage.tsx';
import { MailListPage } from './mail/MailListPage.tsx';
import { TermsPage } from './terms/TermsPage.tsx';

export interface PageProps {
  /** The `:name` parts of the path, decoded. */
  params: Record<string, string>;
}

export interface PageRoute {
  path: string;
  /** The nav entry's label; a route without one is reached through links only. */
  nav?: LabelKey;
  roles: readonly Role[];
  Page: ComponentType<PageProps>;
}

export const ROUTES: readonly PageRoute[] = [
  { path: '/', nav: 'nav.dashboard', roles: ALL_ROLES, Page: DashboardPage },
  { path: '/mail', nav: 'nav.mail', roles: STAFF_ROLES, Page: MailListPage },
  { path: '/mail/:id', roles: STAFF_ROLES, Page: MailDetailPage },
  { path: '/terms', nav: 'nav.terms', roles: STAFF_ROLES, Page: TermsPage },
];
