/** Labels of the imports pages (issue 4), Dutch and English. */

const nl = {} as const;

const en: Record<keyof typeof nl, string> = {};

export const IMPORT_LABELS = { nl, en };
