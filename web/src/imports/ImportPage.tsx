import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { ApiProblem, api, newIdempotencyKey } from '../api/client.ts';
import { STAFF_ROLES } from '../api/roles.ts';
import { useLanguage } from '../i18n/language.tsx';
import { useMe } from '../session/session.tsx';
import { Link } from '../shell/router.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ProblemMessage } from '../ui/Problem.tsx';
import { Section } from '../ui/Section.tsx';
import { ACCEPTED_EXTENSIONS, fileAsBase64, sheetFormat } from './file-reading.ts';
import { ImportProgressBar } from './ImportProgressBar.tsx';
import { SheetPreview } from './SheetPreview.tsx';
import type { CommitResult, ImportProgress, SheetView } from './types.ts';

interface Upload {
  fileName: string;
  format: 'csv' | 'xlsx';
  contentBase64: string;
}

const asProblem = (error: unknown) =>
  error instanceof ApiProblem ? error : new ApiProblem(0, 'about:blank', String(error));

/**
 * While a request on sheet `id` runs, asks the server how far it is (GET /api/imports/:id) a few times
 * a second, for the progress bar of a large sheet (issue 4, item 4). Before the server knows the id
 * the answer is 404; that only means "not started yet".
 */
function usePolledProgress(id: string | null): ImportProgress | null {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(() => {
    setProgress(null);
    if (!id) return;
    let stopped = false;
    const tick = async () => {
      try {
        const sheet = await api.get<SheetView>(`/api/imports/${id}`);
        if (!stopped && sheet.progress) setProgress(sheet.progress);
      } catch {
        // Not known yet, or finished between two polls: the request's own answer follows.
      }
    };
    const timer = window.setInterval(tick, 300);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [id]);
  return progress;
}

/**
 * The import wizard (plusport-cursusvoorwaarden#3.1 "importsheet"; issue 4, items 4 and 7): download the
 * template, upload a CSV or XLSX, check the column mapping, read every error by row and column in
 * the preview, then enroll all valid rows at once, or fix the sheet and upload it again.
 */
export function ImportPage() {
  const { t, language } = useLanguage();
  const me = useMe();
  const staff = STAFF_ROLES.includes(me.user.role);
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [sheet, setSheet] = useState<SheetView | null>(null);
  const [running, setRunning] = useState<{ id: string; what: 'validating' | 'committing' } | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [result, setResult] = useState<CommitResult | null>(null);
  const progress = usePolledProgress(running?.id ?? null);
  const fileErrorId = useId();

  const send = async (file: Upload, mapping?: Record<string, string>) => {
    const id = newIdempotencyKey();
    setRunning({ id, what: 'validating' });
    setProblem(null);
    try {
      let view = await api.post<SheetView>('/api/imports', {
        id,
        ...file,
        ...(mapping ? { mapping } : {}),
      });
      // A large file is read by a job (202, 'validating'): wait for its preview (issue 12, item 2).
      while (view.status === 'validating') {
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        view = await api.get<SheetView>(`/api/imports/${id}`);
      }
      if (view.failure) {
        const { title, detail, errors } = view.failure;
        throw new ApiProblem(400, 'https://klasse.dev/problems/validation-failed', title, detail, errors);
      }
      setSheet(view);
    } catch (error) {
      setSheet(null);
      setProblem(asProblem(error));
    } finally {
      setRunning(null);
    }
  };

  const submitFile = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    const format = file ? sheetFormat(file.name) : null;
    if (!file || !format) {
      setFileError(t(file ? 'import.error.format' : 'import.error.noFile'));
      fileInput.current?.focus();
      return;
    }
    setFileError(null);
    setResult(null);
    const chosen = { fileName: file.name, format, contentBase64: await fileAsBase64(file) };
    setUpload(chosen);
    await send(chosen);
  };

  const commit = async (validRowsOnly: boolean) => {
    if (!sheet) return;
    setRunning({ id: sheet.id, what: 'committing' });
    setProblem(null);
    try {
      setResult(await api.post<CommitResult>(`/api/imports/${sheet.id}/commit`, { validRowsOnly }));
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setRunning(null);
    }
  };

  const startOver = () => {
    setSheet(null);
    setUpload(null);
    setResult(null);
    setProblem(null);
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <>
      <PageTitle>{t('import.title')}</PageTitle>
      <p className="lead">{t(staff ? 'import.intro.staff' : 'import.intro.customer')}</p>

      <Section title={t('import.step.template')}>
        <p>{t('import.template.intro')}</p>
        <div className="button-row">
          <a
            className="button secondary"
            href={`/api/imports/template?format=xlsx&lang=${language}`}
            download
          >
            {t('import.template.xlsx')}
          </a>
          <a className="button secondary" href={`/api/imports/template?format=csv&lang=${language}`} download>
            {t('import.template.csv')}
          </a>
        </div>
      </Section>

      <Section title={t('import.step.upload')}>
        <form onSubmit={submitFile} noValidate>
          <div className="field narrow">
            <label htmlFor="import-file">{t('import.file')}</label>
            <input
              id="import-file"
              ref={fileInput}
              type="file"
              accept={ACCEPTED_EXTENSIONS.join(',')}
              aria-describedby={fileError ? `${fileErrorId} import-file-hint` : 'import-file-hint'}
              aria-invalid={fileError ? true : undefined}
              onChange={() => setFileError(null)}
            />
            <p id="import-file-hint" className="field-hint">
              {t('import.file.hint')}
            </p>
            {fileError ? (
              <p id={fileErrorId} className="field-error">
                {fileError}
              </p>
            ) : null}
          </div>
          <div className="button-row">
            <button type="submit" className="button primary" disabled={running !== null}>
              {t('import.upload')}
            </button>
            {sheet || result ? (
              <button type="button" className="button secondary" onClick={startOver}>
                {t('import.startOver')}
              </button>
            ) : null}
          </div>
        </form>
      </Section>

      {running ? <ImportProgressBar what={running.what} progress={progress} /> : null}
      {problem ? <ProblemMessage problem={problem} /> : null}

      {result ? (
        <ImportResult result={result} />
      ) : sheet && upload ? (
        <SheetPreview
          key={sheet.id}
          sheet={sheet}
          busy={running !== null}
          onRemap={(mapping) => send(upload, mapping)}
          onCommit={commit}
        />
      ) : null}
    </>
  );
}

function ImportResult({ result }: { result: CommitResult }) {
  const { t } = useLanguage();
  return (
    <Section title={t('import.result')}>
      <p role="status" className="import-result">
        {t(result.status === 'confirmed' ? 'import.result.enrolled' : 'import.result.pending', {
          count: result.enrolled,
        })}
      </p>
      <ul>
        {result.learnersCreated > 0 ? (
          <li>{t('import.result.learnersCreated', { count: result.learnersCreated })}</li>
        ) : null}
        {result.skippedRows > 0 ? <li>{t('import.result.skipped', { count: result.skippedRows })}</li> : null}
        {result.sessions.map((s) => (
          <li key={s.code}>{t('import.result.session', { code: s.code, count: s.enrolled })}</li>
        ))}
      </ul>
      <p>
        <Link to="/enrollments">{t('import.result.toEnrollments')}</Link>
      </p>
    </Section>
  );
}
