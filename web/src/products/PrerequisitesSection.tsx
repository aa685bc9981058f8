import { useState } from 'react';
import { api } from '../api/client.ts';
import type { CatalogDetail } from '../catalog/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import { FormProblem, useForm } from '../ui/form.tsx';
import { Section } from '../ui/Section.tsx';
import { newRowKey, RowError, useProviderProducts } from './product-rows.tsx';

interface PrerequisiteRow {
  key: string;
  requiredProductId: string;
  requirement: 'passed' | 'completed';
}

/**
 * What a learner must have passed or completed before enrolling (e.g. the theory exam before the
 * practical part); the server refuses a product requiring itself or a circle of requirements.
 */
export function PrerequisitesSection({ product, onSaved }: { product: CatalogDetail; onSaved: () => void }) {
  const { t } = useLanguage();
  const choices = useProviderProducts((p) => p.id !== product.id);
  const form = useForm({});
  const [rows, setRows] = useState<PrerequisiteRow[]>(
    product.prerequisites.map((p) => ({
      key: newRowKey(),
      requiredProductId: p.requiredProductId,
      requirement: p.requirement,
    })),
  );
  const paths = rows.map((_, i) => `prerequisites.${i}.requiredProductId`);
  const save = async () => {
    if (
      await form.submit(() =>
        api.put(`/api/catalog/${product.id}/prerequisites`, {
          prerequisites: rows.map(({ requiredProductId, requirement }) => ({
            requiredProductId,
            requirement,
          })),
        }),
      )
    )
      onSaved();
  };
  return (
    <Section title={t('product.prerequisites')}>
      <FormProblem form={form} heading={t('staffForm.failed')} alsoShown={paths} />
      {rows.length === 0 ? <p className="muted">{t('product.noPrerequisites')}</p> : null}
      <ul className="plain-list row-list">
        {rows.map((row, i) => (
          <li key={row.key} className="form-grid">
            <div className="field">
              <label htmlFor={`pre-${i}-product`}>{t('products.prerequisites.product', { n: i + 1 })}</label>
              <select
                id={`pre-${i}-product`}
                value={row.requiredProductId}
                onChange={(e) =>
                  setRows(rows.map((r, j) => (j === i ? { ...r, requiredProductId: e.target.value } : r)))
                }
              >
                <option value="">–</option>
                {choices.map((p) => (
                  <option key={p.id} value={p.id}>{`${p.code} · ${p.name}`}</option>
                ))}
              </select>
              <RowError form={form} path={`prerequisites.${i}.requiredProductId`} />
            </div>
            <fieldset className="field toggle-group">
              <legend>{t('products.prerequisites.requirement')}</legend>
              {(['passed', 'completed'] as const).map((requirement) => (
                <label key={requirement}>
                  <input
                    type="radio"
                    name={`pre-${i}-requirement`}
                    checked={row.requirement === requirement}
                    onChange={() => setRows(rows.map((r, j) => (j === i ? { ...r, requirement } : r)))}
                  />{' '}
                  {t(`products.prerequisites.${requirement}`)}
                </label>
              ))}
            </fieldset>
            <div className="field">
              <button
                type="button"
                className="button secondary"
                onClick={() => setRows(rows.filter((_, j) => j !== i))}
              >
                {t('products.rows.remove')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button
          type="button"
          className="button secondary"
          onClick={() =>
            setRows([...rows, { key: newRowKey(), requiredProductId: '', requirement: 'passed' }])
          }
        >
          {t('products.prerequisites.add')}
        </button>
        <button type="button" className="button primary" disabled={form.busy} onClick={() => void save()}>
          {t('products.prerequisites.save')}
        </button>
      </div>
    </Section>
  );
}
