import { useApi } from '../api/useApi.ts';
import { EnrollmentTable } from '../enrollments/EnrollmentListPage.tsx';
import type { EnrollmentList } from '../enrollments/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import { Link } from '../shell/router.tsx';
import { Loaded } from '../ui/Loaded.tsx';
import { Section } from '../ui/Section.tsx';

/** The latest enrollments the user may see (own, or the company's), linking to all of them. */
export function EnrollmentsSection({ showLearner }: { showLearner: boolean }) {
  const { t } = useLanguage();
  const { result, reload } = useApi<EnrollmentList>('/api/enrollments?limit=5');
  return (
    <Section
      title={t('myEnrollments.title')}
      actions={<Link to="/enrollments">{t('dashboard.allEnrollments')}</Link>}
    >
      <Loaded result={result} reload={reload}>
        {(list) => <EnrollmentTable list={list} showLearner={showLearner} />}
      </Loaded>
    </Section>
  );
}
