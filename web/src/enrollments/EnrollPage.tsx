import { type FormEvent, useId, useState } from 'react';
import { ApiProblem, api } from '../api/client.ts';
import type { ListOf, User } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';
import { LocationText, SeatsLeft } from '../catalog/SessionBits.tsx';
import { enrollmentOpen } from '../catalog/SessionPage.tsx';
import { dayIn, formatSessionTime } from '../catalog/session-time.ts';
import type { SessionDetail } from '../catalog/types.ts';
import { formatDate, formatEuros } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import type { PageProps } from '../routes.ts';
import { useMe } from '../session/session.tsx';
import { Link } from '../shell/router.tsx';
import { clauseText } from '../terms/DecisionView.tsx';
import { todayIn } from '../terms/zoned-time.ts';
import { Loaded } from '../ui/Loaded.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ProblemMessage } from '../ui/Problem.tsx';
import { Section } from '../ui/Section.tsx';
import { EnrollmentStatusBadge } from './EnrollmentStatusBadge.tsx';
import { FeeTimelineBlock } from './FeeTimelineBlock.tsx';
import { toTimelineRanges } from './fee-timeline.ts';
import type { EnrollBody, EnrollResult, TermsPreview } from './types.ts';

/**
 * The enroll form (issue 4, item 3): a learner enrolls themself, a customer admin one or more
 * employees with the company's purchase-order reference. Before anything is sent the form shows the
 * terms version that will govern the enrollment and what cancelling would cost day by day; the user
 * accepts that version explicitly, and the server refuses if another version came into force since.
 */
export function EnrollPage({ params }: PageProps) {
  const id = encodeURIComponent(params.id ?? '');
  const session = useApi<SessionDetail>(`/api/sessions/${id}`);
  const terms = useApi<TermsPreview>(`/api/sessions/${id}/enrollment-terms`);
  return (
    <Loaded result={session.result} reload={session.reload}>
      {(s) => (
        <Loaded result={terms.result} reload={terms.reload}>
          {(preview) => <EnrollForm session={s} terms={preview} />}
        </Loaded>
      )}
    </Loaded>
  );
}

interface NewLearner {
  name: string;
  email: string;
}

