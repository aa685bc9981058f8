import { catalogRoutes } from '../catalog/routes.ts';
import { enrollmentChangeJobs } from '../enrollment/changes/jobs.ts';
import { enrollmentChangeRoutes } from '../enrollment/changes/routes.ts';
import { importJobs } from '../enrollment/import/jobs.ts';
import { importRoutes } from '../enrollment/import/routes.ts';
import { enrollmentJobs } from '../enrollment/jobs.ts';
import { enrollmentRoutes } from '../enrollment/routes.ts';
import { identityRoutes } from '../identity/routes.ts';
import type { AppContext } from '../platform/context.ts';
import type { RouteModule } from '../platform/http/types.ts';
import { mailRoutes } from '../platform/mail/routes.ts';
import { termsRoutes } from '../terms-library/routes.ts';
import { workflowRoutes } from '../workflows/routes.ts';

/**
 * The composition root's list of HTTP routes (DESIGN, "Where the layout goes next": `platform/`
 * knows no context; src/app.ts wires them): every context's and the workflows', mounted under /api
 * by buildServer in this order. A new context adds its `routes.ts` export here, and nowhere else.
 */
export const routeModules: RouteModule[] = [
  identityRoutes,
  catalogRoutes,
  mailRoutes,
  termsRoutes,
  enrollmentRoutes,
  enrollmentChangeRoutes,
  importRoutes,
  workflowRoutes,
];

/**
 * Registers a context's background job handlers on ctx.jobs. Runs before the queue starts (the
 * queue refuses registrations after), in every process, so any process may run any job.
 */
export type JobModule = (ctx: AppContext) => void;

/**
 * Every context's job handlers. The mailer registers its delivery job itself when it is created; a
 * context with jobs of its own (reminders, dunning, certificates) adds its `jobs.ts` export here.
 */
export const jobModules: JobModule[] = [enrollmentJobs, enrollmentChangeJobs, importJobs];
