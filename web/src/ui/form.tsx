/**
 * The one helper behind the staff forms (issue 8): the values being edited, the busy state, and the
 * problem the server answered with, so each field shows its own error (problem+json `errors`, matched
 * on the field's path) and the rest goes to the message above the form. A check the browser makes
 * before sending (an amount that is not one) is reported the same way.
 */
import { type ReactNode, useCallback, useId, useState } from 'react';
import { ApiProblem, type ProblemFieldError } from '../api/client.ts';
import { useLanguage } from '../i18n/language.tsx';
import { ProblemMessage } from './Problem.tsx';

type Values = Record<string, string | boolean>;
type KeysOf<V, T> = { [K in keyof V]: V[K] extends T ? K : never }[keyof V] & string;

export interface Form<V extends Values> {
  values: V;
  set: <K extends keyof V>(name: K, value: V[K]) => void;
  reset: (values: V) => void;
  problem: ApiProblem | null;
  busy: boolean;
  /** Runs `action` (an API call); a problem it throws is kept for the fields. True when it succeeded. */
  submit: (action: () => Promise<void>) => Promise<boolean>;
  /** Shows errors found before sending, as if the server had answered them. */
  reject: (errors: ProblemFieldError[]) => void;
  error: (path: string) => string | undefined;
}

function asProblem(error: unknown): ApiProblem {
  return error instanceof ApiProblem ? error : new ApiProblem(0, 'about:blank', String(error));
}

export function useForm<V extends Values>(initial: V): Form<V> {
  const [values, setValues] = useState(initial);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const set = useCallback(
    <K extends keyof V>(name: K, value: V[K]) => setValues((v) => ({ ...v, [name]: value })),
    [],
  );
  const submit = async (action: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
      return true;
    } catch (error) {
      setProblem(asProblem(error));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return {
    values,
    set,
    reset: setValues,
    problem,
    busy,
    submit,
    reject: (errors) =>
      setProblem(new ApiProblem(400, 'https://klasse.dev/problems/validation-failed', '', undefined, errors)),
    error: (path) => problem?.fieldError(path),
  };
}

/** The form's problem, without the field errors shown beside their own input. */
export function FormProblem<V extends Values>({
  form,
  heading,
  alsoShown = [],
}: {
  form: Form<V>;
  heading?: string | undefined;
  /** Paths shown beside inputs that are not among the form's values (rows of a list). */
  alsoShown?: readonly string[];
}) {
  if (!form.problem) return null;
  return (
    <ProblemMessage
      problem={form.problem}
      heading={heading}
      fieldsShown={[...Object.keys(form.values), ...alsoShown]}
    />
  );
}

function Field({
  id,
  label,
  hint,
  error,
  wide,
  children,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  error: string | undefined;
  wide?: boolean | undefined;
  children: ReactNode;
}) {
  return (
    <div className={wide ? 'field wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

interface FieldProps<V extends Values, K> {
  form: Form<V>;
  name: K;
  label: string;
  hint?: string;
  wide?: boolean;
}

export function TextField<V extends Values>({
  form,
  name,
  label,
  hint,
  wide,
  type = 'text',
  inputMode,
  multiline,
}: FieldProps<V, KeysOf<V, string>> & {
  type?: 'text' | 'url' | 'number' | 'datetime-local' | 'search';
  inputMode?: 'decimal' | 'numeric';
  multiline?: boolean;
}) {
  const id = useId();
  const error = form.error(name);
  const common = {
    id,
    name,
    value: form.values[name] as string,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, hint, error),
  };
  return (
    <Field id={id} label={label} hint={hint} error={error} wide={wide}>
      {multiline ? (
        <textarea {...common} rows={4} onChange={(e) => form.set(name, e.target.value as V[typeof name])} />
      ) : (
        <input
          {...common}
          type={type}
          inputMode={inputMode}
          onChange={(e) => form.set(name, e.target.value as V[typeof name])}
        />
      )}
    </Field>
  );
}

export function SelectField<V extends Values>({
  form,
  name,
  label,
  hint,
  wide,
  options,
}: FieldProps<V, KeysOf<V, string>> & { options: readonly { value: string; label: string }[] }) {
  const id = useId();
  const error = form.error(name);
  return (
    <Field id={id} label={label} hint={hint} error={error} wide={wide}>
      <select
        id={id}
        name={name}
        value={form.values[name] as string}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => form.set(name, e.target.value as V[typeof name])}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function CheckField<V extends Values>({ form, name, label, hint }: FieldProps<V, KeysOf<V, boolean>>) {
  const id = useId();
  const error = form.error(name);
  return (
    <div className="field check">
      <label htmlFor={id}>
        <input
          id={id}
          name={name}
          type="checkbox"
          checked={form.values[name] as boolean}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(e) => form.set(name, e.target.checked as V[typeof name])}
        />{' '}
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The submit button, saying it is busy while the request runs. */
export function SubmitButton<V extends Values>({ form, label }: { form: Form<V>; label: string }) {
  const { t } = useLanguage();
  return (
    <button type="submit" className="button primary" disabled={form.busy}>
      {form.busy ? t('staffForm.saving') : label}
    </button>
  );
}
