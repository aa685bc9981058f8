import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { FINANCE_API_HEADING, financeApiMarkdown } from '../src/terms/finance/api-docs.ts';

/**
 * Writes the "Finance and contracts" part of docs/terms-api.md from the finance question schemas and
 * examples (src/terms/finance/api-docs.ts): replaces that part from its heading to the end of the
 * file, or appends it. The course part above it is left as it is.
 */
const file = new URL('../docs/terms-api.md', import.meta.url);
const INTRO = `# Terms API

Ask the terms engine a question with \`POST /api/terms/evaluate\` or \`klasse terms evaluate\` (the same
JSON on standard input): \`{"terms": "<provider>", "question": {...}}\`, or
\`{"terms": {"provider": "<provider>", "version": "<label>"}, "question": {...}, "on": "YYYY-MM-DD"}\`.
Without a version, the version in force on \`on\`, else on the question's own day, answers. The answer is
a decision: \`outcome\`, \`amounts\` (cents), \`dates\`, \`clauses\` (document, article, title),
\`readings\` (docs/terms-readings.md), \`explanation\` in Dutch and English, and where they apply
\`lines\`, \`conditions\` and \`workingDays\`.

`;
const current = existsSync(file) ? readFileSync(file, 'utf8') : INTRO;
const at = current.indexOf(FINANCE_API_HEADING);
const before = at < 0 ? `${current.trimEnd()}\n\n` : current.slice(0, at);
writeFileSync(file, `${before}${financeApiMarkdown()}`);
