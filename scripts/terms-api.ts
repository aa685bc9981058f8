import { writeFileSync } from 'node:fs';
import { termsApiMarkdown } from '../src/terms/api-docs.ts';

// Writes docs/terms-api.md from the question schemas and examples (src/terms/api-docs.ts).
writeFileSync(new URL('../docs/terms-api.md', import.meta.url), termsApiMarkdown());
