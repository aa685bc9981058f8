import type { ReactNode } from 'react';
import { PRODUCT_TYPE_LABELS } from '../i18n/dictionary.ts';
import { useLanguage } from '../i18n/language.tsx';
import {
  ATTENDANCE,
  type CancellationForm,
  type FormErrors,
  isSessionKind,
  PART_KINDS,
  type PartKind,
  REASONS,
} from './cancellation-form.ts';

type Patch = Partial<CancellationForm>;

/** The fields of a cancellation question: the product part, its dates, and the request. */
export function CancellationFields({
  form,
  errors,
  onChange,
}: {
  form: CancellationForm;
  errors: FormErrors;
  onChange: (patch: Patch) => void;
}) {
  const { t, language } = useLanguage();
  const session = isSessionKind(form.kind);

  return (
    <>
      <fieldset>
        <legend>{t('terms.group.part')}</legend>
        <div className="form-grid">
          <Field id="kind" label={t('terms.productType')} errors={errors}>
            <select
              id="terms-kind"
              value={form.kind}
              onChange={(e) => onChange({ kind: e.target.value as PartKind })}
            >
              {PART_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {PRODUCT_TYPE_LABELS[language][kind] ?? kind}
                </option>
              ))}
            </select>
          </Field>
          <Field id="price" label={t('terms.price')} errors={errors}>
            <input
              id="terms-price"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={form.price}
              onChange={(e) => onChange({ price: e.target.value })}
              {...invalid('price', errors)}
            />
          </Field>
          {session ? (
            <>
              <Field id="startDate" label={t('terms.startDate')} errors={errors}>
                <input
                  id="terms-startDate"
                  type="date"
                  value={form.startDate}
                  onChange={(e) => onChange({ startDate: e.target.value })}
                  {...invalid('startDate', errors)}
                />
              </Field>
              <Field id="startTime" label={t('terms.startTime')} errors={errors}>
                <input
                  id="terms-startTime"
                  type="time"
                  value={form.startTime}
                  onChange={(e) => onChange({ startTime: e.target.value })}
                  {...invalid('startTime', errors)}
                />
              </Field>
              <Field id="attendance" label={t('terms.attendance')} errors={errors}>
                <select
                  id="terms-attendance"
                  value={form.attendance}
                  onChange={(e) => onChange({ attendance: e.target.value as CancellationForm['attendance'] })}
                >
                  {ATTENDANCE.map((a) => (
                    <option key={a} value={a}>
                      {t(`terms.attendance.${a || 'none'}`)}
                    </option>
                  ))}
                </select>
              </Field>
              <Check
                id="previouslyRescheduled"
                label={t('terms.previouslyRescheduled')}
                checked={form.previouslyRescheduled}
                onChange={(v) => onChange({ previouslyRescheduled: v })}
              />
            </>
          ) : null}
          {form.kind === 'elearning' ? (
            <>
              <Field id="purchasedOn" label={t('terms.purchasedOn')} errors={errors}>
                <input
                  id="terms-purchasedOn"
                  type="date"
                  value={form.purchasedOn}
                  onChange={(e) => onChange({ purchasedOn: e.target.value })}
                  {...invalid('purchasedOn', errors)}
                />
              </Field>
              <Check
                id="started"
                label={t('terms.started')}
                checked={form.started}
                onChange={(v) => onChange({ started: v })}
              />
            </>
          ) : null}
          {form.kind === 'textbook' ? (
            <Check
              id="returnedUnused"
              label={t('terms.returnedUnused')}
              checked={form.returnedUnused}
              onChange={(v) => onChange({ returnedUnused: v })}
            />
          ) : null}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('terms.group.request')}</legend>
        <div className="form-grid">
          <Field id="requestDate" label={t('terms.requestDate')} errors={errors}>
            <input
              id="terms-requestDate"
              type="date"
              value={form.requestDate}
              onChange={(e) => onChange({ requestDate: e.target.value })}
              {...invalid('requestDate', errors)}
            />
          </Field>
          <Field id="requestTime" label={t('terms.requestTime')} errors={errors}>
            <input
              id="terms-requestTime"
              type="time"
              value={form.requestTime}
              onChange={(e) => onChange({ requestTime: e.target.value })}
              {...invalid('requestTime', errors)}
            />
          </Field>
          <Field id="reason" label={t('terms.reason')} errors={errors}>
            <select
              id="terms-reason"
              value={form.reason}
              onChange={(e) => onChange({ reason: e.target.value as CancellationForm['reason'] })}
            >
              {REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`terms.reason.${r || 'none'}`)}
                </option>
              ))}
            </select>
          </Field>
          {form.reason ? (
            <Field id="proofReceivedOn" label={t('terms.proofReceivedOn')} errors={errors}>
              <input
                id="terms-proofReceivedOn"
                type="date"
                value={form.proofReceivedOn}
                onChange={(e) => onChange({ proofReceivedOn: e.target.value })}
                {...invalid('proofReceivedOn', errors)}
              />
            </Field>
          ) : null}
        </div>
      </fieldset>
    </>
  );
}

function invalid(id: keyof CancellationForm, errors: FormErrors) {
  return errors[id] ? { 'aria-invalid': true, 'aria-describedby': `terms-${id}-error` } : {};
}

function Field({
  id,
  label,
  errors,
  children,
}: {
  id: keyof CancellationForm;
  label: string;
  errors: FormErrors;
  children: ReactNode;
}) {
  const { t } = useLanguage();
  const error = errors[id];
  return (
    <div className="field">
      <label htmlFor={`terms-${id}`}>{label}</label>
      {children}
      {error ? (
        <p id={`terms-${id}-error`} className="field-error">
          {t(error)}
        </p>
      ) : null}
    </div>
  );
}

function Check({
  id,
  label,
  checked,
  onChange,
}: {
  id: keyof CancellationForm;
  label: string;
  checked: boolean;
  onChange: (value: boolean) => void;
}) {
  return (
    <div className="field check">
      <input
        id={`terms-${id}`}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={`terms-${id}`}>{label}</label>
    </div>
  );
}
