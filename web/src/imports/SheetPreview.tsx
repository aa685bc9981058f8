import { useState } from 'react';
import { useLanguage } from '../i18n/language.tsx';
import { Section } from '../ui/Section.tsx';
import type { SheetView } from './types.ts';

/**
 * The validated sheet before anything is enrolled: the column mapping (changeable; the sheet is
 * validated again), the totals, every error by row and column, the first valid rows as they will be
 * enrolled, and seats per session; then the commit. Keyed by the sheet's id where it is used, so a
 * new upload starts with its own mapping and an unticked "valid rows only".
 */
export function SheetPreview({
  sheet,
  busy,
  onRemap,
  onCommit,
}: {
  sheet: SheetView;
  busy: boolean;
  onRemap: (mapping: Record<string, string>) => void;
  onCommit: (validRowsOnly: boolean) => void;
}) {
  const { t } = useLanguage();
  const [onlyValid, setOnlyValid] = useState(false);
  const committed = sheet.status === 'committed';
  return (
    <>
      <MappingSection sheet={sheet} busy={busy} onRemap={onRemap} />

      <Section title={t('import.step.preview')}>
        <p className="import-totals" data-testid="import-totals">
          {t('import.totals', { rows: sheet.rowCount, valid: sheet.validCount, errors: sheet.errorCount })}
        </p>
        {sheet.errorCount > 0 ? <ErrorTable sheet={sheet} /> : <p>{t('import.noErrors')}</p>}
        {sheet.preview.length > 0 ? (
          <div className="table-wrap">
            <table>
              <caption className="table-caption-small">
                {t('import.preview.caption', { shown: sheet.preview.length, valid: sheet.validCount })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('import.row')}</th>
                  <th scope="col">{t('import.preview.session')}</th>
                  <th scope="col">{t('import.preview.name')}</th>
                  <th scope="col">{t('import.preview.email')}</th>
                  <th scope="col">{t('import.preview.company')}</th>
                  <th scope="col">{t('import.preview.po')}</th>
                </tr>
              </thead>
              <tbody>
                {sheet.preview.map((r) => (
                  <tr key={r.row}>
                    <td className="numeric">{r.row}</td>
                    <td className="code">{r.sessionCode}</td>
                    <td>
                      {r.name}
                      {r.newLearner ? <span className="badge inline">{t('import.preview.new')}</span> : null}
                    </td>
                    <td>{r.email}</td>
                    <td>{r.company}</td>
                    <td>{r.purchaseOrderRef ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {sheet.sessions.length > 0 ? (
          <div className="table-wrap">
            <table>
              <caption className="table-caption-small">{t('import.sessions.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('import.preview.session')}</th>
                  <th scope="col" className="numeric">
                    {t('import.sessions.rows')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('sessionInfo.seatsLeft')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {sheet.sessions.map((s) => (
                  <tr key={s.code}>
                    <td className="code">{s.code}</td>
                    <td className="numeric">{s.rows}</td>
                    <td className="numeric">{s.seatsLeft}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </Section>

      {committed ? null : (
        <Section title={t('import.step.commit')}>
          {sheet.validCount === 0 ? (
            <p>{t('import.commit.nothing')}</p>
          ) : sheet.errorCount === 0 ? (
            <>
              <p>{t('import.commit.allValid')}</p>
              <button
                type="button"
                className="button primary"
                disabled={busy}
                onClick={() => onCommit(false)}
              >
                {t('import.commit.all', { count: sheet.validCount })}
              </button>
            </>
          ) : (
            <>
              <p>{t('import.commit.withErrors', { errors: sheet.errorCount })}</p>
              <div className="field check">
                <input
                  id="import-only-valid"
                  type="checkbox"
                  checked={onlyValid}
                  onChange={(e) => setOnlyValid(e.target.checked)}
                />
                <label htmlFor="import-only-valid">
                  {t('import.commit.onlyValidConfirm', { count: sheet.validCount })}
                </label>
              </div>
              <button
                type="button"
                className="button primary"
                disabled={busy || !onlyValid}
                onClick={() => onCommit(true)}
              >
                {t('import.commit.valid', { count: sheet.validCount })}
              </button>
            </>
          )}
        </Section>
      )}
    </>
  );
}

function MappingSection({
  sheet,
  busy,
  onRemap,
}: {
  sheet: SheetView;
  busy: boolean;
  onRemap: (mapping: Record<string, string>) => void;
}) {
  const { t, language } = useLanguage();
  const [mapping, setMapping] = useState<Record<string, string>>(sheet.mapping);
  const changed = JSON.stringify(mapping) !== JSON.stringify(sheet.mapping);
  const mapped = new Set(Object.values(mapping));
  const missing = sheet.fields.filter((f) => f.required && !mapped.has(f.field));
  return (
    <Section title={t('import.step.mapping')}>
      <p className="muted">{t('import.mapping.intro')}</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('import.mapping.heading')}</th>
              <th scope="col">{t('import.mapping.field')}</th>
            </tr>
          </thead>
          <tbody>
            {sheet.headings.map((heading, i) => (
              <tr key={heading}>
                <td>
                  <label htmlFor={`import-map-${i}`}>{heading}</label>
                </td>
                <td>
                  <select
                    className="cell-select"
                    id={`import-map-${i}`}
                    value={mapping[heading] ?? ''}
                    onChange={(e) => {
                      const next = { ...mapping };
                      if (e.target.value) next[heading] = e.target.value;
                      else delete next[heading];
                      setMapping(next);
                    }}
                  >
                    <option value="">{t('import.mapping.skip')}</option>
                    {sheet.fields.map((f) => (
                      <option key={f.field} value={f.field}>
                        {f[language]}
                        {f.required ? ` (${t('import.mapping.required')})` : ''}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {missing.length > 0 ? (
        <p className="field-error">
          {t('import.mapping.missing', { fields: missing.map((f) => f[language]).join(', ') })}
        </p>
      ) : null}
      <button
        type="button"
        className="button secondary"
        disabled={busy || !changed}
        onClick={() => onRemap(mapping)}
      >
        {t('import.mapping.apply')}
      </button>
    </Section>
  );
}

function ErrorTable({ sheet }: { sheet: SheetView }) {
  const { t } = useLanguage();
  return (
    <div className="table-wrap">
      <table className="import-errors">
        <caption className="table-caption-small">
          {t(
            sheet.errors.length < sheet.errorCount ? 'import.errors.captionFirst' : 'import.errors.caption',
            {
              shown: sheet.errors.length,
              total: sheet.errorCount,
            },
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t('import.row')}
            </th>
            <th scope="col">{t('import.column')}</th>
            <th scope="col">{t('import.error')}</th>
          </tr>
        </thead>
        <tbody>
          {sheet.errors.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: one row may have several errors; order is fixed
            <tr key={i} data-row={e.row}>
              <td className="numeric">{e.row}</td>
              <td>{e.column ?? t('import.wholeRow')}</td>
              <td>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
