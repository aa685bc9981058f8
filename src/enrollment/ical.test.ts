import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  buildInvite,
  escapeText,
  foldLine,
  formatUtc,
  parseContentLines,
  parseUtc,
  unescapeText,
} from './ical.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;

test('ical: text values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11)', () => {
  assert.equal(escapeText('a\\b;c,d\ne\r\nf'), 'a\\\\b\\;c\\,d\\ne\\nf');
  assert.equal(unescapeText(escapeText('a\\b;c,d\ne')), 'a\\b;c,d\ne');
});

test('ical: lines fold at 75 octets, continuation lines start with one space, UTF-8 never split', () => {
  assert.equal(foldLine('X'.repeat(75)), 'X'.repeat(75));
  const long = `DESCRIPTION:${'é'.repeat(100)}€${'a'.repeat(50)}`;
  const folded = foldLine(long);
  const physical = folded.split('\r\n');
  assert.ok(physical.length > 1);
  for (const line of physical) assert.ok(octets(line) <= 75, `${octets(line)} octets`);
  for (const line of physical.slice(1)) assert.ok(line.startsWith(' '));
  assert.equal(physical.map((l, i) => (i === 0 ? l : l.slice(1))).join(''), long);
});

test('ical: UTC date-times', () => {
  const d = new Date('2026-05-12T07:30:00.000Z');
  assert.equal(formatUtc(d), '20260512T073000Z');
  assert.equal(parseUtc('20260512T073000Z').toISOString(), d.toISOString());
});

test('ical: an invite reads back whole, CRLF only, with METHOD, UID, DTSTAMP, organizer and attendee', () => {
  const ics = buildInvite({
    uid: 'enrollment-1@klasse',
    stamp: new Date('2026-03-02T09:00:00Z'),
    start: new Date('2026-03-22T08:00:00Z'),
    end: new Date('2026-03-22T16:00:00Z'),
    summary: 'NEN 3140, Vakbekwaam; dag 1',
    description: `Regel 1\nRegel 2 ${'lang '.repeat(40)}`,
    location: 'Opleidingscentrum Utrecht, Europalaan 10, 3526 KS Utrecht',
    organizer: { name: 'Demo, B.V.', email: 'noreply@klasse.example' },
    attendee: { name: 'Tom Smit', email: 'tom@example.com' },
  });
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n'));
  assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
  assert.doesNotMatch(ics.replace(/\r\n/g, ''), /[\r\n]/);
  const lines = parseContentLines(ics);
  const value = (name: string) => lines.find((l) => l.name === name)?.value ?? '';
  assert.equal(value('METHOD'), 'REQUEST');
  assert.equal(value('PRODID'), '-//Klasse//Enrollment//NL');
  assert.equal(value('UID'), 'enrollment-1@klasse');
  assert.equal(value('DTSTAMP'), '20260302T090000Z');
  assert.equal(value('DTSTART'), '20260322T080000Z');
  assert.equal(value('DTEND'), '20260322T160000Z');
  assert.equal(unescapeText(value('SUMMARY')), 'NEN 3140, Vakbekwaam; dag 1');
  assert.equal(unescapeText(value('DESCRIPTION')), `Regel 1\nRegel 2 ${'lang '.repeat(40)}`);
  const organizer = lines.find((l) => l.name === 'ORGANIZER');
  assert.equal(organizer?.params.CN, 'Demo, B.V.');
  assert.equal(organizer?.value, 'mailto:noreply@klasse.example');
  assert.equal(lines.find((l) => l.name === 'ATTENDEE')?.value, 'mailto:tom@example.com');
});

test('ical: the reader refuses bare line feeds and overlong lines', () => {
  assert.throws(() => parseContentLines('BEGIN:VCALENDAR\nEND:VCALENDAR\r\n'), /CRLF/);
  assert.throws(() => parseContentLines(`X:${'a'.repeat(80)}\r\n`), /75 octets/);
});
