/**
 * The e-mail to each learner of a session the provider cancels (vapro-leverings-en-betalingsvoorwaarden#15.2: "VAPRO zal indien
 * mogelijk een alternatief voor de geannuleerde cursus aanbieden"; plusport-cursusvoorwaarden#15.1,
 * ingenium-leveringsvoorwaarden#25.1: the course fee paid is refunded), in the learner's language.
 */
import type { Session } from '../../catalog/model.ts';
import type { Locale } from '../../identity/model.ts';
import { formatDateTime, formatEuros } from '../../platform/mail/format.ts';
import type { OutgoingMail } from '../../platform/mail/model.ts';

const when = (iso: string, locale: Locale, timeZone: string): string =>
  formatDateTime(new Date(iso), locale, timeZone);

const euros = formatEuros;

export interface SessionCancelledInput {
  learner: { name: string; email: string; locale: Locale };
  providerName: string;
  providerId: string;
  productName: string;
  session: Session;
  timeZone: string;
  refundCents: number;
  alternatives: readonly Session[];
}

export function sessionCancelledMail(input: SessionCancelledInput): OutgoingMail {
  const { learner, session, timeZone } = input;
  const nl = learner.locale === 'nl';
  const date = when(session.startsAt, learner.locale, timeZone);
  const options = input.alternatives.map(
    (s) =>
      `- ${when(s.startsAt, learner.locale, timeZone)} (${s.code}, ${s.seatsLeft} ${nl ? 'plaatsen vrij' : 'seats left'})`,
  );
  const refund =
    input.refundCents > 0
      ? nl
        ? `Het cursusgeld van ${euros(input.refundCents, 'nl')} wordt gecrediteerd of terugbetaald.`
        : `The course fee of ${euros(input.refundCents, 'en')} will be credited or refunded.`
      : nl
        ? 'Er worden geen kosten in rekening gebracht.'
        : 'You will not be charged.';
  const lines = nl
    ? [
        `Beste ${learner.name},`,
        '',
        `Helaas gaat ${input.productName} op ${date} niet door: de sessie is geannuleerd.`,
        refund,
        '',
        ...(options.length > 0
          ? ['Je kunt je inschrijven voor een van deze andere data:', ...options]
          : ['Er is op dit moment geen andere datum; we laten het je weten zodra die er is.']),
        '',
        'Met vriendelijke groet,',
        input.providerName,
      ]
    : [
        `Dear ${learner.name},`,
        '',
        `Unfortunately ${input.productName} on ${date} will not take place: the session has been cancelled.`,
        refund,
        '',
        ...(options.length > 0
          ? ['You can enroll in one of these other dates:', ...options]
          : ['There is no other date at the moment; we will let you know when there is.']),
        '',
        'Kind regards,',
        input.providerName,
      ];
  return {
    to: learner.email,
    subject: nl
      ? `Geannuleerd: ${input.productName} op ${date}`
      : `Cancelled: ${input.productName} on ${date}`,
    text: `${lines.join('\n')}\n`,
    providerId: input.providerId,
  };
}
