import { type FormEvent, type ReactNode, useState } from 'react';
import { ApiProblem, api } from '../api/client.ts';
import type { ListOf, User } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';
import { dayIn, formatSessionTime } from '../catalog/session-time.ts';
import type { CatalogDetail, SessionDetail } from '../catalog/types.ts';
import { formatEuros } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import type { PageProps } from '../routes.ts';
import { Link, navigate } from '../shell/router.tsx';
import { todayIn } from '../terms/zoned-time.ts';
import { Loaded } from '../ui/Loaded.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ProblemMessage } from '../ui/Problem.tsx';
import { Section } from '../ui/Section.tsx';
import { ChangeDecision } from './ChangeDecision.tsx';
import { FeeTimelineBlock } from './FeeTimelineBlock.tsx';
import { toTimelineRanges } from './fee-timeline.ts';
import { LedgerTable } from './LedgerTable.tsx';
import { notesText } from './terms-notes.ts';
import type { ChangeKind, ChangePreview, ChangeResult, EnrollmentDetail } from './types.ts';

type CustomerChange = Exclude<ChangeKind, 'provider_cancellation'>;

type Reason = '' | 'death' | 'hospital_admission' | 'sick_report';

/** The problem type the server answers when the fee changed between preview and confirm. */
const FEE_CHANGED = 'https://klasse.dev/problems/change-fee-changed';

export const CancelPage = (props: PageProps) => <ChangePage {...props} kind="cancellation" />;
export const ReschedulePage = (props: PageProps) => <ChangePage {...props} kind="reschedule" />;
export const SubstitutePage = (props: PageProps) => <ChangePage {...props} kind="substitution" />;

/**
 * Reschedule, cancel or substitute (issue 4, items 6 and 7): the user says what they want, sees the
 * fee in euros, the clauses, the explanation and the fee timeline, and only then confirms; the
 * confirm carries the fee shown, so it is refused if the fee changed in between.
 */
function ChangePage({ params, kind }: PageProps & { kind: CustomerChange }) {
  const id = encodeURIComponent(params.id ?? '');
  const enrollment = useApi<EnrollmentDetail>(`/api/enrollments/${id}`);
  return (
    <Loaded result={enrollment.result} reload={enrollment.reload}>
      {(e) => <SessionLoader enrollment={e} kind={kind} />}
    </Loaded>
  );
}

function SessionLoader({ enrollment, kind }: { enrollment: EnrollmentDetail; kind: CustomerChange }) {
  const session = useApi<SessionDetail>(`/api/sessions/${enrollment.sessionId}`);
  return (
    <Loaded result={session.result} reload={session.reload}>
      {(s) => <ChangeForm enrollment={enrollment} session={s} kind={kind} />}
    </Loaded>
  );
}

