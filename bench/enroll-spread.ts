/**
 * Issue 4, item 9: 1,000 learners enroll at once over HTTP, spread over 1,000 sessions of 20 seats
 * (one request each: no two requests wait on the same session row), so all 1,000 are confirmed.
 * Enrollments/s against the same transaction run bare with `pg`. Prints one JSON line; on
 * PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL), else a line saying it was skipped.
 */
import { runEnrollBench } from './support/enroll-bench.ts';

await runEnrollBench({ bench: 'enroll-spread', requests: 1000, sessions: 1000, seats: 20 });
