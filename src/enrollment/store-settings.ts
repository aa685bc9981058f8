/** SQL of a provider's enrollment settings (approval required, hours an offered seat is held). */
import type { Executor, Tx } from '../platform/db/database.ts';

export interface EnrollmentSettings {
  requiresApproval: boolean;
  offerHours: number;
}

export const DEFAULT_SETTINGS: EnrollmentSettings = { requiresApproval: false, offerHours: 48 };

export async function findSettings(ex: Executor, providerId: string): Promise<EnrollmentSettings> {
  const row = await ex
    .selectFrom('enrollment_settings')
    .select(['requires_approval', 'offer_hours'])
    .where('provider_id', '=', providerId)
    .executeTakeFirst();
  return row ? { requiresApproval: row.requires_approval, offerHours: row.offer_hours } : DEFAULT_SETTINGS;
}

export async function saveSettings(
  tx: Tx,
  providerId: string,
  settings: EnrollmentSettings,
  at: Date,
): Promise<void> {
  await tx
    .insertInto('enrollment_settings')
    .values({
      provider_id: providerId,
      requires_approval: settings.requiresApproval,
      offer_hours: settings.offerHours,
      updated_at: at,
    })
    .onConflict((oc) =>
      oc.column('provider_id').doUpdateSet({
        requires_approval: settings.requiresApproval,
        offer_hours: settings.offerHours,
        updated_at: at,
      }),
    )
    .execute();
}
