import { z } from 'zod';

/** The field types of the course questions: dates 'YYYY-MM-DD', instants ISO 8601 with an offset, amounts in euro cents. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a date as YYYY-MM-DD');
export const instantSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/,
    'an instant with a UTC offset, e.g. 2026-05-12T09:00:00+02:00',
  );
export const centsSchema = z.int().min(0).max(100_000_000_00).describe('An amount in euro cents');