function ChangeForm({
  enrollment,
  session,
  kind,
}: {
  enrollment: EnrollmentDetail;
  session: SessionDetail;
  kind: CustomerChange;
}) {
  const { t, locale } = useLanguage();
  const timeZone = session.provider.timeZone;
  const [reason, setReason] = useState<Reason>('');
  const [target, setTarget] = useState('');
  const [targetError, setTargetError] = useState(false);
  const [preview, setPreview] = useState<ChangePreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const apiPath = `/api/enrollments/${enrollment.id}/${kind}`;

  const body = (): Record<string, unknown> =>
    kind === 'cancellation'
      ? reason
        ? { reason }
        : {}
      : kind === 'reschedule'
        ? { sessionId: target }
        : { learnerId: target };

  const asProblem = (error: unknown) =>
    error instanceof ApiProblem ? error : new ApiProblem(0, 'about:blank', String(error));

  const showPreview = async (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    if (kind !== 'cancellation' && !target) {
      setTargetError(true);
      document.getElementById('change-target')?.focus();
      return;
    }
    setTargetError(false);
    setBusy(true);
    setProblem(null);
    try {
      setPreview(await api.post<ChangePreview>(`${apiPath}/preview`, body()));
    } catch (error) {
      setPreview(null);
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!preview) return;
    setBusy(true);
    setProblem(null);
    try {
      const result = await api.post<ChangeResult>(apiPath, {
        ...body(),
        previewedFeeCents: preview.decision.feeCents,
      });
      navigate(`/enrollments/${result.newEnrollmentId ?? result.enrollmentId}`);
    } catch (error) {
      const p = asProblem(error);
      setProblem(p);
      // The fee moved on (a day passed, a seat was taken): show the new one before asking again.
      if (p.type === FEE_CHANGED) await showPreview();
    } finally {
      setBusy(false);
    }
  };

  const reset = () => setPreview(null);
  const conditionNotes =
    kind === 'reschedule'
      ? enrollment.conditions.reschedule.notes
      : kind === 'substitution'
        ? enrollment.conditions.substitution.notes
        : [];
  const today = todayIn(timeZone);

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/enrollments/${enrollment.id}`}>{t('change.back')}</Link>
      </p>
      <PageTitle>{`${t(`change.title.${kind}`)}: ${session.product.name}`}</PageTitle>
      <p className="lead">{formatSessionTime(session.startsAt, session.endsAt, locale, timeZone)}</p>

      <form className="card" onSubmit={showPreview} noValidate aria-labelledby="change-choose">
        <h2 id="change-choose">{t('change.step.choose')}</h2>
        {kind === 'cancellation' ? (
          // The reasons and their note are the terms' own (change_conditions); terms without them: none.
          enrollment.conditions.cancellation.reasons.length > 0 ? (
            <div className="field narrow">
              <label htmlFor="change-reason">{t('change.reason')}</label>
              <select
                id="change-reason"
                value={reason}
                onChange={(e) => {
                  setReason(e.target.value as Reason);
                  reset();
                }}
                aria-describedby="change-reason-hint"
              >
                {['', ...enrollment.conditions.cancellation.reasons].map((r) => (
                  // The engine's reasons are death, hospital_admission, sick_report (EXCEPTION_REASONS).
                  <option key={r} value={r}>
                    {t(r ? `change.reason.${r as Exclude<Reason, ''>}` : 'change.reason.none')}
                  </option>
                ))}
              </select>
              <p id="change-reason-hint" className="field-hint">
                {notesText(enrollment.conditions.cancellation.notes, locale)}
              </p>
            </div>
          ) : null
        ) : kind === 'reschedule' ? (
          <SessionChoice
            timeZone={timeZone}
            productId={session.product.id}
            currentId={session.id}
            value={target}
            error={targetError}
            onChange={(v) => {
              setTarget(v);
              reset();
            }}
          />
        ) : (
          <ColleagueChoice
            learnerId={enrollment.learnerId}
            value={target}
            error={targetError}
            onChange={(v) => {
              setTarget(v);
              reset();
            }}
          />
        )}
        {conditionNotes.length > 0 ? <p className="field-hint">{notesText(conditionNotes, locale)}</p> : null}
        <button type="submit" className="button secondary" disabled={busy}>
          {busy && !preview ? t('change.previewing') : t('change.preview')}
        </button>
      </form>

      {problem ? <ProblemMessage problem={problem} /> : null}

      <p role="status" className="visually-hidden">
        {preview
          ? t('change.status', {
              fee: formatEuros(preview.decision.feeCents, locale),
              outcome: t(`terms.outcome.${preview.decision.outcome}`),
            })
          : ''}
      </p>
      {preview ? (
        <>
          <Section title={t('change.previewHeading')}>
            <ChangeDecision decision={preview.decision} terms={preview.terms} />
            {preview.ledger.length > 0 ? (
              <LedgerTable lines={preview.ledger} caption={t('change.ledger')} />
            ) : null}
          </Section>
          {preview.feeTimeline.some((p) => p.ranges.length > 0) ? (
            <Section title={t('terms.timeline')}>
              <p className="muted">{t('change.timelineIntro')}</p>
              {preview.feeTimeline.map((part) => (
                <FeeTimelineBlock
                  key={part.part}
                  heading={preview.feeTimeline.length > 1 ? t('change.part', { part: part.part }) : undefined}
                  ranges={toTimelineRanges(part.ranges)}
                  priceCents={part.priceCents}
                  today={preview.decision.dates.requestDay ?? today}
                  startDay={dayIn(session.startsAt, timeZone)}
                />
              ))}
            </Section>
          ) : null}
          {preview.canConfirm ? (
            <button type="button" className="button primary" disabled={busy} onClick={confirm}>
              {busy
                ? t('change.confirming')
                : t(`change.confirm.${kind}`, { fee: formatEuros(preview.decision.feeCents, locale) })}
            </button>
          ) : (
            <p className="notice" role="status">
              {t('change.cannot')}
            </p>
          )}
        </>
      ) : null}
    </>
  );
}

/** Later sessions of the same product with a seat, from the public catalog's upcoming sessions. */
function SessionChoice({
  timeZone,
  ...props
}: {
  timeZone: string;
  productId: string;
  currentId: string;
  value: string;
  error: boolean;
  onChange: (id: string) => void;
}) {
  const { t, locale } = useLanguage();
  const { result, reload } = useApi<CatalogDetail>(`/api/catalog/${props.productId}`);
  return (
    <Loaded result={result} reload={reload}>
      {(product) => {
        const options = product.upcomingSessions.filter((s) => s.id !== props.currentId && s.seatsLeft > 0);
        if (options.length === 0) return <p>{t('change.newSession.none')}</p>;
        return (
          <ChoiceField label={t('change.newSession')} {...props}>
            {options.map((s) => (
              <option key={s.id} value={s.id}>
                {`${formatSessionTime(s.startsAt, s.endsAt, locale, timeZone)} · ${s.location?.city ?? ''} · ${t('sessionInfo.seatsLeftCount', { count: s.seatsLeft, capacity: s.capacity })}`}
              </option>
            ))}
          </ChoiceField>
        );
      }}
    </Loaded>
  );
}

/** Colleagues of the same company who could take the place (plusport-cursusvoorwaarden#14.8). */
function ColleagueChoice(props: {
  learnerId: string;
  value: string;
  error: boolean;
  onChange: (id: string) => void;
}) {
  const { t } = useLanguage();
  const { result, reload } = useApi<ListOf<User>>('/api/users?role=learner');
  return (
    <Loaded result={result} reload={reload}>
      {({ items }) => (
        <ChoiceField label={t('change.colleague')} {...props}>
          {items
            .filter((u) => u.id !== props.learnerId && !u.disabled)
            .map((u) => (
              <option key={u.id} value={u.id}>
                {`${u.name} (${u.email})`}
              </option>
            ))}
        </ChoiceField>
      )}
    </Loaded>
  );
}

function ChoiceField({
  label,
  value,
  error,
  onChange,
  children,
}: {
  label: string;
  value: string;
  error: boolean;
  onChange: (id: string) => void;
  children: ReactNode;
}) {
  const { t } = useLanguage();
  return (
    <div className="field narrow">
      <label htmlFor="change-target">{label}</label>
      <select
        id="change-target"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'change-target-error' : undefined}
      >
        <option value="">{t('change.colleague.choose')}</option>
        {children}
      </select>
      {error ? (
        <p id="change-target-error" className="field-error">
          {t('change.error.choose')}
        </p>
      ) : null}
    </div>
  );
}
