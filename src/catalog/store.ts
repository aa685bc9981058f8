/**
 * All SQL of the catalog context, split by what it is about; callers import this file (DESIGN: SQL
 * lives in a context's store*.ts only).
 */
export * from './store-locations.ts';
export * from './store-products.ts';
export * from './store-sessions.ts';
export * from './store-staff-lists.ts';
