/**
 * The e-mails enrollment sends, in the learner's language (nl or en): the confirmation with its
 * iCalendar invite, and the offer of a freed seat from the waiting list.
 */
import type { Locale } from '../identity/model.ts';
import { formatDate, formatTime } from '../platform/mail/format.ts';
import type { OutgoingMail } from '../platform/mail/model.ts';
import type { DecisionNote } from '../terms/index.ts';
import { buildInvite } from './ical.ts';
import type { SessionForEnrollment } from './store.ts';
import { noteLine } from './terms-questions.ts';

export interface MailLearner {
  name: string;
  email: string;
  locale: Locale;
}

/** The location as one line: name, street, postal code and city; or the online classroom's URL. */
export function locationLine(session: SessionForEnrollment, locale: Locale): string {
  const l = session.location;
  if (!l) return locale === 'nl' ? 'Locatie volgt' : 'Location to be announced';
  if (l.onlineUrl) return `${l.name}, ${l.onlineUrl}`;
  return [l.name, l.street, [l.postalCode, l.city].filter((x) => x !== '').join(' ')]
    .filter((x) => x.trim() !== '')
    .join(', ');
}

/** The bare address in MAIL_FROM ("Klasse <noreply@x>" -> noreply@x), the invite's organizer. */
export function addressOf(from: string): string {
  const m = /<([^>]+)>/.exec(from);
  return (m?.[1] ?? from).trim();
}

export interface ConfirmationInput {
  enrollmentId: string;
  learner: MailLearner;
  session: SessionForEnrollment;
  termsKey: string;
  termsVersion: string;
  /** What the terms say the confirmation must tell (question confirmation_notes); none: nothing. */
  notes: readonly DecisionNote[];
  mailFrom: string;
  at: Date;
}

/**
 * The confirmation with the date, start time and place, the notes the enrollment's terms require
 * (plusport-cursusvoorwaarden#8.1 and #9.1 for PlusPort: ID and arriving early; none for terms
 * without such rules), and an invite for the learner's calendar.
 */
export function confirmationMail(input: ConfirmationInput): OutgoingMail {
  const { learner, session } = input;
  const tz = session.provider.timeZone;
  const locale = learner.locale;
  const date = formatDate(session.startsAt, locale, tz);
  const start = formatTime(session.startsAt, locale, tz);
  const end = formatTime(session.endsAt, locale, tz);
  const where = locationLine(session, locale);
  const product = session.product.name;
  const notes = input.notes.length > 0 ? [...input.notes.map((n) => noteLine(n, locale)), ''] : [];
  const text =
    locale === 'nl'
      ? [
          `Beste ${learner.name},`,
          '',
          `Je inschrijving voor ${product} is bevestigd. Deze inschrijving is bindend.`,
          '',
          `Datum: ${date}`,
          `Aanvangstijd: ${start} (einde ${end})`,
          `Locatie: ${where}`,
          `Sessie: ${session.code}`,
          '',
          ...notes,
          `Op deze inschrijving zijn de voorwaarden ${input.termsKey} (versie ${input.termsVersion}) van toepassing.`,
          'In de bijlage vind je een agenda-uitnodiging.',
          '',
          `Met vriendelijke groet,`,
          session.provider.name,
        ]
      : [
          `Dear ${learner.name},`,
          '',
          `Your enrollment in ${product} is confirmed. This enrollment is binding.`,
          '',
          `Date: ${date}`,
          `Start time: ${start} (ends ${end})`,
          `Location: ${where}`,
          `Session: ${session.code}`,
          '',
          ...notes,
          `This enrollment is governed by the terms ${input.termsKey} (version ${input.termsVersion}).`,
          'A calendar invite is attached.',
          '',
          'Kind regards,',
          session.provider.name,
        ];
  const ics = buildInvite({
    uid: `enrollment-${input.enrollmentId}@klasse`,
    stamp: input.at,
    start: session.startsAt,
    end: session.endsAt,
    summary: `${product} (${session.code})`,
    description: input.notes.length > 0 ? input.notes.map((n) => n[locale]).join(' ') : product,
    location: where,
    organizer: { name: session.provider.name, email: addressOf(input.mailFrom) },
    attendee: { name: learner.name, email: learner.email },
  });
  return {
    to: learner.email,
    subject:
      locale === 'nl'
        ? `Bevestiging inschrijving: ${product} op ${date}`
        : `Enrollment confirmed: ${product} on ${date}`,
    text: `${text.join('\n')}\n`,
    ics,
    providerId: session.providerId,
  };
}

export interface OfferInput {
  learner: MailLearner;
  session: SessionForEnrollment;
  expiresAt: Date;
}

/** A seat freed up for the first on the waiting list, held until expiresAt (issue 4, item 5). */
export function offerMail(input: OfferInput): OutgoingMail {
  const { learner, session } = input;
  const tz = session.provider.timeZone;
  const locale = learner.locale;
  const date = formatDate(session.startsAt, locale, tz);
  const start = formatTime(session.startsAt, locale, tz);
  const deadline = `${formatDate(input.expiresAt, locale, tz)} ${formatTime(input.expiresAt, locale, tz)}`;
  const product = session.product.name;
  const text =
    locale === 'nl'
      ? [
          `Beste ${learner.name},`,
          '',
          `Er is een plaats vrijgekomen in ${product} op ${date} om ${start} (${locationLine(session, locale)}).`,
          `We houden deze plaats voor je vast tot ${deadline}. Accepteer het aanbod vóór dat moment onder "Mijn inschrijvingen" in Klasse; daarna gaat de plaats naar de volgende op de wachtlijst.`,
          '',
          'Met vriendelijke groet,',
          session.provider.name,
        ]
      : [
          `Dear ${learner.name},`,
          '',
          `A seat has become available in ${product} on ${date} at ${start} (${locationLine(session, locale)}).`,
          `We hold it for you until ${deadline}. Accept the offer before then under "My enrollments" in Klasse; after that the seat goes to the next person on the waiting list.`,
          '',
          'Kind regards,',
          session.provider.name,
        ];
  return {
    to: learner.email,
    subject:
      locale === 'nl'
        ? `Plaats vrijgekomen: ${product} op ${date}`
        : `A seat is available: ${product} on ${date}`,
    text: `${text.join('\n')}\n`,
    providerId: session.providerId,
  };
}
