/**
 * Issue 4, item 9: 1,000 learners enroll at once over HTTP in ONE session of 20 seats (the hot row:
 * every request takes the same session's row lock). Exactly 20 confirmed, 980 waitlisted, none lost;
 * enrollments/s against the same transaction run bare with `pg`. Prints one JSON line; on
 * PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL), else a line saying it was skipped.
 */
import { runEnrollBench } from './support/enroll-bench.ts';

await runEnrollBench({ bench: 'enroll-hot', requests: 1000, sessions: 1, seats: 20 });
