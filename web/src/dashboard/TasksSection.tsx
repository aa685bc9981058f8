import { ROLE_TASKS } from '../i18n/dictionary.ts';
import { useLanguage } from '../i18n/language.tsx';
import { useMe } from '../session/session.tsx';
import { Section } from '../ui/Section.tsx';

/**
 * What the role does (DESIGN.md, "Who uses it"), and a plain word on what is there today: most of
 * these tasks get their pages with later issues.
 */
export function TasksSection({ dataBelow }: { dataBelow: boolean }) {
  const { t, language } = useLanguage();
  const { user } = useMe();
  return (
    <Section title={t('dashboard.tasks')}>
      <ul className="task-list">
        {ROLE_TASKS[language][user.role].map((task) => (
          <li key={task}>{task}</li>
        ))}
      </ul>
      <p className="muted">{t(dataBelow ? 'dashboard.laterSome' : 'dashboard.laterAll')}</p>
    </Section>
  );
}
