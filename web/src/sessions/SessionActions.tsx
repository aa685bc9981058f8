import { api } from '../api/client.ts';
import type { SessionDetail } from '../catalog/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import { Link } from '../shell/router.tsx';
import { useForm } from '../ui/form.tsx';
import { ProblemMessage } from '../ui/Problem.tsx';

/**
 * What staff do with a session besides cancelling it (that is the go/no-go section below): change
 * it, and confirm a planned one ("go"), after which learners see it as confirmed.
 */
export function SessionActions({ session, onChanged }: { session: SessionDetail; onChanged: () => void }) {
  const { t } = useLanguage();
  const form = useForm({});
  if (session.status === 'cancelled' || session.status === 'completed') return null;
  return (
    <>
      {form.problem ? <ProblemMessage problem={form.problem} /> : null}
      <div className="button-row">
        <Link to={`/planning/${session.id}/edit`} className="button secondary">
          {t('sessionForm.edit')}
        </Link>
        {session.status === 'planned' ? (
          <button
            type="button"
            className="button primary"
            disabled={form.busy}
            onClick={async () => {
              if (
                await form.submit(() =>
                  api.post(`/api/sessions/${session.id}/status`, { status: 'confirmed' }),
                )
              )
                onChanged();
            }}
          >
            {t('sessionForm.confirm')}
          </button>
        ) : null}
      </div>
    </>
  );
}