function EnrollForm({ session, terms }: { session: SessionDetail; terms: TermsPreview }) {
  const { t, locale, language } = useLanguage();
  const me = useMe();
  const isCustomerAdmin = me.user.role === 'customer_admin';
  const timeZone = session.provider.timeZone;
  const today = todayIn(timeZone);
  const full = session.seatsLeft <= 0;
  const priceCents = session.priceCents ?? session.product.priceCents;

  const [chosen, setChosen] = useState<string[]>([]);
  const [newLearners, setNewLearners] = useState<NewLearner[]>([]);
  const [purchaseOrderRef, setPurchaseOrderRef] = useState('');
  const [accepted, setAccepted] = useState(false);
  const [errors, setErrors] = useState<{ learners?: string; accept?: string }>({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [result, setResult] = useState<EnrollResult | null>(null);
  const acceptErrorId = useId();

  const when = formatSessionTime(session.startsAt, session.endsAt, locale, timeZone);

  if (result) return <EnrollDone session={session} result={result} when={when} />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: typeof errors = {};
    const learners = [
      ...chosen.map((userId) => ({ userId })),
      ...newLearners
        .filter((l) => l.name.trim() || l.email.trim())
        .map((l) => ({ name: l.name.trim(), email: l.email.trim(), locale: language })),
    ];
    if (isCustomerAdmin && learners.length === 0) found.learners = t('enroll.error.learners');
    if (!accepted) found.accept = t('enroll.error.accept');
    setErrors(found);
    if (found.learners) {
      document.getElementById('enroll-learners')?.focus();
      return;
    }
    if (found.accept) {
      document.getElementById('enroll-accept')?.focus();
      return;
    }
    const body: EnrollBody = {
      sessionId: session.id,
      acceptTerms: true,
      termsVersion: terms.version,
      waitlist: full,
      ...(isCustomerAdmin ? { learners } : {}),
      ...(isCustomerAdmin && purchaseOrderRef.trim() ? { purchaseOrderRef: purchaseOrderRef.trim() } : {}),
    };
    setBusy(true);
    setProblem(null);
    try {
      setResult(await api.post<EnrollResult>('/api/enrollments', body));
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error : new ApiProblem(0, 'about:blank', String(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/sessions/${session.id}`}>{t('enroll.back')}</Link>
      </p>
      <PageTitle>{t('enroll.title', { name: session.product.name })}</PageTitle>
      <dl className="facts lead-facts">
        <dt>{t('sessionInfo.when')}</dt>
        <dd>{when}</dd>
        <dt>{t('sessionInfo.where')}</dt>
        <dd>
          <LocationText location={session.location} />
        </dd>
        <dt>{t('sessionInfo.seatsLeft')}</dt>
        <dd>
          <SeatsLeft session={session} />
        </dd>
        <dt>{t('sessionInfo.price')}</dt>
        <dd>{formatEuros(priceCents, locale)}</dd>
      </dl>
      {!enrollmentOpen(session) ? <p className="notice">{t('sessionPage.closed')}</p> : null}
      {full ? (
        <p className="notice" role="note">
          {t('enroll.full')}
        </p>
      ) : null}

      <form onSubmit={submit} noValidate>
        {isCustomerAdmin ? (
          <Section title={t('enroll.who')}>
            <EmployeePicker
              chosen={chosen}
              onChange={setChosen}
              newLearners={newLearners}
              onNewLearners={setNewLearners}
              error={errors.learners}
            />
            <div className="field narrow">
              <label htmlFor="enroll-po">{t('enroll.purchaseOrder')}</label>
              <input
                id="enroll-po"
                value={purchaseOrderRef}
                onChange={(e) => setPurchaseOrderRef(e.target.value)}
                aria-describedby="enroll-po-hint"
                maxLength={100}
              />
              <p id="enroll-po-hint" className="field-hint">
                {t('enroll.purchaseOrder.hint')}
              </p>
            </div>
          </Section>
        ) : (
          <p>{t('enroll.self', { name: me.user.name })}</p>
        )}

        <Section title={t('enroll.terms')}>
          <p data-testid="terms-version">
            {t('enroll.terms.version', {
              key: terms.key,
              version: terms.version,
              from: formatDate(terms.effectiveFrom, locale),
            })}
          </p>
          {terms.cancellationClauses.length > 0 ? (
            <>
              <h3>{t('enroll.terms.clauses')}</h3>
              <ul className="clause-list">
                {terms.cancellationClauses.map((c) => (
                  <li key={`${c.document}#${c.article}`}>{clauseText(c)}</li>
                ))}
              </ul>
            </>
          ) : null}
          <h3>{t('terms.timeline')}</h3>
          <p className="muted">{t('enroll.terms.timelineIntro')}</p>
          <FeeTimelineBlock
            ranges={toTimelineRanges(terms.feeTimeline)}
            priceCents={priceCents}
            today={today}
            startDay={dayIn(session.startsAt, timeZone)}
          />
          <div className="field check accept">
            <input
              id="enroll-accept"
              type="checkbox"
              checked={accepted}
              onChange={(e) => setAccepted(e.target.checked)}
              aria-invalid={errors.accept ? true : undefined}
              aria-describedby={errors.accept ? acceptErrorId : undefined}
            />
            <label htmlFor="enroll-accept">
              {t('enroll.accept', { key: terms.key, version: terms.version })}
            </label>
          </div>
          {errors.accept ? (
            <p id={acceptErrorId} className="field-error">
              {errors.accept}
            </p>
          ) : null}
        </Section>

        {problem ? <ProblemMessage problem={problem} /> : null}
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('enroll.submitting') : full ? t('enroll.submitWaitlist') : t('enroll.submit')}
        </button>
      </form>
    </>
  );
}

