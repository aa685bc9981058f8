import { useState } from 'react';
import { api } from '../api/client.ts';
import type { CatalogDetail } from '../catalog/types.ts';
import { formatEuros } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { parseEuroCents } from '../terms/euro-input.ts';
import { FormProblem, useForm } from '../ui/form.tsx';
import { Section } from '../ui/Section.tsx';
import { centsAsEuroText, VAT_CODES } from './product-form.ts';
import { newRowKey, RowError, useProviderProducts } from './product-rows.tsx';

interface PartRow {
  key: string;
  componentId: string;
  price: string;
  vatCode: string;
}

/**
 * A package's parts, each with its share of the package price and its own VAT code; the shares add
 * up to the package price, as a cancellation fee is a share "of the part concerned"
 * (plusport-cursusvoorwaarden#15.5). The server checks the sum and names the row that is wrong.
 */
export function PackagePartsSection({ pkg, onSaved }: { pkg: CatalogDetail; onSaved: () => void }) {
  const { t, locale } = useLanguage();
  const choices = useProviderProducts((p) => p.type !== 'package' && p.id !== pkg.id);
  const form = useForm({});
  const [rows, setRows] = useState<PartRow[]>(
    pkg.components.map((c) => ({
      key: newRowKey(),
      componentId: c.componentId,
      price: centsAsEuroText(c.priceCents),
      vatCode: c.vatCode,
    })),
  );
  const change = (i: number, patch: Partial<PartRow>) =>
    setRows(rows.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  const sum = rows.reduce((total, r) => total + (parseEuroCents(r.price) ?? 0), 0);
  const paths = rows.flatMap((_, i) => [`components.${i}.componentId`, `components.${i}.priceCents`]);

  const save = async () => {
    const bad = rows.flatMap((r, i) =>
      parseEuroCents(r.price) === null
        ? [{ path: `components.${i}.priceCents`, message: t('staffForm.notAnAmount') }]
        : [],
    );
    if (bad.length > 0) return form.reject(bad);
    const body = {
      components: rows.map((r) => ({
        componentId: r.componentId,
        priceCents: parseEuroCents(r.price),
        vatCode: r.vatCode,
      })),
    };
    if (await form.submit(() => api.put(`/api/catalog/${pkg.id}/components`, body))) onSaved();
  };

  return (
    <Section title={t('product.components')}>
      <FormProblem form={form} heading={t('staffForm.failed')} alsoShown={paths} />
      <p className="muted">
        {t('products.parts.sum', {
          sum: formatEuros(sum, locale),
          price: formatEuros(pkg.priceCents, locale),
        })}
      </p>
      <ul className="plain-list row-list">
        {rows.map((row, i) => (
          <li key={row.key} className="form-grid">
            <div className="field">
              <label htmlFor={`part-${i}-product`}>{t('products.parts.product', { n: i + 1 })}</label>
              <select
                id={`part-${i}-product`}
                value={row.componentId}
                onChange={(e) => change(i, { componentId: e.target.value })}
              >
                <option value="">–</option>
                {choices.map((p) => (
                  <option key={p.id} value={p.id}>{`${p.code} · ${p.name}`}</option>
                ))}
              </select>
              <RowError form={form} path={`components.${i}.componentId`} />
            </div>
            <div className="field">
              <label htmlFor={`part-${i}-price`}>{t('products.parts.share')}</label>
              <input
                id={`part-${i}-price`}
                inputMode="decimal"
                value={row.price}
                onChange={(e) => change(i, { price: e.target.value })}
              />
              <RowError form={form} path={`components.${i}.priceCents`} />
            </div>
            <div className="field">
              <label htmlFor={`part-${i}-vat`}>{t('product.vat')}</label>
              <select
                id={`part-${i}-vat`}
                value={row.vatCode}
                onChange={(e) => change(i, { vatCode: e.target.value })}
              >
                {VAT_CODES.map((code) => (
                  <option key={code} value={code}>
                    {t(`vat.${code}`)}
                  </option>
                ))}
              </select>
            </div>
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
            setRows([
              ...rows,
              { key: newRowKey(), componentId: '', price: '0,00', vatCode: 'exempt_training' },
            ])
          }
        >
          {t('products.parts.add')}
        </button>
        <button type="button" className="button primary" disabled={form.busy} onClick={() => void save()}>
          {t('products.parts.save')}
        </button>
      </div>
    </Section>
  );
}
