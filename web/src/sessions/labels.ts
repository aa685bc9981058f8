/** Labels of the sessions pages (issue 4), Dutch and English. */

const nl = {} as const;

const en: Record<keyof typeof nl, string> = {};

export const SESSION_LABELS = { nl, en };
