/**
 * Every page of the web app. Adding a page is one line here (plus its nav label in
 * i18n/dictionary.ts): the shell builds the nav from the entries with a `nav` label that the user's
 * role may see, and answers any other path, or a page the role may not see, with "not found".
 * Order is the nav's order. The server checks every API call itself; `roles` only keeps the nav tidy.
 */
import type { ComponentType } from 'react';
import { AccountPage } from './account/AccountPage.tsx';
import { ALL_ROLES, STAFF_ROLES } from './api/roles.ts';
import type { Role } from './api/types.ts';
import { CatalogPage } from './catalog/CatalogPage.tsx';
import { ProductPage } from './catalog/ProductPage.tsx';
import { SessionPage } from './catalog/SessionPage.tsx';
import { DashboardPage } from './dashboard/DashboardPage.tsx';
import { CancelPage, ReschedulePage, SubstitutePage } from './enrollments/ChangePage.tsx';
import { EnrollmentListPage } from './enrollments/EnrollmentListPage.tsx';
import { EnrollmentPage } from './enrollments/EnrollmentPage.tsx';
import { EnrollPage } from './enrollments/EnrollPage.tsx';
import type { LabelKey } from './i18n/dictionary.ts';
import { ImportPage } from './imports/ImportPage.tsx';
import { LocationFormPage } from './locations/LocationFormPage.tsx';
import { LocationsPage } from './locations/LocationsPage.tsx';
import { MailDetailPage } from './mail/MailDetailPage.tsx';
import { MailListPage } from './mail/MailListPage.tsx';
import { ProductFormPage } from './products/ProductFormPage.tsx';
import { ProductsPage } from './products/ProductsPage.tsx';
import { ApprovalsPage } from './sessions/ApprovalsPage.tsx';
import { SessionFormPage } from './sessions/SessionFormPage.tsx';
import { SessionsPage } from './sessions/SessionsPage.tsx';
import { StaffSessionPage } from './sessions/StaffSessionPage.tsx';
import { matchPath } from './shell/match-path.ts';
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
  /** Also shown to visitors who are not logged in (the public catalog, issue 4 item 1). */
  public?: boolean;
  Page: ComponentType<PageProps>;
}

/** Who has enrollments to see: learners their own, customer admins their company's, staff their provider's. */
const ENROLLMENT_ROLES: readonly Role[] = ['learner', 'customer_admin', ...STAFF_ROLES];

export const ROUTES: readonly PageRoute[] = [
  { path: '/', nav: 'nav.dashboard', roles: ALL_ROLES, Page: DashboardPage },
  { path: '/catalog', nav: 'nav.catalog', roles: ALL_ROLES, public: true, Page: CatalogPage },
  { path: '/catalog/:id', roles: ALL_ROLES, public: true, Page: ProductPage },
  { path: '/sessions/:id', roles: ALL_ROLES, public: true, Page: SessionPage },
  { path: '/sessions/:id/enroll', roles: ['learner', 'customer_admin'], Page: EnrollPage },
  { path: '/enrollments', nav: 'nav.enrollments', roles: ENROLLMENT_ROLES, Page: EnrollmentListPage },
  { path: '/enrollments/:id', roles: ENROLLMENT_ROLES, Page: EnrollmentPage },
  { path: '/enrollments/:id/cancel', roles: ENROLLMENT_ROLES, Page: CancelPage },
  { path: '/enrollments/:id/reschedule', roles: ENROLLMENT_ROLES, Page: ReschedulePage },
  { path: '/enrollments/:id/substitute', roles: ENROLLMENT_ROLES, Page: SubstitutePage },
  { path: '/planning', nav: 'nav.sessions', roles: STAFF_ROLES, Page: SessionsPage },
  // Before '/planning/:id', which would take 'new' for an id.
  { path: '/planning/new', roles: STAFF_ROLES, Page: SessionFormPage },
  { path: '/planning/:id', roles: STAFF_ROLES, Page: StaffSessionPage },
  { path: '/planning/:id/edit', roles: STAFF_ROLES, Page: SessionFormPage },
  { path: '/products', nav: 'nav.products', roles: STAFF_ROLES, Page: ProductsPage },
  { path: '/products/new', roles: STAFF_ROLES, Page: ProductFormPage },
  { path: '/products/:id', roles: STAFF_ROLES, Page: ProductFormPage },
  { path: '/locations', nav: 'nav.locations', roles: STAFF_ROLES, Page: LocationsPage },
  { path: '/locations/new', roles: STAFF_ROLES, Page: LocationFormPage },
  { path: '/locations/:id', roles: STAFF_ROLES, Page: LocationFormPage },
  { path: '/approvals', nav: 'nav.approvals', roles: STAFF_ROLES, Page: ApprovalsPage },
  { path: '/imports', nav: 'nav.imports', roles: ['customer_admin', ...STAFF_ROLES], Page: ImportPage },
  { path: '/mail', nav: 'nav.mail', roles: STAFF_ROLES, Page: MailListPage },
  { path: '/mail/:id', roles: STAFF_ROLES, Page: MailDetailPage },
  { path: '/terms', nav: 'nav.terms', roles: STAFF_ROLES, Page: TermsPage },
  { path: '/account', roles: ALL_ROLES, Page: AccountPage },
];

/** Whether a visitor who is not logged in may see the page at `path`. */
export function isPublicPath(path: string): boolean {
  return ROUTES.some((r) => r.public === true && matchPath(r.path, path) !== null);
}
