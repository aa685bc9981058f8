import { LANGUAGES, type LabelKey } from '../i18n/dictionary.ts';
import { formatDate, formatEuros } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { Section } from '../ui/Section.tsx';
import type { AppliedTerms, ClauseRef, TermsDecision } from './types.ts';

/** Labels for the amount and date names the engine uses; any other name is shown as it comes. */
const AMOUNT_LABELS: Record<string, LabelKey> = {
  fee: 'terms.amount.fee',
  price: 'terms.amount.price',
  feeIfProofInTime: 'terms.amount.feeIfProofInTime',
  incurredCosts: 'terms.amount.incurredCosts',
  administrationCosts: 'terms.amount.administrationCosts',
  refund: 'terms.amount.refund',
};
const DATE_LABELS: Record<string, LabelKey> = {
  requestDay: 'terms.date.requestDay',
  countedFrom: 'terms.date.countedFrom',
  startDay: 'terms.date.startDay',
  proofDeadline: 'terms.date.proofDeadline',
};

export function clauseText(clause: ClauseRef): string {
  return `${clause.document}, art. ${clause.article}: ${clause.title}`;
}

/** A decision of the terms engine: outcome, fee, amounts, dates, clauses and the explanation in both languages. */
export function DecisionView({ decision, terms }: { decision: TermsDecision; terms: AppliedTerms }) {
  const { t, language, locale } = useLanguage();
  const amountLabel = (name: string) => (AMOUNT_LABELS[name] ? t(AMOUNT_LABELS[name]) : name);
  const dateLabel = (name: string) => (DATE_LABELS[name] ? t(DATE_LABELS[name]) : name);
  const otherAmounts = Object.entries(decision.amounts).filter(([name]) => name !== 'fee');
  // The user's language first, then the other: a customer may read either.
  const explanationOrder = [language, ...LANGUAGES.filter((l) => l !== language)];

  return (
    <Section title={t('terms.decision')}>
      <div className="decision-summary">
        <div>
          <p className="decision-label">{t('terms.outcome')}</p>
          <p>
            <span className={`badge badge-${decision.outcome}`}>
              {t(`terms.outcome.${decision.outcome}`)}
            </span>
          </p>
        </div>
        {decision.amounts.fee !== undefined ? (
          <div>
            <p className="decision-label">{t('terms.fee')}</p>
            <p className="decision-fee" data-testid="decision-fee">
              {formatEuros(decision.amounts.fee, locale)}
            </p>
          </div>
        ) : null}
        {decision.workingDays !== undefined ? (
          <div>
            <p className="decision-label">{t('terms.workingDays')}</p>
            <p className="decision-number">{decision.workingDays}</p>
          </div>
        ) : null}
      </div>

      <div className="decision-explanations">
        {explanationOrder.map((lang) => (
          <blockquote key={lang} lang={lang} className="explanation">
            <p className="decision-label">
              {t(lang === 'nl' ? 'terms.explanation.nl' : 'terms.explanation.en')}
            </p>
            <p>{decision.explanation[lang]}</p>
          </blockquote>
        ))}
      </div>

      <div className="decision-facts">
        {otherAmounts.length > 0 ? (
          <div>
            <h3>{t('terms.amounts')}</h3>
            <dl className="facts">
              {otherAmounts.map(([name, cents]) => (
                <div key={name} className="facts-row">
                  <dt>{amountLabel(name)}</dt>
                  <dd>{formatEuros(cents, locale)}</dd>
                </div>
              ))}
            </dl>
          </div>
        ) : null}
        {Object.keys(decision.dates).length > 0 ? (
          <div>
            <h3>{t('terms.dates')}</h3>
            <dl className="facts">
              {Object.entries(decision.dates).map(([name, date]) => (
                <div key={name} className="facts-row">
                  <dt>{dateLabel(name)}</dt>
                  <dd>{formatDate(date, locale)}</dd>
                </div>
              ))}
            </dl>
          </div>
        ) : null}
        <div>
          <h3>{t('terms.clauses')}</h3>
          <ul className="clause-list">
            {decision.clauses.map((clause) => (
              <li key={`${clause.document}#${clause.article}`}>{clauseText(clause)}</li>
            ))}
          </ul>
          <p className="muted">
            {t('terms.appliedVersion', {
              provider: terms.provider,
              version: terms.version,
              from: formatDate(terms.effectiveFrom, locale),
            })}
          </p>
        </div>
      </div>

      {decision.lines && decision.lines.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption>{t('terms.lines')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('terms.part')}</th>
                <th scope="col" className="numeric">
                  {t('terms.fee')}
                </th>
                <th scope="col">{t('terms.clauses')}</th>
              </tr>
            </thead>
            <tbody>
              {decision.lines.map((line, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id and never reorder
                <tr key={i}>
                  <td>{line.part}</td>
                  <td className="numeric">{formatEuros(line.amounts.fee ?? 0, locale)}</td>
                  <td>{line.clauses.map(clauseText).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Section>
  );
}
