/** The catalog's SQL for locations. */
import type { Selectable } from 'kysely';
import type { Executor } from '../platform/db/database.ts';
import type { CatalogTables, Location } from './model.ts';

type LocationRow = Selectable<CatalogTables['locations']>;
// ---- locations

export function toLocation(row: LocationRow): Location {
  return {
    id: row.id,
    providerId: row.provider_id,
    name: row.name,
    street: row.street,
    postalCode: row.postal_code,
    city: row.city,
    country: row.country,
    onlineUrl: row.online_url,
  };
}

export async function findLocationById(ex: Executor, id: string): Promise<Location | undefined> {
  const row = await ex.selectFrom('locations').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toLocation(row);
}

// ---- locations

export interface NewLocation {
  providerId: string;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  onlineUrl: string | null;
}

export async function insertLocation(ex: Executor, l: NewLocation, at: Date): Promise<Location> {
  const row = await ex
    .insertInto('locations')
    .values({
      provider_id: l.providerId,
      name: l.name,
      street: l.street,
      postal_code: l.postalCode,
      city: l.city,
      country: l.country,
      online_url: l.onlineUrl,
      created_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toLocation(row);
}

export async function updateLocation(
  ex: Executor,
  id: string,
  c: Partial<Omit<NewLocation, 'providerId'>>,
): Promise<Location> {
  const row = await ex
    .updateTable('locations')
    .set({
      ...(c.name !== undefined && { name: c.name }),
      ...(c.street !== undefined && { street: c.street }),
      ...(c.postalCode !== undefined && { postal_code: c.postalCode }),
      ...(c.city !== undefined && { city: c.city }),
      ...(c.country !== undefined && { country: c.country }),
      ...(c.onlineUrl !== undefined && { online_url: c.onlineUrl }),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toLocation(row);
}

export async function sessionsAtLocation(ex: Executor, locationId: string): Promise<number> {
  const row = await ex
    .selectFrom('sessions')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('location_id', '=', locationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function deleteLocation(ex: Executor, id: string): Promise<void> {
  await ex.deleteFrom('locations').where('id', '=', id).execute();
}
