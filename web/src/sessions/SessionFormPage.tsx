import { type FormEvent, useState } from 'react';
import { api } from '../api/client.ts';
import type { ListOf, User } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';
import type { Location, Product, Session, StaffSession } from '../catalog/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import type { PageProps } from '../routes.ts';
import { useMe } from '../session/session.tsx';
import { Link, navigate } from '../shell/router.tsx';
import { FormProblem, SelectField, SubmitButton, TextField, useForm } from '../ui/form.tsx';
import { Loaded } from '../ui/Loaded.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import type { PageOf } from '../ui/paged-list.tsx';
import { NEW_SESSION, type SessionValues, sessionBody, sessionValues } from './session-form.ts';

/**
 * Planning a session (/planning/new) or changing one (/planning/:id/edit): product, local date and
 * time in the provider's time zone, location, instructor, capacity and minimum. A lower capacity
 * never goes below the seats booked; seats a higher one frees go to the waiting list first (the
 * server's session-changes workflow decides and says so at the field).
 */
export function SessionFormPage({ params }: PageProps) {
  const { t } = useLanguage();
  const back = params.id ? `/planning/${params.id}` : '/planning';
  return (
    <>
      <p className="breadcrumb">
        <Link to={back}>{t(params.id ? 'sessionForm.backToSession' : 'staffSession.back')}</Link>
      </p>
      {params.id ? <EditSession id={params.id} /> : <SessionForm session={null} />}
    </>
  );
}

function EditSession({ id }: { id: string }) {
  const { result, reload } = useApi<StaffSession>(`/api/sessions/${encodeURIComponent(id)}/planning`);
  return (
    <Loaded result={result} reload={reload}>
      {(session) => <SessionForm session={session} />}
    </Loaded>
  );
}

function SessionForm({ session }: { session: StaffSession | null }) {
  const { t } = useLanguage();
  const timeZone = useMe().provider?.timeZone ?? 'Europe/Amsterdam';
  const [before] = useState<SessionValues | null>(session ? sessionValues(session, timeZone) : null);
  const form = useForm(before ?? NEW_SESSION);
  const products = useApi<PageOf<Product>>('/api/products?state=published&limit=100&sort=name');
  const locations = useApi<PageOf<Location>>('/api/locations');
  const instructors = useApi<ListOf<User>>('/api/instructors');
  const none = { value: '', label: '–' };

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = sessionBody(form.values, before, t('staffForm.notAnAmount'));
    if (!result.ok) return form.reject(result.errors);
    await form.submit(async () => {
      const saved = session
        ? await api.patch<Session>(`/api/sessions/${session.id}`, result.body)
        : await api.post<Session>('/api/sessions', result.body);
      navigate(`/planning/${saved.id}`);
    });
  };

  return (
    <>
      <PageTitle>
        {session ? t('sessionForm.editTitle', { code: session.code }) : t('sessionForm.newTitle')}
      </PageTitle>
      <p className="lead">{t('sessionForm.timeZone', { timeZone })}</p>
      <FormProblem form={form} heading={t('staffForm.failed')} />
      <form className="card" onSubmit={save} noValidate>
        <div className="form-grid">
          {session ? (
            <p className="field">
              <strong>{t('planning.product')}</strong> {`${session.productCode} · ${session.productName}`}
            </p>
          ) : (
            <Loaded result={products.result} reload={products.reload}>
              {({ items }) => (
                <SelectField
                  form={form}
                  name="productId"
                  label={t('planning.product')}
                  options={[none, ...items.map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }))]}
                />
              )}
            </Loaded>
          )}
          <TextField
            form={form}
            name="code"
            label={t('planning.session')}
            hint={t('sessionForm.code.hint')}
          />
          <TextField form={form} name="startsAt" type="datetime-local" label={t('sessionForm.startsAt')} />
          <TextField form={form} name="endsAt" type="datetime-local" label={t('sessionForm.endsAt')} />
          <Loaded result={locations.result} reload={locations.reload}>
            {({ items }) => (
              <SelectField
                form={form}
                name="locationId"
                label={t('planning.where')}
                options={[none, ...items.map((l) => ({ value: l.id, label: `${l.name}, ${l.city}` }))]}
              />
            )}
          </Loaded>
          <Loaded result={instructors.result} reload={instructors.reload}>
            {({ items }) => (
              <SelectField
                form={form}
                name="instructorId"
                label={t('staffSession.instructor')}
                options={[none, ...items.map((u) => ({ value: u.id, label: u.name }))]}
              />
            )}
          </Loaded>
          <TextField form={form} name="capacity" inputMode="numeric" label={t('sessionForm.capacity')} />
          <TextField
            form={form}
            name="minParticipants"
            inputMode="numeric"
            label={t('sessionForm.minParticipants')}
            hint={t('sessionForm.minParticipants.hint')}
          />
          <TextField
            form={form}
            name="registrationDeadline"
            type="datetime-local"
            label={t('sessionInfo.deadline')}
            hint={t('sessionForm.optional')}
          />
          <SelectField
            form={form}
            name="language"
            label={t('app.language')}
            options={[
              { value: 'nl', label: t('app.language.nl') },
              { value: 'en', label: t('app.language.en') },
            ]}
          />
          <TextField
            form={form}
            name="priceCents"
            inputMode="decimal"
            label={t('sessionForm.price')}
            hint={t('sessionForm.price.hint')}
          />
        </div>
        <SubmitButton form={form} label={session ? t('staffForm.save') : t('sessionForm.create')} />
      </form>
    </>
  );
}
