/**
 * The fields an import sheet (plusport-cursusvoorwaarden#3.1 "importsheet") can carry, their headings in Dutch
 * (the template's) and English, and the other spellings a customer's own sheet may use for them.
 */
export const IMPORT_FIELDS = [
  'sessionCode',
  'firstName',
  'lastNamePrefix',
  'lastName',
  'email',
  'birthDate',
  'employeeNumber',
  'purchaseOrderRef',
  'company',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export interface FieldInfo {
  nl: string;
  en: string;
  /** Needed on every row; company only when provider staff import (see `company` below). */
  required: boolean;
  /** Other headings read as this field, compared after normalizeHeading. */
  aliases: readonly string[];
}

export const FIELD_INFO: Record<ImportField, FieldInfo> = {
  sessionCode: {
    nl: 'Sessiecode',
    en: 'Session code',
    required: true,
    aliases: ['sessie', 'uitvoering', 'uitvoeringscode', 'editie', 'session', 'sessioncode', 'code'],
  },
  firstName: {
    nl: 'Voornaam',
    en: 'First name',
    required: true,
    aliases: ['voornamen', 'roepnaam', 'firstname', 'givenname'],
  },
  lastNamePrefix: {
    nl: 'Tussenvoegsel',
    en: 'Name prefix',
    required: false,
    aliases: ['tussenvoegsels', 'prefix', 'nameprefix'],
  },
  lastName: {
    nl: 'Achternaam',
    en: 'Last name',
    required: true,
    aliases: ['familienaam', 'lastname', 'surname', 'familyname'],
  },
  email: {
    nl: 'E-mail',
    en: 'E-mail address',
    required: true,
    aliases: ['email', 'emailadres', 'mail', 'mailadres', 'emailaddress'],
  },
  // For the ID check at the session and the exam (plusport-cursusvoorwaarden#8.1, plusport-cursusvoorwaarden#9.1: bring valid ID).
  birthDate: {
    nl: 'Geboortedatum',
    en: 'Date of birth',
    required: false,
    aliases: ['birthdate', 'dateofbirth', 'dob', 'geboren'],
  },
  employeeNumber: {
    nl: 'Personeelsnummer',
    en: 'Employee number',
    required: false,
    aliases: ['personeelsnr', 'medewerkernummer', 'employeeno', 'employeeid', 'staffnumber'],
  },
  purchaseOrderRef: {
    nl: 'Inkoopordernummer',
    en: 'Purchase order number',
    required: false,
    aliases: [
      'inkoopnummer',
      'ponummer',
      'po',
      'poreference',
      'ponumber',
      'purchaseorder',
      'purchaseorderref',
      'inkooporder',
    ],
  },
  company: {
    nl: 'Bedrijf (KvK-nummer of naam)',
    en: 'Company (KvK number or name)',
    required: false,
    aliases: [
      'bedrijf',
      'kvk',
      'kvknummer',
      'organisatie',
      'werkgever',
      'klant',
      'company',
      'employer',
      'customer',
    ],
  },
};

/** Lower case, accents and everything but letters and digits removed: "E-mail adres" -> "emailadres". */
export function normalizeHeading(heading: string): string {
  return heading
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[\n\r\u2028\u2029]/)
    .map(withoutParenthesised)
    .join('')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * A line without what stands from its first '(' to its last ')', as /\(.*\)/ removed: by index,
 * since that pattern backtracks quadratically on a heading of many '(' and no ')' (issue 12, item 1).
 */
function withoutParenthesised(line: string): string {
  const open = line.indexOf('(');
  const close = line.lastIndexOf(')');
  return open >= 0 && close > open ? line.slice(0, open) + line.slice(close + 1) : line;
}

const BY_HEADING = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) {
  const info = FIELD_INFO[field];
  for (const h of [info.nl, info.en, field, ...info.aliases]) BY_HEADING.set(normalizeHeading(h), field);
}

/** The field a heading names, if it is one Klasse knows. */
export function fieldOfHeading(heading: string): ImportField | undefined {
  return BY_HEADING.get(normalizeHeading(heading));
}

/** The template's headings, in one language; company only for provider staff. */
export function templateHeadings(locale: 'nl' | 'en', withCompany: boolean): string[] {
  return IMPORT_FIELDS.filter((f) => withCompany || f !== 'company').map((f) => FIELD_INFO[f][locale]);
}