/** The customer admin's employees (learners of the company), to tick, and people not yet in Klasse. */
function EmployeePicker({
  chosen,
  onChange,
  newLearners,
  onNewLearners,
  error,
}: {
  chosen: string[];
  onChange: (ids: string[]) => void;
  newLearners: NewLearner[];
  onNewLearners: (learners: NewLearner[]) => void;
  error: string | undefined;
}) {
  const { t } = useLanguage();
  const { result, reload } = useApi<ListOf<User>>('/api/users?role=learner');
  const errorId = useId();
  const toggle = (id: string, on: boolean) => onChange(on ? [...chosen, id] : chosen.filter((c) => c !== id));
  const setNew = (i: number, patch: Partial<NewLearner>) =>
    onNewLearners(newLearners.map((l, j) => (i === j ? { ...l, ...patch } : l)));
  return (
    <fieldset
      id="enroll-learners"
      tabIndex={-1}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{t('enroll.employees')}</legend>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      <Loaded result={result} reload={reload}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('enroll.noEmployees')}</p>
          ) : (
            <ul className="check-list">
              {items
                .filter((u) => !u.disabled)
                .map((u) => (
                  <li key={u.id} className="field check">
                    <input
                      id={`enroll-learner-${u.id}`}
                      type="checkbox"
                      checked={chosen.includes(u.id)}
                      onChange={(e) => toggle(u.id, e.target.checked)}
                    />
                    <label htmlFor={`enroll-learner-${u.id}`}>
                      {u.name} <span className="muted">({u.email})</span>
                    </label>
                  </li>
                ))}
            </ul>
          )
        }
      </Loaded>
      {newLearners.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are added at the end and never reordered
        <div key={i} className="form-grid new-learner">
          <div className="field">
            <label htmlFor={`enroll-new-name-${i}`}>{t('enroll.newName', { n: i + 1 })}</label>
            <input
              id={`enroll-new-name-${i}`}
              autoComplete="off"
              value={l.name}
              onChange={(e) => setNew(i, { name: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`enroll-new-email-${i}`}>{t('enroll.newEmail', { n: i + 1 })}</label>
            <input
              id={`enroll-new-email-${i}`}
              type="email"
              autoComplete="off"
              value={l.email}
              onChange={(e) => setNew(i, { email: e.target.value })}
            />
          </div>
        </div>
      ))}
      <button
        type="button"
        className="button secondary"
        onClick={() => onNewLearners([...newLearners, { name: '', email: '' }])}
      >
        {t('enroll.addNew')}
      </button>
    </fieldset>
  );
}

function EnrollDone({
  session,
  result,
  when,
}: {
  session: SessionDetail;
  result: EnrollResult;
  when: string;
}) {
  const { t } = useLanguage();
  return (
    <>
      <PageTitle>{t('enroll.done.title')}</PageTitle>
      <p className="lead">{t('enroll.done.lead', { name: session.product.name, when })}</p>
      <div className="card" role="status">
        <ul className="plain-list">
          {result.confirmed > 0 ? <li>{t('enroll.done.confirmed', { count: result.confirmed })}</li> : null}
          {result.pendingApproval > 0 ? (
            <li>{t('enroll.done.pending', { count: result.pendingApproval })}</li>
          ) : null}
          {result.waitlisted > 0 ? (
            <li>{t('enroll.done.waitlisted', { count: result.waitlisted })}</li>
          ) : null}
        </ul>
        {result.confirmed > 0 ? <p className="muted">{t('enroll.done.mail')}</p> : null}
      </div>
      <ul className="plain-list">
        {result.items.map((e, i) => (
          <li key={e.id}>
            <Link to={`/enrollments/${e.id}`}>{t('enroll.done.open', { n: i + 1 })}</Link>{' '}
            <EnrollmentStatusBadge status={e.status} />
          </li>
        ))}
      </ul>
      <p>
        <Link to="/enrollments">{t('nav.enrollments')}</Link>
      </p>
    </>
  );
}
