import { type FormEvent, useMemo, useState } from 'react';
import { ApiProblem, api } from '../api/client.ts';
import type { ListOf, Product } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';
import { PRODUCT_TYPE_LABELS } from '../i18n/dictionary.ts';
import { formatDate, formatEuros } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { useMe } from '../session/session.tsx';
import { Loaded } from '../ui/Loaded.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ProblemMessage } from '../ui/Problem.tsx';
import { Section } from '../ui/Section.tsx';
import { CancellationFields } from './CancellationFields.tsx';
import {
  type BuiltQuestion,
  buildQuestion,
  type CancellationForm,
  defaultForm,
  type FormErrors,
  PART_KINDS,
  type PartKind,
  timelineWindow,
} from './cancellation-form.ts';
import { DecisionView } from './DecisionView.tsx';
import { type ChartMarker, FeeTimelineChart } from './FeeTimelineChart.tsx';
import { TimelineTable } from './TimelineTable.tsx';
import type { EvaluateResponse, TermsListingView, TimelineResponse } from './types.ts';
import { todayIn } from './zoned-time.ts';

/** The question types this page can ask; each later one adds its fields component here. */
const QUESTION_TYPES = ['cancellation'] as const;

interface Answer {
  evaluated: EvaluateResponse;
  timeline: TimelineResponse | null;
  built: BuiltQuestion;
  requestDate: string;
  today: string;
}

/**
 * Staff ask a provider's terms a question (issue 3, item 6): which terms, which question, which
 * product part and dates; the page shows the decision with its clauses and, for a session, the fee
 * timeline as a chart.
 */
export function TermsPage() {
  const { t } = useLanguage();
  const { result, reload } = useApi<ListOf<TermsListingView>>('/api/terms');
  return (
    <>
      <PageTitle>{t('terms.title')}</PageTitle>
      <p className="lead">{t('terms.intro')}</p>
      <Loaded result={result} reload={reload}>
        {({ items }) => (items.length === 0 ? <p>{t('terms.none')}</p> : <TermsQuestion listings={items} />)}
      </Loaded>
    </>
  );
}

