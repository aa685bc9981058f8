import { writeFileSync } from 'node:fs';
import { readingsMarkdown } from '../src/terms/readings.ts';

// Writes docs/terms-readings.md from the readings list in src/terms/readings.ts.
writeFileSync(new URL('../docs/terms-readings.md', import.meta.url), readingsMarkdown());
