import type { ReactNode } from 'react';
import type { Me, Role } from '../api/types.ts';
import { type Translate, useLanguage } from '../i18n/language.tsx';
import { useMe } from '../session/session.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { CatalogSection } from './CatalogSection.tsx';
import { CompanySection } from './CompanySection.tsx';
import { CustomersSection } from './CustomersSection.tsx';
import { EnrollmentsSection } from './EnrollmentsSection.tsx';
import { ProfileSection } from './ProfileSection.tsx';
import { RecentMailSection } from './RecentMailSection.tsx';
import { SessionsAtRiskSection } from './SessionsAtRiskSection.tsx';
import { TermsSection } from './TermsSection.tsx';
import { UsersSection } from './UsersSection.tsx';

/**
 * Each role's dashboard: who you are and the work waiting for you (sessions under their minimum,
 * the catalog, customers, recent mail). No roadmap text (issue 8): a role without pages of its own
 * yet sees its profile only.
 */
const DASHBOARDS: Record<Role, (me: Me, t: Translate) => ReactNode[]> = {
  platform_admin: (_me, t) => [
    <TermsSection key="terms" />,
    <UsersSection key="users" title={t('users.title.staff')} />,
    <RecentMailSection key="mail" />,
  ],
  planner: () => [
    <SessionsAtRiskSection key="sessions" />,
    <CatalogSection key="catalog" showUnpublished />,
    <RecentMailSection key="mail" />,
  ],
  administration: (_me, t) => [
    <CustomersSection key="customers" />,
    <UsersSection key="users" title={t('users.title.staff')} />,
    <RecentMailSection key="mail" />,
  ],
  finance: () => [<CustomersSection key="customers" />, <RecentMailSection key="mail" />],
  instructor: () => [],
  customer_admin: (me, t) => [
    me.user.customerId ? <CompanySection key="company" customerId={me.user.customerId} /> : null,
    <EnrollmentsSection key="enrollments" showLearner />,
    <UsersSection key="users" title={t('users.title.customer', { company: me.customer?.name ?? '' })} />,
    <CatalogSection key="catalog" showUnpublished={false} />,
  ],
  learner: () => [<EnrollmentsSection key="enrollments" showLearner={false} />],
  trainer: () => [],
};

export function DashboardPage() {
  const { t, roleLabel } = useLanguage();
  const me = useMe();
  const sections = DASHBOARDS[me.user.role](me, t).filter((s) => s !== null);
  return (
    <div className={`dashboard dashboard-${me.user.role}`} data-role={me.user.role}>
      <PageTitle>{t('dashboard.welcome', { name: me.user.name })}</PageTitle>
      <p className="lead">{t('dashboard.youAre', { role: roleLabel(me.user.role) })}</p>
      <div className="dashboard-grid">
        <ProfileSection />
      </div>
      {sections}
    </div>
  );
}
