/** What staff send to create or change a location (the catalog's model re-exports these). */
import { z } from 'zod';

const locationFields = {
  name: z.string().trim().min(1, 'must not be empty').max(200),
  street: z.string().trim().max(200),
  postalCode: z.string().trim().max(20),
  city: z.string().trim().min(1, 'must not be empty').max(100),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .pipe(z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code')),
  onlineUrl: z.url('must be a web address').max(500).nullable(),
};
export const createLocationSchema = z.object({
  providerId: z.uuid().optional(),
  name: locationFields.name,
  street: locationFields.street.default(''),
  postalCode: locationFields.postalCode.default(''),
  city: locationFields.city,
  country: locationFields.country.default('NL'),
  onlineUrl: locationFields.onlineUrl.default(null),
});
export const updateLocationSchema = z.object(locationFields).partial().strict();
