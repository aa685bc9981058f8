import { type FormEvent, useState } from 'react';
import { api } from '../api/client.ts';
import { useApi } from '../api/useApi.ts';
import type { Location } from '../catalog/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import type { PageProps } from '../routes.ts';
import { Link, navigate } from '../shell/router.tsx';
import { FormProblem, SubmitButton, TextField, useForm } from '../ui/form.tsx';
import { Loaded } from '../ui/Loaded.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ProblemMessage } from '../ui/Problem.tsx';

const EMPTY = { name: '', street: '', postalCode: '', city: '', country: 'NL', onlineUrl: '' };
type LocationValues = typeof EMPTY;

function valuesOf(l: Location): LocationValues {
  return { ...l, onlineUrl: l.onlineUrl ?? '' };
}

/** Adding a location (/locations/new) or changing one (/locations/:id), which may also be removed. */
export function LocationFormPage({ params }: PageProps) {
  const { t } = useLanguage();
  return (
    <>
      <p className="breadcrumb">
        <Link to="/locations">{t('locations.back')}</Link>
      </p>
      {params.id ? <EditLocation id={params.id} /> : <LocationForm location={null} />}
    </>
  );
}

function EditLocation({ id }: { id: string }) {
  const { result, reload } = useApi<Location>(`/api/locations/${encodeURIComponent(id)}`);
  return (
    <Loaded result={result} reload={reload}>
      {(location) => <LocationForm location={location} />}
    </Loaded>
  );
}

function LocationForm({ location }: { location: Location | null }) {
  const { t } = useLanguage();
  const form = useForm<LocationValues>(location ? valuesOf(location) : EMPTY);
  const [saved, setSaved] = useState(false);
  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const body = { ...form.values, onlineUrl: form.values.onlineUrl.trim() || null };
    await form.submit(async () => {
      if (location) {
        form.reset(valuesOf(await api.patch<Location>(`/api/locations/${location.id}`, body)));
        setSaved(true);
      } else navigate(`/locations/${(await api.post<Location>('/api/locations', body)).id}`);
    });
  };
  return (
    <>
      <PageTitle>{location ? location.name : t('locations.new')}</PageTitle>
      <FormProblem form={form} heading={t('staffForm.failed')} />
      {saved ? (
        <p className="notice success" role="status">
          {t('staffForm.saved')}
        </p>
      ) : null}
      <form className="card" onSubmit={save} noValidate>
        <div className="form-grid">
          <TextField form={form} name="name" label={t('location.name')} />
          <TextField form={form} name="street" label={t('location.street')} />
          <TextField form={form} name="postalCode" label={t('location.postalCode')} />
          <TextField form={form} name="city" label={t('location.city')} />
          <TextField
            form={form}
            name="country"
            label={t('location.country')}
            hint={t('location.country.hint')}
          />
          <TextField
            form={form}
            name="onlineUrl"
            type="url"
            label={t('location.onlineUrl')}
            hint={t('location.onlineUrl.hint')}
          />
        </div>
        <SubmitButton form={form} label={location ? t('staffForm.save') : t('locations.create')} />
      </form>
      {location ? <RemoveLocation location={location} /> : null}
    </>
  );
}

/** A location no session uses may go; one in use stays (the server says so, 409 location-in-use). */
function RemoveLocation({ location }: { location: Location }) {
  const { t } = useLanguage();
  const form = useForm({});
  return (
    <section className="card" aria-label={t('locations.remove')}>
      {form.problem ? <ProblemMessage problem={form.problem} /> : null}
      <p className="muted">{t('locations.remove.hint')}</p>
      <button
        type="button"
        className="button secondary"
        disabled={form.busy}
        onClick={() =>
          form.submit(async () => {
            await api.delete(`/api/locations/${location.id}`);
            navigate('/locations');
          })
        }
      >
        {t('locations.remove')}
      </button>
    </section>
  );
}
