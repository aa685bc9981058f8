import { formatDate, formatEuros } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { clauseText } from './DecisionView.tsx';
import type { TimelineRange } from './types.ts';
import { epochDay } from './zoned-time.ts';

/** The fee timeline as a table: exact dates and fees, the rule's words and its clause. */
export function TimelineTable({
  ranges,
  requestDate,
  requestLabel,
}: {
  ranges: TimelineRange[];
  requestDate: string;
  /** The tag of the highlighted row; 'request' unless the day is another, such as today. */
  requestLabel?: string;
}) {
  const { t, language, locale } = useLanguage();
  const requestDay = epochDay(requestDate);
  return (
    <div className="table-wrap">
      <table className="timeline-table">
        <caption className="visually-hidden">{t('terms.timeline.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('terms.timeline.from')}</th>
            <th scope="col">{t('terms.timeline.until')}</th>
            <th scope="col" className="numeric">
              {t('terms.fee')}
            </th>
            <th scope="col">{t('terms.timeline.rule')}</th>
            <th scope="col">{t('terms.clauses')}</th>
          </tr>
        </thead>
        <tbody>
          {ranges.map((r) => {
            const holdsRequest = epochDay(r.from) <= requestDay && requestDay <= epochDay(r.to);
            return (
              <tr key={r.from} className={holdsRequest ? 'current' : undefined}>
                <td>
                  {formatDate(r.from, locale)}
                  {holdsRequest ? (
                    <span className="badge tag">{requestLabel ?? t('terms.timeline.request')}</span>
                  ) : null}
                </td>
                <td>{formatDate(r.to, locale)}</td>
                <td className="numeric">{formatEuros(r.fee, locale)}</td>
                <td>{r.label[language]}</td>
                <td>{r.clauses.map(clauseText).join('; ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
