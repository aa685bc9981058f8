import { type FormEvent, useId, useState } from 'react';
import { ApiProblem } from '../api/client.ts';
import { useLanguage } from '../i18n/language.tsx';
import { useSession } from '../session/session.tsx';
import { LanguageSwitch } from '../shell/LanguageSwitch.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ProblemMessage } from '../ui/Problem.tsx';

export function LoginPage() {
  const { t } = useLanguage();
  const { login } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const emailErrorId = useId();
  const passwordErrorId = useId();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await login(email, password);
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error : new ApiProblem(0, 'about:blank', String(error)));
      setBusy(false);
    }
  };

  const emailError = problem?.fieldError('email');
  const passwordError = problem?.fieldError('password');

  return (
    <div className="login-layout">
      <header className="login-header">
        <span className="brand">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <main id="main" className="login-card" tabIndex={-1}>
        <PageTitle>{t('login.title')}</PageTitle>
        <p className="muted">{t('login.intro')}</p>
        {problem ? (
          <ProblemMessage problem={problem} heading={t('login.failed')} fieldsShown={['email', 'password']} />
        ) : null}
        <form onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor="login-email">{t('login.email')}</label>
            <input
              id="login-email"
              name="email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-invalid={emailError ? true : undefined}
              aria-describedby={emailError ? emailErrorId : undefined}
            />
            {emailError ? (
              <p id={emailErrorId} className="field-error">
                {emailError}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor="login-password">{t('login.password')}</label>
            <input
              id="login-password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-invalid={passwordError ? true : undefined}
              aria-describedby={passwordError ? passwordErrorId : undefined}
            />
            {passwordError ? (
              <p id={passwordErrorId} className="field-error">
                {passwordError}
              </p>
            ) : null}
          </div>
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
