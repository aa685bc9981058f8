import type { CompiledTerms } from '../compile.ts';
import { financeTermsOf } from '../finance/context.ts';
import type { Decision } from '../model.ts';
import { courseSectionsOf } from './compile.ts';
import type { NoticeFormQuestion } from './door-questions.ts';
import type { NoticeForm, NoticeRule, NoticeSubject } from './door-sections.ts';
import { decision, notCoveredDecision } from './plain.ts';

type GivenAs = NonNullable<NoticeFormQuestion['givenAs']>;

const FORM_NL: Record<NoticeForm, string> = {
  written: 'schriftelijk',
  written_with_reasons: 'schriftelijk en onderbouwd',
  registered_letter: 'per aangetekende brief',
  email: 'per e-mail',
  any: 'in elke vorm',
};
const FORM_EN: Record<NoticeForm, string> = {
  written: 'in writing',
  written_with_reasons: 'in writing, with reasons',
  registered_letter: 'by registered letter',
  email: 'by e-mail',
  any: 'in any form',
};
const SUBJECT_NL: Record<NoticeSubject, string> = {
  cancellation: 'een annulering',
  reschedule: 'een verzoek tot verschuiven',
  substitution: 'een vervanging',
  complaint: 'een klacht',
  invoice_dispute: 'een bezwaar tegen een factuur',
  contract_notice: 'een opzegging',
  force_majeure_termination: 'een beëindiging wegens overmacht',
};
const SUBJECT_EN: Record<NoticeSubject, string> = {
  cancellation: 'a cancellation',
  reschedule: 'a request to reschedule',
  substitution: 'a substitution',
  complaint: 'a complaint',
  invoice_dispute: 'an invoice dispute',
  contract_notice: 'a notice of termination',
  force_majeure_termination: 'a termination for force majeure',
};

/**
 * Which ways of giving a notice meet a form (reading email-is-written: an e-mail is writing, as art.
 * 6:227a BW treats an electronic message; a phone call or a word in person is not).
 */
const MEETS: Record<NoticeForm, readonly GivenAs[]> = {
  any: ['email', 'letter', 'registered_letter', 'phone', 'in_person', 'portal'],
  written: ['email', 'letter', 'registered_letter', 'portal'],
  written_with_reasons: ['email', 'letter', 'registered_letter', 'portal'],
  registered_letter: ['registered_letter'],
  email: ['email'],
};

/** The form the finance sections already name for a subject, so the form is written down once. */
function financeForm(
  compiled: CompiledTerms,
  subject: NoticeSubject,
): { form: NoticeForm; clauses: string[] } | undefined {
  const finance = financeTermsOf(compiled)?.sections;
  if (!finance) return undefined;
  switch (subject) {
    case 'complaint': {
      const rule =
        finance.complaints.rules.find((r) => r.subject === 'course') ?? finance.complaints.rules[0];
      return rule && { form: rule.form, clauses: rule.clauses };
    }
    case 'invoice_dispute':
      return finance.invoiceDispute
        ? { form: finance.invoiceDispute.form, clauses: finance.invoiceDispute.clauses }
        : undefined;
    case 'contract_notice': {
      const rule = finance.contract.rules[0];
      return rule && { form: rule.form, clauses: rule.clauses };
    }
    case 'force_majeure_termination':
      return finance.forceMajeure
        ? { form: finance.forceMajeure.form, clauses: finance.forceMajeure.clauses }
        : undefined;
    default:
      return undefined;
  }
}

/**
 * The form a notice must take (written, registered letter, e-mail, an address) and what the wrong
 * form costs: plusport-cursusvoorwaarden#14.2, plusport-cursusvoorwaarden#15.3 and 16.4-16.7, PlusPort algemene 8.5, 11.2 and 13.2,
 * sparse-algemene-voorwaarden#4.2 and sparse-algemene-voorwaarden#55.1, ingenium-leveringsvoorwaarden#11.2, ingenium-leveringsvoorwaarden#13.1 and ingenium-leveringsvoorwaarden#25.2, vapro-leverings-en-betalingsvoorwaarden#16.1, vapro-leverings-en-betalingsvoorwaarden#17.1, vapro-leverings-en-betalingsvoorwaarden#20.3 and vapro-leverings-en-betalingsvoorwaarden#20.4.
 */
export function decideNoticeForm(compiled: CompiledTerms, question: NoticeFormQuestion): Decision {
  const rule: NoticeRule | undefined = courseSectionsOf(compiled).notices?.rules.find(
    (r) => r.subject === question.subject,
  );
  const fromFinance = financeForm(compiled, question.subject);
  const form = rule?.form ?? fromFinance?.form;
  const subject = {
    nl: `de vorm van ${SUBJECT_NL[question.subject]}`,
    en: `the form of ${SUBJECT_EN[question.subject]}`,
  };
  if (form === undefined) return notCoveredDecision(compiled, 'notice_form', subject);
  const clauseIds = [
    ...new Set([...(rule?.clauses ?? []), ...(rule?.form ? [] : (fromFinance?.clauses ?? []))]),
  ];
  const clauses = clauseIds.map((id) => compiled.clause(id));
  const wrongForm = rule?.wrongForm ?? 'not_stated';
  const address = rule?.address;
  const nl = [
    `${capital(SUBJECT_NL[question.subject])} moet ${FORM_NL[form]}${address ? ` aan ${address}` : ''} (art. ${clauses.map((c) => c.article).join(', ')}).`,
  ];
  const en = [
    `${capital(SUBJECT_EN[question.subject])} must be given ${FORM_EN[form]}${address ? ` to ${address}` : ''} (art. ${clauses.map((c) => c.article).join(', ')}).`,
  ];
  const conclusions: Record<string, boolean> = {};
  let outcome: Decision['outcome'] = 'allowed';
  if (question.givenAs !== undefined) {
    const met = MEETS[form].includes(question.givenAs);
    conclusions.formMet = met;
    if (met) {
      nl.push('De gekozen vorm voldoet.');
      en.push('The form chosen meets it.');
    } else {
      conclusions.counts = wrongForm === 'discouraged';
      conclusions.handled = wrongForm === 'discouraged';
      if (wrongForm !== 'discouraged') outcome = 'not_allowed';
      nl.push(WRONG_NL[wrongForm]);
      en.push(WRONG_EN[wrongForm]);
    }
  }
  return decision({
    question: 'notice_form',
    outcome,
    clauses,
    readings: wrongForm === 'not_stated' ? ['email-is-written', 'stipulated-form'] : ['email-is-written'],
    explanation: { nl: nl.join(' '), en: en.join(' ') },
    conclusions,
    ...(address ? { parties: { receives: address } } : {}),
  });
}

const WRONG_NL = {
  invalid: 'In een andere vorm telt de mededeling niet ("uitsluitend").',
  not_handled: 'In een andere vorm neemt de aanbieder haar niet in behandeling.',
  discouraged: 'Een andere vorm is niet wenselijk, maar de mededeling telt wel.',
  not_stated:
    'De voorwaarden noemen geen gevolg van een andere vorm; de bedongen vorm geldt als voorwaarde, dus een mededeling in een andere vorm telt niet zeker.',
} as const;
const WRONG_EN = {
  invalid: 'In another form the notice does not count ("only").',
  not_handled: 'In another form the provider does not take it up.',
  discouraged: 'Another form is not desirable, but the notice still counts.',
  not_stated:
    'The terms name no consequence of another form; the stipulated form is a condition, so a notice in another form is not sure to count.',
} as const;

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
