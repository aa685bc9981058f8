/**
 * A small iCalendar (RFC 5545) writer for the invite sent with an enrollment confirmation, and the
 * reader the tests use to check it. One VEVENT, METHOD:REQUEST (RFC 5546 section 3.2.2: an invite
 * carries ORGANIZER and ATTENDEE), times in UTC.
 */

export interface InviteEvent {
  /** Globally unique and stable for this enrollment, so a later update replaces the same event. */
  uid: string;
  /** When the invite was made (DTSTAMP). */
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
  /** Incremented when the event changes (RFC 5545 section 3.8.7.4). */
  sequence?: number;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** RFC 5545 section 3.3.5, form #2: UTC time, e.g. 20260512T070000Z. */
export function formatUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** RFC 5545 section 3.3.11: backslash, semicolon and comma escaped; a line break becomes \n. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A parameter value with a colon, semicolon or comma is quoted (section 3.2); quotes are not allowed. */
function paramValue(value: string): string {
  const clean = value.replace(/["\r\n]/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/**
 * RFC 5545 section 3.1: a line is at most 75 octets; longer ones continue on the next line after a
 * CRLF and one space. Splits between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  // The first line holds 75 octets; each continuation holds 74 after its leading space.
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join(`${CRLF} `);
}

export function buildInvite(event: InviteEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Klasse//Enrollment//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${formatUtc(event.stamp)}`,
    `DTSTART:${formatUtc(event.start)}`,
    `DTEND:${formatUtc(event.end)}`,
    `SEQUENCE:${event.sequence ?? 0}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `LOCATION:${escapeText(event.location)}`,
    `ORGANIZER;CN=${paramValue(event.organizer.name)}:mailto:${event.organizer.email}`,
    `ATTENDEE;CN=${paramValue(event.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:${event.attendee.email}`,
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

// ---- reading (for tests and for anyone checking an invite)

export interface ContentLine {
  name: string;
  params: Record<string, string>;
  value: string;
}

/**
 * Unfolds and splits an iCalendar text into content lines. Refuses a bare LF or a line over 75
 * octets, so a test reading an invite back also checks how it was written.
 */
export function parseContentLines(text: string): ContentLine[] {
  if (/[^\r]\n/.test(text) || /\r(?!\n)/.test(text)) throw new Error('lines must end with CRLF');
  if (!text.endsWith(CRLF)) throw new Error('the last line must end with CRLF');
  const encoder = new TextEncoder();
  const physical = text.slice(0, -2).split(CRLF);
  for (const line of physical)
    if (encoder.encode(line).length > MAX_OCTETS) throw new Error(`line longer than 75 octets: ${line}`);
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (logical.length === 0) throw new Error('a continuation line cannot come first');
      logical[logical.length - 1] += line.slice(1);
    } else logical.push(line);
  }
  return logical.map(parseLine);
}

function parseLine(line: string): ContentLine {
  // The value starts at the first colon outside a quoted parameter value.
  let inQuotes = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (c === ':' && !inQuotes) {
      colon = i;
      break;
    }
  }
  if (colon < 0) throw new Error(`not a content line: ${line}`);
  const [name = '', ...rawParams] = line.slice(0, colon).split(';');
  const params: Record<string, string> = {};
  for (const p of rawParams) {
    const eq = p.indexOf('=');
    if (eq < 0) throw new Error(`bad parameter ${p}`);
    params[p.slice(0, eq).toUpperCase()] = p.slice(eq + 1).replace(/^"(.*)"$/, '$1');
  }
  return { name: name.toUpperCase(), params, value: line.slice(colon + 1) };
}

/** RFC 5545 section 3.3.11, reversed. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** 20260512T070000Z -> Date. */
export function parseUtc(value: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) throw new Error(`not a UTC date-time: ${value}`);
  return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
}
