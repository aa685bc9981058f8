import { z } from 'zod';

// The field types of the course questions. Dates and instants use the one date and date-time schemas
// of every boundary (issue 12, item 10): real calendar days; an instant has its offset, or is a local
// wall-clock time in the provider's zone (src/terms/instant.ts). Amounts are euro cents.
export { isoDateSchema, isoDateTimeSchema as instantSchema } from '../../calendar/date-schemas.ts';
export const centsSchema = z.int().min(0).max(100_000_000_00).describe('An amount in euro cents');
