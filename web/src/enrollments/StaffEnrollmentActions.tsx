import { type FormEvent, useState } from 'react';
import { ApiProblem, api } from '../api/client.ts';
import { useLanguage } from '../i18n/language.tsx';
import { todayIn } from '../terms/zoned-time.ts';
import { ProblemMessage } from '../ui/Problem.tsx';
import { Section } from '../ui/Section.tsx';
import { notesText } from './terms-notes.ts';
import type { EnrollmentDetail } from './types.ts';

/**
 * What only staff record on an enrollment: that the proof for a held cancellation arrived (the fee
 * is then decided again), and that the course fee is paid, where the enrollment's terms make that
 * the condition to reschedule (`conditions.reschedule`, from the terms engine's change_conditions).
 */
export function StaffEnrollmentActions({
  enrollment,
  timeZone,
  onDone,
}: {
  enrollment: EnrollmentDetail;
  timeZone: string;
  onDone: () => void;
}) {
  const { t, locale } = useLanguage();
  const [receivedOn, setReceivedOn] = useState(() => todayIn(timeZone));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  /** `reload`: the enrollment's page changes (a proof decides the fee again); paying shows nothing new. */
  const run = async (path: string, body: unknown, done: string, reload: boolean) => {
    setBusy(true);
    setProblem(null);
    setMessage(null);
    try {
      await api.post(`/api/enrollments/${enrollment.id}/${path}`, body);
      setMessage(done);
      if (reload) onDone();
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error : new ApiProblem(0, 'about:blank', String(error)));
    } finally {
      setBusy(false);
    }
  };

  const recordProof = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run('cancellation/proof', receivedOn ? { receivedOn } : {}, t('staffActions.proof.done'), true);
  };

  const live = enrollment.status === 'confirmed' || enrollment.status === 'pending_approval';
  const payFirst = enrollment.conditions.reschedule;
  if (enrollment.status !== 'cancellation_pending' && !(live && payFirst.feePaidFirst)) return null;
  return (
    <Section title={t('staffActions.title')}>
      {problem ? <ProblemMessage problem={problem} /> : null}
      <p role="status" className={message ? 'notice' : 'visually-hidden'}>
        {message ?? ''}
      </p>
      {enrollment.status === 'cancellation_pending' ? (
        <form onSubmit={recordProof} noValidate>
          <p className="muted">
            {notesText(enrollment.conditions.cancellation.notes, locale)} {t('staffActions.proof.intro')}
          </p>
          <div className="field narrow">
            <label htmlFor="proof-received-on">{t('staffActions.proof.receivedOn')}</label>
            <input
              id="proof-received-on"
              type="date"
              value={receivedOn}
              onChange={(e) => setReceivedOn(e.target.value)}
            />
          </div>
          <button type="submit" className="button primary" disabled={busy}>
            {t('staffActions.proof.submit')}
          </button>
        </form>
      ) : (
        <>
          <p className="muted">{notesText(payFirst.notes, locale)}</p>
          <button
            type="button"
            className="button secondary"
            disabled={busy}
            onClick={() => run('course-fee-paid', { paid: true }, t('staffActions.paid.done'), false)}
          >
            {t('staffActions.paid.submit')}
          </button>
        </>
      )}
    </Section>
  );
}
