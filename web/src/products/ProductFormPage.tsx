import { type FormEvent, useState } from 'react';
import { api } from '../api/client.ts';
import { useApi } from '../api/useApi.ts';
import type { CatalogDetail, Product } from '../catalog/types.ts';
import { PRODUCT_TYPE_LABELS } from '../i18n/dictionary.ts';
import { useLanguage } from '../i18n/language.tsx';
import type { PageProps } from '../routes.ts';
import { Link, navigate } from '../shell/router.tsx';
import { CheckField, FormProblem, SelectField, SubmitButton, TextField, useForm } from '../ui/form.tsx';
import { Loaded } from '../ui/Loaded.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { PackagePartsSection } from './PackagePartsSection.tsx';
import { PrerequisitesSection } from './PrerequisitesSection.tsx';
import { NEW_PRODUCT, PRODUCT_TYPES, productBody, productValues, VAT_CODES } from './product-form.ts';

/** Adding a product of any type (/products/new) or changing one with its parts and prerequisites. */
export function ProductFormPage({ params }: PageProps) {
  const { t } = useLanguage();
  return (
    <>
      <p className="breadcrumb">
        <Link to="/products">{t('products.back')}</Link>
      </p>
      {params.id ? <EditProduct id={params.id} /> : <ProductForm product={null} onSaved={() => {}} />}
    </>
  );
}

function EditProduct({ id }: { id: string }) {
  const { result, reload } = useApi<CatalogDetail>(`/api/catalog/${encodeURIComponent(id)}`);
  return (
    <Loaded result={result} reload={reload}>
      {(detail) => (
        <>
          <ProductForm product={detail} onSaved={reload} />
          {detail.type === 'package' ? <PackagePartsSection pkg={detail} onSaved={reload} /> : null}
          <PrerequisitesSection product={detail} onSaved={reload} />
        </>
      )}
    </Loaded>
  );
}

function ProductForm({ product, onSaved }: { product: Product | null; onSaved: () => void }) {
  const { t, language } = useLanguage();
  const form = useForm(product ? productValues(product) : NEW_PRODUCT);
  const [saved, setSaved] = useState(false);
  const v = form.values;

  const send = async (values: typeof v) => {
    setSaved(false);
    const result = productBody(values, product === null, t('staffForm.notAnAmount'));
    if (!result.ok) return form.reject(result.errors);
    const done = await form.submit(async () => {
      if (!product) {
        navigate(`/products/${(await api.post<Product>('/api/catalog', result.body)).id}`);
        return;
      }
      form.reset(productValues(await api.patch<Product>(`/api/catalog/${product.id}`, result.body)));
    });
    if (done && product) {
      setSaved(true);
      onSaved();
    }
  };
  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send(v);
  };

  return (
    <>
      <PageTitle>{product ? product.name : t('products.new')}</PageTitle>
      <FormProblem form={form} heading={t('staffForm.failed')} />
      {saved ? (
        <p className="notice success" role="status">
          {t('staffForm.saved')}
        </p>
      ) : null}
      <form className="card" onSubmit={save} noValidate>
        <div className="form-grid">
          {product ? null : (
            <>
              <TextField form={form} name="code" label={t('catalog.code')} hint={t('products.code.hint')} />
              <SelectField
                form={form}
                name="type"
                label={t('catalog.type')}
                options={PRODUCT_TYPES.map((type) => ({
                  value: type,
                  label: PRODUCT_TYPE_LABELS[language][type] ?? type,
                }))}
              />
            </>
          )}
          <TextField form={form} name="name" label={t('catalog.name')} wide />
          <TextField
            form={form}
            name="priceCents"
            inputMode="decimal"
            label={t('catalogPage.price')}
            hint={v.type === 'package' ? t('products.price.packageHint') : t('products.price.hint')}
          />
          <SelectField
            form={form}
            name="vatCode"
            label={t('product.vat')}
            options={VAT_CODES.map((code) => ({ value: code, label: t(`vat.${code}`) }))}
          />
          <TextField form={form} name="durationMinutes" inputMode="numeric" label={t('products.duration')} />
          {v.type === 'exam' ? (
            <>
              <SelectField
                form={form}
                name="examDelivery"
                label={t('product.exam')}
                options={[
                  { value: '', label: '–' },
                  { value: 'own', label: t('product.exam.own') },
                  { value: 'external', label: t('product.exam.external') },
                ]}
              />
              <SelectField
                form={form}
                name="examFormat"
                label={t('products.examFormat')}
                options={[
                  { value: '', label: '–' },
                  { value: 'computer', label: t('product.exam.computer') },
                  { value: 'paper', label: t('product.exam.paper') },
                ]}
              />
            </>
          ) : null}
          <TextField form={form} name="description" label={t('product.description')} multiline wide />
          <TextField form={form} name="programme" label={t('product.programme')} multiline wide />
        </div>
        <CheckField
          form={form}
          name="published"
          label={t('products.published')}
          hint={t('products.published.hint')}
        />
        <CheckField
          form={form}
          name="reschedulesAsCancellation"
          label={t('products.reschedulesAsCancellation')}
        />
        <CheckField form={form} name="proofOfParticipation" label={t('products.proofOfParticipation')} />
        <p className="muted">{t('products.termsNote')}</p>
        <div className="button-row">
          <SubmitButton form={form} label={product ? t('staffForm.save') : t('products.create')} />
          {product ? (
            <button
              type="button"
              className="button secondary"
              disabled={form.busy}
              onClick={() => void send({ ...productValues(product), published: !product.published })}
            >
              {product.published ? t('products.archive') : t('products.restore')}
            </button>
          ) : null}
        </div>
      </form>
    </>
  );
}
