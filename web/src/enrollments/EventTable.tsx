import { formatInstantIn } from '../catalog/session-time.ts';
import { formatEuros } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { clauseText } from '../terms/DecisionView.tsx';
import { summarizeDecision } from './decision-summary.ts';
import type { EnrollmentEvent } from './types.ts';

/** Everything that happened to an enrollment, each with the fee, clauses and explanation it was decided on. */
export function EventTable({ events, timeZone }: { events: EnrollmentEvent[]; timeZone: string }) {
  const { t, language, locale } = useLanguage();
  if (events.length === 0) return <p className="muted">{t('enrollment.events.none')}</p>;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('enrollment.event.at')}</th>
            <th scope="col">{t('enrollment.event.what')}</th>
            <th scope="col" className="numeric">
              {t('enrollment.event.fee')}
            </th>
            <th scope="col">{t('enrollment.ledger.clauses')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => {
            const decision = summarizeDecision(e.decision);
            return (
              <tr key={e.id} data-event={e.type}>
                <td className="nowrap">{formatInstantIn(e.at, locale, timeZone)}</td>
                <td>
                  {t(`event.${e.type}`)}
                  {decision?.explanation ? (
                    <p className="muted event-explanation">{decision.explanation[language]}</p>
                  ) : null}
                </td>
                <td className="numeric">
                  {decision?.feeCents !== null && decision?.feeCents !== undefined
                    ? formatEuros(decision.feeCents, locale)
                    : ''}
                </td>
                <td>{decision?.clauses.map(clauseText).join('; ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