function TermsQuestion({ listings }: { listings: TermsListingView[] }) {
  const { t, language, locale } = useLanguage();
  const me = useMe();
  const timeZone = me.provider?.timeZone ?? 'Europe/Amsterdam';
  const today = todayIn(timeZone);
  const catalog = useApi<ListOf<Product>>('/api/catalog');
  const products = catalog.result.state === 'loaded' ? catalog.result.data.items : [];

  const ownTerms = me.provider?.termsProviderId;
  const [termsKey, setTermsKey] = useState(
    listings.some((l) => l.provider === ownTerms) ? (ownTerms ?? '') : (listings[0]?.provider ?? ''),
  );
  const [version, setVersion] = useState('');
  const [questionType, setQuestionType] = useState<(typeof QUESTION_TYPES)[number]>('cancellation');
  const [productId, setProductId] = useState('');
  const [form, setForm] = useState<CancellationForm>(() => defaultForm(today));
  const [errors, setErrors] = useState<FormErrors>({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);

  const listing = listings.find((l) => l.provider === termsKey);
  const partProducts = useMemo(
    () =>
      products.filter((p): p is Product & { type: PartKind } =>
        (PART_KINDS as readonly string[]).includes(p.type),
      ),
    [products],
  );

  const chooseProduct = (id: string) => {
    setProductId(id);
    const product = partProducts.find((p) => p.id === id);
    if (product) {
      setForm((f) => ({
        ...f,
        kind: product.type,
        price: formatEuros(product.priceCents, locale).replace(/[^\d,.]/g, ''),
      }));
    }
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    const checked = buildQuestion(form, timeZone, today);
    if (!checked.ok) {
      setErrors(checked.errors);
      const firstBad = Object.keys(checked.errors)[0];
      if (firstBad) document.getElementById(`terms-${firstBad}`)?.focus();
      return;
    }
    setErrors({});
    setBusy(true);
    const terms = version ? { provider: termsKey, version } : { provider: termsKey };
    const span = timelineWindow(checked.built, form.requestDate);
    try {
      const [evaluated, timeline] = await Promise.all([
        api.post<EvaluateResponse>('/api/terms/evaluate', { terms, question: checked.built.question }),
        span
          ? api.post<TimelineResponse>('/api/terms/timeline', {
              terms,
              part: checked.built.part,
              on: form.requestDate,
              ...span,
            })
          : Promise.resolve(null),
      ]);
      setAnswer({ evaluated, timeline, built: checked.built, requestDate: form.requestDate, today });
    } catch (error) {
      setAnswer(null);
      setProblem(error instanceof ApiProblem ? error : new ApiProblem(0, 'about:blank', String(error)));
    } finally {
      setBusy(false);
    }
  };

  const markers: ChartMarker[] = answer
    ? [
        {
          kind: 'request',
          date: answer.requestDate,
          label: `${t('terms.timeline.request')} ${formatDate(answer.requestDate, locale, 'dayMonth')}`,
        },
        ...(answer.today !== answer.requestDate
          ? [
              {
                kind: 'today' as const,
                date: answer.today,
                label: `${t('terms.timeline.today')} ${formatDate(answer.today, locale, 'dayMonth')}`,
              },
            ]
          : []),
        ...(answer.built.anchorDay && answer.built.part.kind !== 'elearning'
          ? [
              {
                kind: 'start' as const,
                date: answer.built.anchorDay,
                label: `${t('terms.timeline.start')} ${formatDate(answer.built.anchorDay, locale, 'dayMonth')}`,
              },
            ]
          : []),
      ]
    : [];

  return (
    <>
      <form className="card terms-form" onSubmit={submit} noValidate aria-labelledby="terms-form-title">
        <h2 id="terms-form-title" className="visually-hidden">
          {t('terms.question')}
        </h2>
        <fieldset>
          <legend>{t('terms.group.terms')}</legend>
          <div className="form-grid">
            <div className="field">
              <label htmlFor="terms-provider">{t('terms.provider')}</label>
              <select
                id="terms-provider"
                value={termsKey}
                onChange={(e) => {
                  setTermsKey(e.target.value);
                  setVersion('');
                }}
              >
                {listings.map((l) => (
                  <option key={l.provider} value={l.provider}>
                    {l.name} ({l.provider})
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="terms-version">{t('terms.version')}</label>
              <select id="terms-version" value={version} onChange={(e) => setVersion(e.target.value)}>
                <option value="">{t('terms.version.inForce')}</option>
                {listing?.versions.map((v) => (
                  <option key={v.version} value={v.version}>
                    {v.version} ({t('terms.version.from', { date: formatDate(v.effectiveFrom, locale) })})
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="terms-question">{t('terms.question')}</label>
              <select
                id="terms-question"
                value={questionType}
                onChange={(e) => setQuestionType(e.target.value as (typeof QUESTION_TYPES)[number])}
              >
                {QUESTION_TYPES.map((q) => (
                  <option key={q} value={q}>
                    {t(`terms.question.${q}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field wide">
              <label htmlFor="terms-product">{t('terms.product')}</label>
              <select id="terms-product" value={productId} onChange={(e) => chooseProduct(e.target.value)}>
                <option value="">{t('terms.product.none')}</option>
                {partProducts.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name} ({PRODUCT_TYPE_LABELS[language][p.type] ?? p.type},{' '}
                    {formatEuros(p.priceCents, locale)})
                  </option>
                ))}
              </select>
              <p className="field-hint">{t('terms.product.hint')}</p>
            </div>
          </div>
        </fieldset>
        <CancellationFields
          form={form}
          errors={errors}
          onChange={(patch) => setForm((f) => ({ ...f, ...patch }))}
        />
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('terms.submitting') : t('terms.submit')}
        </button>
      </form>

      {problem ? <ProblemMessage problem={problem} /> : null}

      <p role="status" className="visually-hidden">
        {answer
          ? t('terms.status', {
              outcome: t(`terms.outcome.${answer.evaluated.outcome}`),
              fee: formatEuros(answer.evaluated.amounts.fee ?? 0, locale),
            })
          : ''}
      </p>
      {answer ? (
        <div>
          <DecisionView decision={answer.evaluated} terms={answer.evaluated.terms} />
          {answer.timeline && answer.timeline.ranges.length > 0 ? (
            <Section title={t('terms.timeline')}>
              <p className="muted">{t('terms.timeline.intro')}</p>
              <FeeTimelineChart
                ranges={answer.timeline.ranges}
                price={answer.built.priceCents}
                markers={markers}
              />
              <TimelineTable ranges={answer.timeline.ranges} requestDate={answer.requestDate} />
            </Section>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
