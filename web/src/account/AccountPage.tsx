import { type FormEvent, useId, useState } from 'react';
import { ApiProblem, api } from '../api/client.ts';
import { useLanguage } from '../i18n/language.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ProblemMessage } from '../ui/Problem.tsx';
import { Section } from '../ui/Section.tsx';
import { type PasswordFormProblem, passwordFormProblem } from './password-form.ts';

/** The signed-in user's own account: for now, changing their password (issue 12, item 5). */
export function AccountPage() {
  const { t } = useLanguage();
  return (
    <>
      <PageTitle>{t('account.title')}</PageTitle>
      <ChangePasswordForm />
    </>
  );
}

function ChangePasswordForm() {
  const { t } = useLanguage();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [localError, setLocalError] = useState<PasswordFormProblem | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(false);
    setProblem(null);
    const local = passwordFormProblem(newPassword, repeat);
    setLocalError(local?.label ?? null);
    if (local) return;
    setBusy(true);
    try {
      await api.post('/api/me/password', { currentPassword, newPassword });
      setCurrentPassword('');
      setNewPassword('');
      setRepeat('');
      setDone(true);
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error : new ApiProblem(0, 'about:blank', String(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title={t('account.password.heading')}>
      <p className="muted">{t('account.password.intro')}</p>
      {problem ? (
        <ProblemMessage
          problem={problem}
          heading={t('account.password.failed')}
          fieldsShown={['currentPassword', 'newPassword']}
        />
      ) : null}
      {done ? (
        <p className="notice success" role="status">
          {t('account.password.done')}
        </p>
      ) : null}
      <form onSubmit={submit} noValidate>
        <PasswordField
          name="currentPassword"
          label={t('account.password.current')}
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrentPassword}
          error={problem?.fieldError('currentPassword')}
        />
        <PasswordField
          name="newPassword"
          label={t('account.password.new')}
          autoComplete="new-password"
          value={newPassword}
          onChange={setNewPassword}
          error={
            localError === 'account.password.tooShort' ? t(localError) : problem?.fieldError('newPassword')
          }
        />
        <PasswordField
          name="repeatPassword"
          label={t('account.password.repeat')}
          autoComplete="new-password"
          value={repeat}
          onChange={setRepeat}
          error={localError === 'account.password.mismatch' ? t(localError) : undefined}
        />
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('account.password.submitting') : t('account.password.submit')}
        </button>
      </form>
    </Section>
  );
}

function PasswordField(props: {
  name: string;
  label: string;
  autoComplete: 'current-password' | 'new-password';
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const inputId = useId();
  const errorId = useId();
  return (
    <div className="field">
      <label htmlFor={inputId}>{props.label}</label>
      <input
        id={inputId}
        name={props.name}
        type="password"
        autoComplete={props.autoComplete}
        required
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId : undefined}
      />
      {props.error ? (
        <p id={errorId} className="field-error">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
