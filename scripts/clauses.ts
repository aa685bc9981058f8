import { writeFileSync } from 'node:fs';
import { clausesMarkdown } from './clauses-doc.ts';

// Writes docs/clauses.md (npm run clauses).
writeFileSync(new URL('../docs/clauses.md', import.meta.url), clausesMarkdown());
