import { LANGUAGES } from '../i18n/dictionary.ts';
import { formatDate, formatEuros } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { clauseText } from '../terms/DecisionView.tsx';
import type { ChangePreview } from './types.ts';

const DATE_LABELS = {
  requestDay: 'terms.date.requestDay',
  countedFrom: 'terms.date.countedFrom',
  startDay: 'terms.date.startDay',
  proofDeadline: 'terms.date.proofDeadline',
} as const;

/**
 * The terms decision on a change, before it is confirmed: the fee in euros, the outcome, the
 * clauses it rests on and the explanation in both languages (the user's first), as the terms page
 * shows a decision.
 */
export function ChangeDecision({
  decision,
  terms,
  feeLabel,
}: {
  decision: ChangePreview['decision'];
  terms: ChangePreview['terms'];
  /** What the amount is; the fee of the change unless said otherwise. */
  feeLabel?: string;
}) {
  const { t, language, locale } = useLanguage();
  const order = [language, ...LANGUAGES.filter((l) => l !== language)];
  const dates = Object.entries(decision.dates);
  return (
    <>
      <div className="decision-summary">
        <div>
          <p className="decision-label">{feeLabel ?? t('change.fee')}</p>
          <p className="decision-fee" data-testid="change-fee">
            {formatEuros(decision.feeCents, locale)}
          </p>
        </div>
        <div>
          <p className="decision-label">{t('terms.outcome')}</p>
          <p>
            <span className={`badge badge-${decision.outcome}`}>
              {t(`terms.outcome.${decision.outcome}`)}
            </span>
          </p>
        </div>
        {decision.workingDays !== undefined ? (
          <div>
            <p className="decision-label">{t('terms.workingDays')}</p>
            <p className="decision-number">{decision.workingDays}</p>
          </div>
        ) : null}
      </div>
      <div className="decision-explanations">
        {order.map((lang) => (
          <blockquote key={lang} lang={lang} className="explanation">
            <p className="decision-label">
              {t(lang === 'nl' ? 'terms.explanation.nl' : 'terms.explanation.en')}
            </p>
            <p>{decision.explanation[lang]}</p>
          </blockquote>
        ))}
      </div>
      <div className="decision-facts">
        <div>
          <h3>{t('terms.clauses')}</h3>
          <ul className="clause-list" data-testid="change-clauses">
            {decision.clauses.map((c) => (
              <li key={`${c.document}#${c.article}`}>{clauseText(c)}</li>
            ))}
          </ul>
          <p className="muted">{t('change.termsApplied', { key: terms.key, version: terms.version })}</p>
        </div>
        {dates.length > 0 ? (
          <div>
            <h3>{t('terms.dates')}</h3>
            <dl className="facts">
              {dates.map(([name, date]) => (
                <div key={name} className="facts-row">
                  <dt>{name in DATE_LABELS ? t(DATE_LABELS[name as keyof typeof DATE_LABELS]) : name}</dt>
                  <dd>{formatDate(date, locale)}</dd>
                </div>
              ))}
            </dl>
          </div>
        ) : null}
      </div>
    </>
  );
}
