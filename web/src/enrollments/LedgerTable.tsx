import { formatEuros } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { clauseText } from '../terms/DecisionView.tsx';
import type { LedgerLine } from './types.ts';

/** A stored ledger line, or one a change preview says a confirm would write. */
export type LedgerRow = Pick<LedgerLine, 'kind' | 'amountCents' | 'vatCode' | 'description' | 'clauses'>;

/** Amounts billing will invoice (positive) or credit (negative), each with the clause it rests on. */
export function LedgerTable({ lines, caption }: { lines: LedgerRow[]; caption?: string }) {
  const { t, locale } = useLanguage();
  if (lines.length === 0) return <p className="muted">{t('enrollment.ledger.none')}</p>;
  const total = lines.reduce((sum, l) => sum + l.amountCents, 0);
  return (
    <>
      <div className="table-wrap">
        <table>
          {caption ? <caption className="table-caption-small">{caption}</caption> : null}
          <thead>
            <tr>
              <th scope="col">{t('enrollment.ledger.kind')}</th>
              <th scope="col">{t('enrollment.ledger.description')}</th>
              <th scope="col" className="numeric">
                {t('enrollment.ledger.amount')}
              </th>
              <th scope="col">{t('enrollment.ledger.vat')}</th>
              <th scope="col">{t('enrollment.ledger.clauses')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a preview's lines have no id and never reorder
              <tr key={i}>
                <td>{t(`ledgerKind.${l.kind}`)}</td>
                <td>{l.description}</td>
                <td className="numeric">{formatEuros(l.amountCents, locale)}</td>
                <td>{t(`vat.${l.vatCode}`)}</td>
                <td>{l.clauses.map(clauseText).join('; ')}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {t('enrollment.ledger.total')}
              </th>
              <td className="numeric">{formatEuros(total, locale)}</td>
              <td colSpan={2} />
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="muted">{t('enrollment.ledger.intro')}</p>
    </>
  );
}
